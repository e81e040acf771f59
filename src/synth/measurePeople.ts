import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../analytics/db.ts';
import { query } from '../analytics/sql.ts';
import { K2_DECISION_TYPES, K2_LAWS } from '../analytics/indicators/indicatorSpec.ts';
import { dstCountries } from '../reference/countries.ts';
import { locationPlan } from './locationPlan.ts';
import { intendedUdsatList, PEOPLE_TABLES } from './peopleTables.ts';

/** One measured value of the people tables, labelled for printing. */
export interface PeopleMeasure {
  readonly section: string;
  readonly label: string;
  readonly value: number;
}

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * Measures the generator's people tables (contract §A3) on a synthetic delivery against the seed's chapters 4–5:
 * own rough DuckDB SQL over the delivery's files, with the generator's intended udsatte lists (re-derived from
 * `synthetic.json`'s seed, scale and years) standing in for the lists; parallelsamfund = the intended udsatte
 * areas of the last list year with more than 50 % non-western residents. An area's residents are everyone in a
 * dwelling on its parcels (no age-of-building rule). The report's analyses are the authoritative implementation.
 */
export async function measurePeople(dir: string): Promise<PeopleMeasure[]> {
  const marker = JSON.parse(readFileSync(join(dir, 'synthetic.json'), 'utf8')) as {
    seed: number;
    scale: number;
    fromYear: number;
    toYear: number;
  };
  const plan = locationPlan(marker.seed, marker.scale, marker.fromYear, marker.toYear);
  const areaOf = new Map(plan.locations.map((l) => [l.loc, l.area?.areaId ?? '']));
  const list = intendedUdsatList(plan, marker.toYear);
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: '8GB' });
  try {
    await db.run(
      query(
        `CREATE TABLE ulist AS SELECT CAST(unnest($y) AS INTEGER) AS list_year, CAST(unnest($a) AS VARCHAR) AS area_id`,
        { y: list.map((r) => String(r.listYear)), a: list.map((r) => areaOf.get(r.loc) ?? '') },
      ),
    );
    return await measureWith(db, dir, marker.toYear);
  } finally {
    db.close();
  }
}

