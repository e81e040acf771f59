import { query, type Query } from '../analytics/sql.ts';

/** A generator integer (seed, year, count) written into SQL text: only safe integers are accepted. */
export function sqlInt(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`synth: not a safe integer for SQL: ${n}`);
  return String(n);
}

/**
 * The generator's randomness as DuckDB macros: `u1(a, salt)`, `u2(a, b, salt)`, `u3(a, b, c, salt)` map a
 * hash of their keys and the seed to a uniform number in [0, 1); `nrm2`/`nrm3` give standard normal draws
 * (Box–Muller). Every draw is a pure function of (seed, keys, salt), so rows can be generated in any order
 * and in parallel and still be identical from run to run.
 */
export function synthMacroQueries(seed: number): Query[] {
  const s = `${sqlInt(seed)}::UBIGINT`;
  const scale = '1.1102230246251565e-16'; // 2^-53
  return [
    query(`CREATE OR REPLACE MACRO u1(a, salt) AS ((hash(hash(a, ${s}, salt)) >> 11)::DOUBLE * ${scale})`),
    query(
      `CREATE OR REPLACE MACRO u2(a, b, salt) AS ((hash(hash(a, b, ${s}, salt)) >> 11)::DOUBLE * ${scale})`,
    ),
    query(
      `CREATE OR REPLACE MACRO u3(a, b, c, salt) AS ((hash(hash(a, b, c, ${s}, salt)) >> 11)::DOUBLE * ${scale})`,
    ),
    query(
      `CREATE OR REPLACE MACRO nrm1(a, salt) AS (sqrt(-2 * ln(1 - u1(a, salt))) * cos(2 * pi() * u1(a, salt + 1)))`,
    ),
    query(
      `CREATE OR REPLACE MACRO nrm2(a, b, salt) AS (sqrt(-2 * ln(1 - u2(a, b, salt))) * cos(2 * pi() * u2(a, b, salt + 1)))`,
    ),
    query(`CREATE OR REPLACE MACRO logistic(x) AS (1 / (1 + exp(-x)))`),
  ];
}
