import { openDb, type Db } from '../../../src/analytics/db.ts';
import { query } from '../../../src/analytics/sql.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import type { UdsatList, UdsatLists } from '../../../src/core/duties/udsatLists.ts';

/**
 * A small hand-made workspace for the duties and chapter 5, with the contract's tables (A, A3) created directly
 * in DuckDB as the loader leaves them. Areas: A (municipality 101, on every udsatte list 2018–2024), B (101, never
 * listed), C (202, listed in 2022 only). Every expected number in the tests is counted by hand from this.
 */
export async function dutyWorkspace(): Promise<Db> {
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  const sql = (text: string): Promise<void> => db.run(query(text));
  await sql(`CREATE TABLE areas (area_id VARCHAR, name VARCHAR, municipality_code VARCHAR)`);
  await sql(`INSERT INTO areas VALUES ('A', 'Alfa', '101'), ('B', 'Beta', '101'), ('C', 'Gamma', '202')`);
  await sql(
    `CREATE TABLE area_parcels (area_id VARCHAR, parcel_id VARCHAR, valid_from INTEGER, valid_to INTEGER)`,
  );
  await sql(
    `INSERT INTO area_parcels VALUES ('A', 'pA', 2010, NULL), ('B', 'pB', 2010, NULL), ('C', 'pC', 2010, NULL)`,
  );
  await sql(
    `CREATE TABLE dwellings (dwelling_id VARCHAR, parcel_id VARCHAR, municipality_code VARCHAR,
       ownership VARCHAR, kind VARCHAR, built_year INTEGER)`,
  );
  // dOld: a non-public dwelling built before 2010 on A's parcel; its residents do not count for A.
  await sql(`INSERT INTO dwellings VALUES
    ('dA', 'pA', '101', 'almen', 'family', 1970), ('dB', 'pB', '101', 'almen', 'family', 1970),
    ('dC', 'pC', '202', 'almen', 'family', 1970), ('dOld', 'pA', '101', 'other', 'family', 1990),
    ('dX', NULL, '101', 'other', 'family', 1990)`);
  await sql(
    `CREATE TABLE persons (person_id VARCHAR, birth_date DATE, sex VARCHAR, ie_type INTEGER, origin_country VARCHAR)`,
  );
  await sql(
    `CREATE TABLE residence (year INTEGER, person_id VARCHAR, dwelling_id VARCHAR, municipality_code VARCHAR)`,
  );
  await sql(
    `CREATE TABLE daycare_institutions (institution_id VARCHAR, municipality_code VARCHAR, kind VARCHAR,
       dispensation_until INTEGER)`,
  );
  await sql(`CREATE TABLE daycare (year INTEGER, person_id VARCHAR, institution_id VARCHAR)`);
  await sql(
    `CREATE TABLE schools (school_id VARCHAR, name VARCHAR, municipality_code VARCHAR, kind VARCHAR)`,
  );
  await sql(
    `CREATE TABLE school_enrolment (year INTEGER, person_id VARCHAR, school_id VARCHAR, grade INTEGER)`,
  );
  await sql(
    `CREATE TABLE language_tests (school_year INTEGER, person_id VARCHAR, school_id VARCHAR, grade INTEGER,
       attempt INTEGER, ready BOOLEAN)`,
  );
  await sql(
    `CREATE TABLE absence (school_year INTEGER, quarter VARCHAR, person_id VARCHAR, unlawful_days INTEGER,
       school_days INTEGER)`,
  );

  const persons: string[] = [];
  const residence: string[] = [];
  const daycare: string[] = [];
  const person = (id: string, birth: string): void =>
    void persons.push(`('${id}', DATE '${birth}', 'f', 1, NULL)`);
  const live = (year: number, id: string, dwelling: string): void =>
    void residence.push(`(${year}, '${id}', '${dwelling}', '101')`);

  // Day care, the same 30 September count in 2021, 2022 and 2023 (residence at 1 January the year after):
  // [institution, municipality, kind, dispensation until, children, living in A (or C for I6)].
  const institutions: [string, string, string, number | null, number, number, string][] = [
    ['I1', '101', 'kommunal', null, 10, 3, 'dA'], //  30 %: within the limit, band "at least 30", 30–50
    ['I2', '101', 'kommunal', 2022, 10, 5, 'dA'], //  50 %: over, dispensation to 2022; band 50–70
    ['I3', '101', 'selvejende', null, 10, 1, 'dA'], // 10 %: band 10–30
    ['I4', '101', 'privat', null, 10, 9, 'dA'], //     a private institution: not counted by default
    ['I5', '101', 'kommunal', null, 10, 0, 'dA'], //   0 %: under 10
    ['I6', '202', 'kommunal', null, 10, 8, 'dC'], //   80 %: over; municipality 202 not listed every year
  ];
  await sql(
    `INSERT INTO daycare_institutions VALUES ${institutions
      .map(([id, m, kind, until]) => `('${id}', '${m}', '${kind}', ${until ?? 'NULL'})`)
      .join(', ')}, ('D1', '101', 'dagpleje', NULL)`,
  );
  for (const [id, , , , children, listed, dwelling] of institutions) {
    for (let i = 0; i < children; i++) {
      const child = `${id}-c${i}`;
      person(child, '2019-05-01');
      for (const t of [2021, 2022, 2023]) {
        daycare.push(`(${t}, '${child}', '${id}')`);
        live(t + 1, child, i < listed ? dwelling : i % 2 === 0 ? 'dB' : 'dOld');
      }
    }
  }
  // 1-year-olds of the 30 September 2023 count, residence at 1 January 2024.
  for (const [id, birth, dwelling, enrolled] of [
    ['k1', '2022-03-01', 'dA', true], //  1 year old, in A, in family day care
    ['k2', '2022-03-01', 'dA', false], // 1 year old, in A, not enrolled
    ['k3', '2022-03-01', 'dC', false], // 1 year old, in C (listed 2022 only)
    ['k4', '2021-09-30', 'dA', false], // 2 years old on 30 September 2023
    ['k5', '2022-09-30', 'dA', false], // 1 year old on that very day
    ['k6', '2022-10-01', 'dA', false], // not yet 1
  ] as const) {
    person(id, birth);
    live(2024, id, dwelling);
    if (enrolled) daycare.push(`(2023, '${id}', 'D1')`);
  }

  // Schools: pupils at 1 January 2024. S1: 3 of 10 in A (exactly 30 %); S2: 4 of 10 listed (3 in A, 1 in C).
  const enrolment: string[] = [];
  await sql(
    `INSERT INTO schools VALUES ('S1', 'Skole 1', '101', 'folkeskole'), ('S2', 'Skole 2', '202', 'fri_privat')`,
  );
  for (let i = 0; i < 10; i++) {
    person(`s1-${i}`, '2012-01-01');
    enrolment.push(`(2024, 's1-${i}', 'S1', 5)`);
    live(2024, `s1-${i}`, i < 3 ? 'dA' : 'dB');
    person(`s2-${i}`, '2012-01-01');
    enrolment.push(`(2024, 's2-${i}', 'S2', 5)`);
    live(2024, `s2-${i}`, i < 3 ? 'dA' : i === 3 ? 'dC' : 'dX');
  }

  // Language tests of the school year 2023/24 and the grade on 1 January 2025.
  const tests: [string, number, number, boolean][] = [
    ['t1', 0, 1, true],
    ['t2', 0, 1, false],
    ['t2', 0, 2, true],
    ['t3', 0, 1, false],
    ['t3', 0, 2, false],
    ['t3', 0, 3, false],
    ['t3', 0, 4, false],
    ['t4', 0, 1, false],
    ['u1', 2, 1, true],
    ['u2', 5, 1, false],
    ['u2', 5, 2, false],
    ['u3', 8, 1, true],
  ];
  await sql(
    `INSERT INTO language_tests VALUES ${tests
      .map(([p, g, a, r]) => `(2024, '${p}', 'S1', ${g}, ${a}, ${r})`)
      .join(', ')}`,
  );
  // Next year: t1, t2 moved up; t3 repeated; t4 has no row; u1, u3 moved up; u2 repeated.
  for (const [p, g] of [
    ['t1', 1],
    ['t2', 1],
    ['t3', 0],
    ['u1', 3],
    ['u2', 5],
    ['u3', 9],
  ] as const)
    enrolment.push(`(2025, '${p}', 'S1', ${g})`);

  // Unlawful absence 2023/24: p1 15/100 in q3 (exactly 15 %), 14/100 in q4; p2 3/20 in q1 and q2 (one pupil);
  // p3 149/1000 in q3 (14.9 %); p4 none.
  await sql(`INSERT INTO absence VALUES
    (2024, 'q3', 'p1', 15, 100), (2024, 'q4', 'p1', 14, 100),
    (2024, 'q1', 'p2', 3, 20), (2024, 'q2', 'p2', 3, 20),
    (2024, 'q3', 'p3', 149, 1000), (2024, 'q3', 'p4', 0, 60)`);

  await sql(`INSERT INTO persons VALUES ${persons.join(', ')}`);
  await sql(`INSERT INTO residence VALUES ${residence.join(', ')}`);
  await sql(`INSERT INTO daycare VALUES ${daycare.join(', ')}`);
  await sql(`INSERT INTO school_enrolment VALUES ${enrolment.join(', ')}`);
  return db;
}

/** The udsatte lists 2018–2024 of the workspace: A every year, C in 2022; `unknown` years are not known. */
export function dutyLists(unknown: readonly number[] = []): UdsatLists {
  const lists = new Map<number, UdsatList>();
  for (let year = 2017; year <= 2024; year++) {
    lists.set(
      year,
      unknown.includes(year)
        ? { kind: 'unknown', year, why: `listen pr. 1. december ${year} er ikke beregnet` }
        : { kind: 'known', year, areas: year === 2022 ? [areaId('A'), areaId('C')] : [areaId('A')] },
    );
  }
  return lists;
}

/** Drops a contract table, as a delivery without it leaves the workspace. */
export async function dropTable(db: Db, table: string): Promise<void> {
  await db.run(query(`DROP TABLE ${table}`));
}