async function measureWith(db: Db, dir: string, toYear: number): Promise<PeopleMeasure[]> {
  for (const t of [...PEOPLE_TABLES, 'persons', 'residence', 'dwellings', 'area_parcels', 'convictions'])
    await db.run(
      query(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${sqlString(join(dir, `${t}.parquet`))})`),
    );
  const countries = dstCountries();
  await db.run(
    query(`CREATE TABLE ref_countries AS SELECT unnest($code) AS code, unnest($grp) AS grp`, {
      code: countries.map((c) => c.code),
      grp: countries.map((c) => c.group),
    }),
  );
  await db.run(
    query(`
      CREATE TABLE po AS
      SELECT p.person_id, p.sex, p.birth_date,
        CASE WHEN p.ie_type = 1 THEN 'danish' ELSE coalesce(c.grp, 'other_nonwestern') END AS origin
      FROM persons p LEFT JOIN ref_countries c ON c.code = p.origin_country`),
  );
  await db.run(
    query(`
      CREATE TABLE ra AS
      SELECT r.year, r.person_id, r.municipality_code, ap.area_id, r.year - 1 - year(po.birth_date) AS age, po.sex, po.origin
      FROM residence r JOIN po USING (person_id)
      LEFT JOIN dwellings d USING (dwelling_id)
      LEFT JOIN area_parcels ap ON ap.parcel_id = d.parcel_id AND r.year >= ap.valid_from AND r.year <= coalesce(ap.valid_to, 9999)`),
  );
  await db.run(
    query(`
      CREATE TABLE ps AS
      SELECT area_id FROM ra WHERE year = ${toYear} AND area_id IN (SELECT area_id FROM ulist WHERE list_year = ${toYear})
      GROUP BY area_id HAVING avg((origin <> 'danish' AND origin <> 'western')::INTEGER) > 0.5`),
  );
  const out: PeopleMeasure[] = [];
  const add = async (section: string, sql: string): Promise<void> => {
    for (const r of await db.all<{ label: string; value: number }>(query(sql)))
      out.push({ section, label: String(r.label), value: Number(r.value) });
  };
  const y1 = toYear - 1;
  // Families of 1 January of the last year: each child with its family's number of adults, and every adult–child
  // age difference within a family.
  await db.run(
    query(`
      CREATE TABLE fm AS
      SELECT f.year, f.person_id, f.family_id, f.role, ra.age, ra.origin, ra.area_id
      FROM families f JOIN ra USING (year, person_id) WHERE f.year IN (${y1}, ${toYear})`),
  );
  await add(
    `families, 1 January ${toYear}`,
    `WITH fam AS (SELECT family_id, count(*) FILTER (WHERE role = 'adult') AS adults, count(*) FILTER (WHERE role = 'child') AS children,
                    count(*) FILTER (WHERE role = 'child' AND age < 18) AS minors
                  FROM fm WHERE year = ${toYear} GROUP BY family_id),
     gap AS (SELECT a.age - c.age AS gap FROM fm a JOIN fm c USING (year, family_id)
             WHERE a.year = ${toYear} AND a.role = 'adult' AND c.role = 'child')
     SELECT 'children 0–17 in a family (pct.)' AS label, 100 * avg(coalesce(f.role = 'child', FALSE)::INTEGER) AS value
       FROM ra LEFT JOIN families f USING (year, person_id) WHERE ra.age < 18 AND ra.year = ${toYear}
     UNION ALL SELECT '18–24 living at home as child (pct.)', 100 * avg(coalesce(f.role = 'child', FALSE)::INTEGER)
       FROM ra LEFT JOIN families f USING (year, person_id) WHERE ra.age BETWEEN 18 AND 24 AND ra.year = ${toYear}
     UNION ALL SELECT 'persons per family', count(*) / count(DISTINCT family_id) FROM families WHERE year = ${toYear}
     UNION ALL SELECT 'children per family (0–24 at home)', avg(children) FROM fam
     UNION ALL SELECT 'children 0–17 per family with a child 0–17', avg(minors) FILTER (WHERE minors > 0) FROM fam
     UNION ALL SELECT 'families with 1 child (pct.)', 100 * avg((children = 1)::INTEGER) FROM fam
     UNION ALL SELECT 'families with 2 children (pct.)', 100 * avg((children = 2)::INTEGER) FROM fam
     UNION ALL SELECT 'families with 3 children (pct.)', 100 * avg((children = 3)::INTEGER) FROM fam
     UNION ALL SELECT 'families with 4+ children (pct.)', 100 * avg((children >= 4)::INTEGER) FROM fam
     UNION ALL SELECT 'families with one adult (pct.)', 100 * avg((adults = 1)::INTEGER) FROM fam
     UNION ALL SELECT 'children 0–17 with one adult in the family (pct.)', 100 * sum(minors * (adults = 1)::INTEGER) / sum(minors) FROM fam
     UNION ALL SELECT 'families with more than 2 or no adults', count(*) FILTER (WHERE adults NOT IN (1, 2)) FROM fam
     UNION ALL SELECT 'age gap adult − child: mean (years)', avg(gap) FROM gap
     UNION ALL SELECT 'age gap: min', min(gap) FROM gap
     UNION ALL SELECT 'age gap: max', max(gap) FROM gap
     UNION ALL SELECT 'adults of families: mean age', avg(age) FROM fm WHERE year = ${toYear} AND role = 'adult'
     UNION ALL SELECT 'adults of families aged 60+ (pct.)', 100 * avg((age >= 60)::INTEGER) FROM fm WHERE year = ${toYear} AND role = 'adult'`,
  );
  // Fig 4.2 and 4.6 as the report computes them for the last list year: children 0–15 at home on 1 January of the
  // year before, their family's adults employed at the end of November of that year / convicted (K2's laws and
  // decision types, the default prisonFineWithdrawn) in the calendar years of a window ending in that year.
  const originLabel = `CASE WHEN origin IN ('danish', 'western', 'menapt') THEN origin ELSE 'other_nonwestern' END`;
  await db.run(
    query(`
      CREATE TABLE kids AS
      SELECT c.person_id, c.family_id, c.origin, c.area_id IN (SELECT area_id FROM ps) AS in_ps,
        c.family_id IN (SELECT DISTINCT a.family_id FROM fm a JOIN employment e ON e.year = a.year AND e.person_id = a.person_id AND e.employed
                        WHERE a.year = ${y1} AND a.role = 'adult') AS employed_adult
      FROM fm c WHERE c.year = ${y1} AND c.role = 'child' AND c.age BETWEEN 0 AND 15`),
  );
  const byOrigin = (measure: string, where: string): string => `
    SELECT ${originLabel} AS label, 100 * avg((${measure})::INTEGER) AS value FROM kids WHERE ${where} GROUP BY 1 HAVING count(*) > 100
    UNION ALL SELECT 'non-western (all)', 100 * avg((${measure})::INTEGER) FROM kids WHERE ${where} AND origin NOT IN ('danish', 'western')
    UNION ALL SELECT 'all', 100 * avg((${measure})::INTEGER) FROM kids WHERE ${where}
    ORDER BY 1`;
  for (const [where, name] of [
    ['TRUE', 'country'],
    ['in_ps', 'parallelsamfund'],
  ] as const)
    await add(
      `fig 4.2: children 0–15 (1 Jan ${y1}) without an employed adult in the family (pct.), ${name}`,
      byOrigin('NOT employed_adult', where),
    );
  for (const years of [1, 5, 10])
    for (const [where, name] of [
      ['TRUE', 'country'],
      ['in_ps', 'parallelsamfund'],
    ] as const)
      await add(
        `fig 4.6: children 0–15 (1 Jan ${y1}) with an adult convicted ${y1 - years + 1}–${y1} (${years} yr) (pct.), ${name}`,
        byOrigin(
          `family_id IN (SELECT DISTINCT a.family_id FROM fm a JOIN convictions cv ON cv.person_id = a.person_id
             WHERE a.year = ${y1} AND a.role = 'adult' AND year(cv.decision_date) BETWEEN ${y1 - years + 1} AND ${y1}
               AND cv.law IN (${K2_LAWS.map(sqlString).join(', ')})
               AND cv.decision_type IN (${K2_DECISION_TYPES.prisonFineWithdrawn.map(sqlString).join(', ')}))`,
          where,
        ),
      );
  const inPs = `area_id IN (SELECT area_id FROM ps)`;
  for (const [where, name] of [
    ['TRUE', 'country'],
    [inPs, 'parallelsamfund'],
  ] as const)
    await add(
      `employment 25–64, ${y1}, ${name}`,
      `SELECT origin || ' ' || sex AS label, 100 * avg((e.person_id IS NOT NULL)::INTEGER) AS value
       FROM ra LEFT JOIN employment e USING (year, person_id)
       WHERE ra.year = ${y1} AND ra.age BETWEEN 25 AND 64 AND ${where}
       GROUP BY origin, sex HAVING count(*) > 100 ORDER BY origin, sex`,
    );
  // Pupils with their school, origin, area and whether they live in a listed area (lists of the last 3 years).
  await db.run(
    query(`
      CREATE TABLE pu AS
      SELECT e.year, e.person_id, e.school_id, e.grade, s.kind, s.municipality_code = ra.municipality_code AS own_muni,
        ra.area_id, ra.sex, ra.origin, ra.age,
        ra.area_id IN (SELECT area_id FROM ulist u WHERE u.list_year BETWEEN e.year - 3 AND e.year - 1) AS listed3
      FROM school_enrolment e JOIN schools s USING (school_id) JOIN ra USING (year, person_id)`),
  );
  await add(
    'schools',
    `SELECT 'schools, folkeskole' AS label, count(*) AS value FROM schools WHERE kind = 'folkeskole'
     UNION ALL SELECT 'schools, fri_privat', count(*) FROM schools WHERE kind = 'fri_privat'
     UNION ALL SELECT 'pupils ${toYear} in a school of their municipality (pct.)', 100 * avg(own_muni::INTEGER) FROM pu WHERE year = ${toYear}
     UNION ALL SELECT 'pupils ${toYear} in fri_privat (pct.)', 100 * avg((kind = 'fri_privat')::INTEGER) FROM pu WHERE year = ${toYear}`,
  );
  await add(
    'schools with more than 30 % pupils from areas on an udsatte list of the last 3 years',
    `SELECT year::VARCHAR AS label, count(*) FILTER (WHERE 10 * n_listed > 3 * n) AS value
     FROM (SELECT year, school_id, count(*) AS n, count(*) FILTER (WHERE listed3) AS n_listed FROM pu GROUP BY year, school_id)
     WHERE year >= 2019 GROUP BY year ORDER BY year`,
  );
  await db.run(
    query(`
      CREATE TABLE sch AS
      SELECT year, school_id, count(*) AS n, avg((origin NOT IN ('danish', 'western'))::INTEGER) AS nw FROM pu GROUP BY year, school_id`),
  );
  for (const [where, name] of [
    ['TRUE', 'country'],
    [inPs, 'parallelsamfund'],
  ] as const)
    await add(
      `fig 4.4: pupils 7–15 on 1 Jan ${y1} in schools (≥ 50 pupils) with ≥ 25 % non-western pupils (pct.), ${name}`,
      `SELECT CASE WHEN origin IN ('danish', 'western') THEN origin ELSE 'nonwestern' END || ' ' || sex AS label,
         100 * avg((sch.nw >= 0.25)::INTEGER) AS value
       FROM pu JOIN sch USING (year, school_id)
       WHERE pu.year = ${y1} AND pu.age BETWEEN 7 AND 15 AND sch.n >= 50 AND ${where}
       GROUP BY 1 HAVING count(*) > 100 ORDER BY 1`,
    );
  // Exams: pupils of the last three school years, where they lived on 1 January of the school year.
  await db.run(
    query(`
      CREATE TABLE ex AS
      SELECT x.*, ra.area_id, ra.sex, CASE WHEN ra.origin IN ('menapt', 'danish', 'western') THEN ra.origin ELSE 'other_nonwestern' END AS origin
      FROM exam_results x JOIN ra ON ra.year = x.school_year AND ra.person_id = x.person_id
      WHERE x.school_year BETWEEN ${toYear - 2} AND ${toYear}`),
  );
  await add(
    'exams, school years ' + `${toYear - 2}–${toYear}`,
    `SELECT 'mean bound exams' AS label, avg(exams_bound) AS value FROM ex
     UNION ALL SELECT 'missing at least one exam, country (pct.)', 100 * avg((exams_taken < exams_bound)::INTEGER) FROM ex
     UNION ALL SELECT 'missing at least one exam, parallelsamfund (pct.)', 100 * avg((exams_taken < exams_bound)::INTEGER) FROM ex WHERE ${inPs}
     UNION ALL SELECT 'took none, country (pct.)', 100 * avg((exams_taken = 0)::INTEGER) FROM ex`,
  );
  for (const [where, name] of [
    ['TRUE', 'country'],
    [inPs, 'parallelsamfund'],
  ] as const)
    await add(
      `fig 4.3: mean grade of pupils who took all bound exams (corrected mean), ${name}`,
      `SELECT origin || ' ' || sex AS label, avg(grade_sum / exams_taken) FILTER (WHERE exams_taken = exams_bound) AS value
       FROM ex WHERE ${where} GROUP BY origin, sex HAVING count(*) > 100
       UNION ALL
       SELECT origin || ' ' || sex || ' corrected', avg((coalesce(grade_sum, 0) - 3 * (exams_bound - exams_taken)) / exams_bound)
       FROM ex WHERE ${where} GROUP BY origin, sex HAVING count(*) > 100 ORDER BY 1`,
    );
  // Day care: children enrolled on 30 September Y, where they lived on 1 January Y + 1.
  await add(
    'daycare institutions',
    `SELECT 'kind ' || kind AS label, count(*) AS value FROM daycare_institutions GROUP BY kind
     UNION ALL SELECT 'with dispensation_until', count(*) FROM daycare_institutions WHERE dispensation_until IS NOT NULL
     ORDER BY 1`,
  );
  await db.run(
    query(`
      CREATE TABLE dk AS
      SELECT r.year - 1 AS year, r.person_id, r.area_id, r.municipality_code, date_sub('year', r_p.birth_date, make_date(r.year - 1, 9, 30)) AS age30,
        d.institution_id
      FROM ra r JOIN po r_p USING (person_id) LEFT JOIN daycare d ON d.year = r.year - 1 AND d.person_id = r.person_id
      WHERE r.age <= 6 AND r_p.birth_date <= make_date(r.year - 1, 9, 30)`),
  );
  await add(
    'table 5.3: 1-year-olds in areas on every intended udsatte list 2018–2023, enrolled (pct.)',
    `SELECT year::VARCHAR AS label, 100 * avg((institution_id IS NOT NULL)::INTEGER) AS value FROM dk
     WHERE age30 = 1 AND year BETWEEN 2018 AND 2023
       AND area_id IN (SELECT area_id FROM ulist WHERE list_year BETWEEN 2018 AND 2023 GROUP BY area_id HAVING count(*) = 6)
     GROUP BY year ORDER BY year`,
  );
  await add(
    '1-year-olds enrolled, whole country (pct.)',
    `SELECT year::VARCHAR AS label, 100 * avg((institution_id IS NOT NULL)::INTEGER) AS value FROM dk
     WHERE age30 = 1 AND year BETWEEN 2018 AND ${y1} GROUP BY year ORDER BY year`,
  );
  await add(
    'tables 5.1–5.2: kommunale/selvejende institutions by share of children from areas on the udsatte list in force',
    `WITH i AS (
       SELECT dk.year, dk.institution_id, count(*) AS n,
         count(*) FILTER (WHERE dk.area_id IN (SELECT area_id FROM ulist u WHERE u.list_year = dk.year - 1)) AS n_listed
       FROM dk JOIN daycare_institutions di USING (institution_id)
       WHERE di.kind IN ('kommunal', 'selvejende') AND dk.year BETWEEN 2021 AND ${y1}
       GROUP BY dk.year, dk.institution_id)
     SELECT year::VARCHAR || CASE WHEN 10 * n_listed < n THEN ' under 10' WHEN 10 * n_listed < 3 * n THEN ' 10–30'
       WHEN 10 * n_listed < 5 * n THEN ' 30–50' WHEN 10 * n_listed < 7 * n THEN ' 50–70' WHEN 10 * n_listed < 9 * n THEN ' 70–90' ELSE ' 90–100' END AS label,
       count(*) AS value
     FROM i GROUP BY 1 ORDER BY 1`,
  );
  await add(
    'language tests: grade 0 pupils / ready (pct.); grades 1–9 pupils / ready (pct.); attempts',
    `SELECT school_year::VARCHAR || CASE WHEN grade = 0 THEN ' grade 0' ELSE ' grades 1–9' END || ' ' || m AS label, v AS value
     FROM (SELECT school_year, grade = 0 AS g0, min(grade) AS grade, count(DISTINCT person_id) AS pupils,
             100 * count(DISTINCT person_id) FILTER (WHERE ready) / count(DISTINCT person_id) AS ready_pct, count(*) AS attempts,
             count(DISTINCT school_id) AS schools
           FROM language_tests GROUP BY school_year, grade = 0)
     UNPIVOT (v FOR m IN (pupils, ready_pct, attempts, schools))
     ORDER BY school_year, grade, m`,
  );
  await add(
    'language tests, first-attempt ready (pct. of pupils)',
    `SELECT school_year::VARCHAR || CASE WHEN grade = 0 THEN ' grade 0' ELSE ' grades 1–9' END AS label,
       100 * avg((ready)::INTEGER) AS value FROM language_tests WHERE attempt = 1 GROUP BY school_year, grade = 0, 1 ORDER BY 1`,
  );
  await add(
    'table 5.4: pupils with ≥ 15 % unlawful absence (pct. of pupils): q3, q4, q1, q2, unique',
    `WITH a AS (SELECT *, 100 * unlawful_days >= 15 * school_days AS high FROM absence)
     SELECT school_year::VARCHAR || ' ' || quarter AS label, 100 * avg(high::INTEGER) AS value FROM a GROUP BY school_year, quarter
     UNION ALL
     SELECT school_year::VARCHAR || ' unique', 100 * avg(h::INTEGER) FROM (SELECT school_year, person_id, bool_or(high) AS h FROM a GROUP BY ALL) GROUP BY school_year
     UNION ALL
     SELECT school_year::VARCHAR || ' unique, living in a listed area', 100 * avg(h::INTEGER)
     FROM (SELECT a.school_year, a.person_id, bool_or(a.high) AS h FROM a JOIN ra ON ra.year = a.school_year AND ra.person_id = a.person_id
           WHERE ra.area_id IN (SELECT area_id FROM ulist WHERE list_year = a.school_year - 1) GROUP BY ALL) GROUP BY school_year
     UNION ALL
     SELECT school_year::VARCHAR || ' school days min–max', min(school_days) * 1000 + max(school_days) FROM a GROUP BY school_year
     ORDER BY 1`,
  );
  return out;
}
