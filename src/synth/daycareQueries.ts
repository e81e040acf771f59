import { query, type Query } from '../analytics/sql.ts';
import { DAYCARE } from './peopleParameters.ts';
import { personIdSql, sqlInt } from './synthMacros.ts';

/** Salts of the day care draws. */
const SALT = {
  enrolled: 231,
  nearby: 232,
  index: 233,
  kind: 234,
  dispensation: 235,
  nearbyShare: 236,
} as const;

/**
 * Children in day care on 30 September of the years fromYear … toYear − 1: the residents of the following
 * 1 January (the place a child lived on 30 September is read from the next snapshot, as the report does by
 * default) born by 30 September and aged 0–5 then, except the cohort that started school in August (born in
 * year − 6). Enrolment by age (`DAYCARE.byAge`, lower for non-western children); 1-year-olds in an area on the
 * udsatte list in force (1 December of the year before) follow `listedOneYearOld` from 2018. A person-level
 * draw, so the same children are enrolled from year to year.
 *
 * Institutions per municipality: general ones for its enrolled children (`childrenPerInstitution`, kinds by
 * `kindShares`), and each area's nearby kommunale/selvejende institutions for a share (`areaNearbyMin`, `areaNearbySpread`) of the area's
 * enrolled children, some with a dispensation from the 30 % rule. Other children choose among all the
 * municipality's institutions.
 */
export function daycareSetupQueries(fromYear: number, toYear: number): Query[] {
  const d = DAYCARE;
  const nearbyShare = (loc: string): string =>
    `(${d.areaNearbyMin} + ${d.areaNearbySpread} * u1(${loc}, ${SALT.nearbyShare}))`;
  const byAge = `CASE least(age30, 3) ${d.byAge.map((p, i) => `WHEN ${i} THEN ${p}`).join(' ')} END`;
  const l1 = d.listedOneYearOld;
  const listedOne = `CASE WHEN year < 2018 THEN NULL WHEN year = 2018 THEN ${l1[2018]} WHEN year = 2019 THEN ${l1[2019]} ELSE ${l1.later} END`;
  return [
    query(`
      CREATE OR REPLACE TABLE dc_kids AS
      WITH k AS (
        SELECT y.year - 1 AS year, y.pid, y.loc, y.muni, y.grp, y.is_area,
          date_sub('year', y.birth_date, make_date(y.year - 1, 9, 30)) AS age30
        FROM young y
        WHERE y.year - 1 - year(y.birth_date) BETWEEN 0 AND 6 AND y.year - 1 BETWEEN ${sqlInt(fromYear)} AND ${sqlInt(toYear - 1)}
          AND y.birth_date <= make_date(y.year - 1, 9, 30) AND year(y.birth_date) > y.year - 1 - 6
      ), l AS (
        SELECT k.*, u.loc IS NOT NULL AS listed
        FROM k LEFT JOIN udsat_list u ON u.loc = k.loc AND u.list_year = k.year - 1 WHERE k.age30 BETWEEN 0 AND 5
      )
      SELECT year, pid, loc, muni, is_area, listed FROM l
      WHERE u1(pid, ${SALT.enrolled}) < CASE WHEN age30 = 1 AND listed AND year >= 2018 THEN ${listedOne}
                                             ELSE ${byAge} * CASE WHEN grp >= 2 THEN ${d.nonwesternFactor} ELSE 1 END END`),
    query(`
      CREATE OR REPLACE TABLE dc_n AS
      WITH a AS (
        SELECT muni, loc, is_area, count(*) / count(DISTINCT year) AS n FROM dc_kids GROUP BY muni, loc, is_area
      ), area AS (
        SELECT muni, loc, greatest(1, round(${nearbyShare('loc')} * n / ${d.childrenPerInstitution}))::INTEGER AS n_area
        FROM a WHERE is_area
      ), gen AS (
        SELECT muni, greatest(1, round(sum(CASE WHEN is_area THEN (1 - ${nearbyShare('loc')}) * n ELSE n END) / ${d.childrenPerInstitution}))::INTEGER AS n_gen
        FROM a GROUP BY muni
      )
      SELECT gen.muni, gen.n_gen, area.loc, coalesce(area.n_area, 0) AS n_area,
        (gen.n_gen + coalesce(sum(area.n_area) OVER (PARTITION BY gen.muni ORDER BY area.loc ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::INTEGER AS first_num,
        (gen.n_gen + coalesce(sum(area.n_area) OVER (PARTITION BY gen.muni), 0))::INTEGER AS n_total
      FROM gen LEFT JOIN area USING (muni)`),
    query(`
      CREATE OR REPLACE TABLE dc_enrol AS
      WITH t AS (SELECT DISTINCT muni, n_total FROM dc_n)
      SELECT k.year, k.pid, k.muni,
        CASE WHEN k.is_area AND u1(k.pid, ${SALT.nearby}) < ${nearbyShare('k.loc')}
             THEN a.first_num + 1 + floor(u1(k.pid, ${SALT.index}) * a.n_area)
             ELSE 1 + floor(u1(k.pid, ${SALT.index}) * t.n_total) END::INTEGER AS num
      FROM dc_kids k JOIN t USING (muni) LEFT JOIN dc_n a ON a.muni = k.muni AND a.loc = k.loc`),
  ];
}

const institutionId = (muni: string, num: string): string =>
  `'I' || ${muni} || '-' || lpad(${num}::VARCHAR, 4, '0')`;

/** `daycare_institutions`: the general institutions, then each area's nearby ones. */
export function daycareInstitutionsQuery(): Query {
  const d = DAYCARE;
  const [k0, k1, k2] = d.kindShares;
  return query(`
    WITH gen AS (
      SELECT DISTINCT muni, n_gen FROM dc_n
    ), rows AS (
      SELECT muni, unnest(range(1, n_gen + 1)) AS num, FALSE AS nearby FROM gen
      UNION ALL
      SELECT muni, unnest(range(first_num + 1, first_num + n_area + 1)) AS num, TRUE AS nearby FROM dc_n WHERE n_area > 0
    ), u AS (
      SELECT muni, num, nearby, u1(muni::INTEGER * 10000 + num, ${SALT.kind}) AS uk,
        u1(muni::INTEGER * 10000 + num, ${SALT.dispensation}) AS ud FROM rows
    )
    SELECT ${institutionId('muni', 'num')} AS institution_id, muni AS municipality_code,
      CASE WHEN nearby THEN CASE WHEN uk < 0.7 THEN 'kommunal' ELSE 'selvejende' END
           WHEN uk < ${k0} THEN 'kommunal' WHEN uk < ${k1} THEN 'selvejende' WHEN uk < ${k2} THEN 'privat' ELSE 'dagpleje' END AS kind,
      CASE WHEN nearby AND ud < ${d.dispensationShare} THEN ${sqlInt(d.dispensationUntil)} END::INTEGER AS dispensation_until
    FROM u ORDER BY muni, num`);
}

/** `daycare`: one row per enrolled child and 30 September. */
export function daycareQuery(): Query {
  return query(`
    SELECT year, ${personIdSql('pid')} AS person_id, institution_id FROM (
      SELECT year::INTEGER AS year, pid, ${institutionId('muni', 'num')} AS institution_id FROM dc_enrol ORDER BY year, pid)`);
}
