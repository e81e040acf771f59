import { query, type Query } from '../analytics/sql.ts';

/** A generator integer (seed, year, count) written into SQL text: only safe integers are accepted. */
export function sqlInt(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`synth: not a safe integer for SQL: ${n}`);
  return String(n);
}

/**
 * `'P00000042'` from the integer person key: the digits of 10^8 + pid after its leading 1, the same text as
 * `'P' || lpad(pid::VARCHAR, 8, '0')` for every key below 10^8 (`generateDelivery` checks the count), about twice
 * as fast to build (DuckDB's `lpad` is slow, and the delivery builds tens of millions of ids).
 */
export const personIdSql = (pid: string): string => `'P' || substr((${pid} + 100000000)::VARCHAR, 2)`;

/**
 * `'D0420001234'` from a location (below 1000) and a dwelling index within it (below 10^7): the same text as
 * `'D' || lpad(loc::VARCHAR, 3, '0') || lpad(idx::VARCHAR, 7, '0')` (`generateDelivery` checks the ranges); NULL
 * when either is NULL.
 */
export const dwellingIdSql = (loc: string, idx: string): string =>
  `'D' || substr((${loc}::BIGINT * 10000000 + ${idx} + 10000000000)::VARCHAR, 2)`;

/**
 * The generator's randomness as DuckDB macros: `u1(a, salt)`, `u2(a, b, salt)`, `u3(a, b, c, salt)` map a
 * hash of their keys and the seed to a uniform number in [0, 1); `nrm2`/`nrm3` give standard normal draws
 * (Box–Muller). Every draw is a pure function of (seed, keys, salt), so rows can be generated in any order
 * and in parallel and still be identical from run to run.
 */
export function synthMacroQueries(seed: number): Query[] {
  const mix = `${seedMix(seed)}::BIGINT`;
  const scale = '1.1102230246251565e-16'; // 2^-53
  // Keys are packed into one BIGINT (person < 2^27, year − 1990 < 2^7, index < 2^2, salt < 2^16), mixed with
  // the seed and hashed once: DuckDB's hash of a single integer avalanches fully, unlike its multi-argument
  // combination, whose results for neighbouring salts are correlated.
  const unit = (key: string): string => `((hash(xor(${key}, ${mix})) >> 11)::DOUBLE * ${scale})`;
  return [
    query(`CREATE OR REPLACE MACRO u1(a, salt) AS ${unit('(a::BIGINT * 65536 + salt)')}`),
    query(
      `CREATE OR REPLACE MACRO u2(a, b, salt) AS ${unit('((a::BIGINT * 128 + (b - 1990)) * 65536 + salt)')}`,
    ),
    query(
      `CREATE OR REPLACE MACRO u3(a, b, c, salt) AS ${unit('(((a::BIGINT * 128 + (b - 1990)) * 4 + c) * 65536 + salt)')}`,
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

/** A 62-bit mixing constant for a seed (SplitMix64 finaliser), so different seeds give unrelated draws. */
export function seedMix(seed: number): string {
  const mask = (1n << 64n) - 1n;
  let z = (BigInt(seed) + 0x9e3779b97f4a7c15n) & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  z = z ^ (z >> 31n);
  return String(z >> 2n);
}
