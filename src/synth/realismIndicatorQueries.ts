import { query, type Query } from '../analytics/sql.ts';
import { sqlInt } from './synthMacros.ts';

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Views over the delivery files (`<table>.parquet` or `<table>.csv` in `dir`). */
export function deliveryViewQueries(
  dir: string,
  format: 'parquet' | 'csv',
  tables: readonly string[],
): Query[] {
  return tables.map((t) => {
    const path = sqlString(`${dir}/${t}.${format}`);
    const source =
      format === 'parquet' ? `read_parquet(${path})` : `read_csv(${path}, header = true, all_varchar = true)`;
    return query(`CREATE OR REPLACE VIEW src_${t} AS SELECT * FROM ${source}`);
  });
}

/**
 * Rough area indicators straight from the delivery (domain.md §4 defaults, 2-year averages) — enough to check
 * the generator's realism targets and list counts; the register pipeline is the authoritative implementation.
 * Creates `rp` (resident person-years), `ra` (area residents with the delimitation of list year Y at snapshots
 * Y−1 and Y) and `ind` (one row per area and list year).
 */
export function realismIndicatorQueries(fromYear: number, toYear: number): Query[] {
  const first = sqlInt(fromYear + 1);
  const last = sqlInt(toYear);
  return [
    query(`
      CREATE OR REPLACE TABLE persons AS SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(birth_date AS DATE) AS birth_date,
        CAST(sex AS VARCHAR) AS sex, CAST(ie_type AS INTEGER) AS ie_type, CAST(origin_country AS VARCHAR) AS origin_country
      FROM src_persons`),
    query(`
      CREATE OR REPLACE TABLE dw_area AS
      SELECT CAST(d.dwelling_id AS VARCHAR) AS dwelling_id, CAST(ap.area_id AS VARCHAR) AS area_id,
        CAST(ap.valid_from AS INTEGER) AS valid_from, coalesce(CAST(ap.valid_to AS INTEGER), 9999) AS valid_to
      FROM src_dwellings d JOIN src_area_parcels ap ON CAST(ap.parcel_id AS VARCHAR) = CAST(d.parcel_id AS VARCHAR)
      WHERE NOT (d.ownership = 'other' AND CAST(d.built_year AS INTEGER) < 2010)`),
    query(`
      CREATE OR REPLACE TABLE rp AS
      SELECT CAST(r.year AS INTEGER) AS year, CAST(r.person_id AS VARCHAR) AS person_id, CAST(r.dwelling_id AS VARCHAR) AS dwelling_id,
        CAST(r.municipality_code AS VARCHAR) AS municipality_code, m.region_code,
        CAST(r.year AS INTEGER) - year(p.birth_date) - CASE WHEN month(p.birth_date) = 1 AND day(p.birth_date) = 1 THEN 0 ELSE 1 END AS age,
        p.ie_type IN (2, 3) AND coalesce(c.grp, 'other_nonwestern') <> 'western' AS nw,
        p.ie_type IN (2, 3) AND c.grp = 'menapt' AS menapt
      FROM src_residence r JOIN persons p ON p.person_id = CAST(r.person_id AS VARCHAR)
      JOIN ref_muni m ON m.code = CAST(r.municipality_code AS VARCHAR)
      LEFT JOIN ref_countries c ON c.code = p.origin_country`),
    query(`
      CREATE OR REPLACE TABLE ra AS
      SELECT y.y AS list_year, rp.year AS s, rp.person_id, da.area_id, rp.age, rp.nw, rp.menapt
      FROM rp JOIN dw_area da ON da.dwelling_id = rp.dwelling_id
      JOIN (SELECT unnest(range(${first}, ${last} + 1))::INTEGER AS y) y
        ON rp.year IN (y.y - 1, y.y) AND y.y BETWEEN da.valid_from AND da.valid_to`),
    query(`
      CREATE OR REPLACE TABLE conv AS
      SELECT DISTINCT CAST(person_id AS VARCHAR) AS person_id, year(CAST(decision_date AS DATE)) AS year FROM src_convictions
      WHERE law IN ('straffeloven', 'vaabenloven', 'euforiserende_stoffer')
        AND decision_type IN ('prison', 'suspended', 'fine', 'withdrawn_charge')`),
    query(`
      CREATE OR REPLACE TABLE lab AS
      SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year, CAST(outside_fte AS DOUBLE) AS fte FROM src_labour`),
    query(`
      CREATE OR REPLACE TABLE edu AS
      SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year, CAST(level AS VARCHAR) AS level,
        CAST(level_danish AS VARCHAR) AS level_danish FROM src_education`),
    query(`
      CREATE OR REPLACE TABLE inc AS
      SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year, CAST(gross_income AS DOUBLE) AS gross_income
      FROM src_income WHERE CAST(fully_taxable AS BOOLEAN) AND NOT CAST(student AS BOOLEAN)`),
    query(`
      CREATE OR REPLACE TABLE ind AS
      WITH k1 AS (
        SELECT list_year, area_id, avg(share) AS k1 FROM (
          SELECT ra.list_year, ra.area_id, ra.s, sum(coalesce(l.fte, 0)) / count(*) AS share
          FROM ra LEFT JOIN lab l ON l.person_id = ra.person_id AND l.year = ra.s - 1
          WHERE ra.age BETWEEN 18 AND 64 GROUP BY ALL) GROUP BY ALL
      ), k2 AS (
        SELECT list_year, area_id, avg(share) AS k2 FROM (
          SELECT ra.list_year, ra.area_id, ra.s, avg(CASE WHEN c.person_id IS NULL THEN 0 ELSE 1 END) AS share
          FROM ra LEFT JOIN conv c ON c.person_id = ra.person_id AND c.year = ra.s - 1
          WHERE ra.age >= 18 GROUP BY ALL) GROUP BY ALL
      ), k2n AS (
        SELECT y.y AS list_year, avg(share) AS k2n FROM (
          SELECT rp.year AS s, avg(CASE WHEN c.person_id IS NULL THEN 0 ELSE 1 END) AS share
          FROM rp LEFT JOIN conv c ON c.person_id = rp.person_id AND c.year = rp.year - 1
          WHERE rp.age >= 18 GROUP BY ALL) x
        JOIN (SELECT unnest(range(${first}, ${last} + 1))::INTEGER AS y) y ON x.s IN (y.y - 1, y.y) GROUP BY ALL
      ), k3 AS (
        SELECT ra.list_year, ra.area_id,
          avg(CASE WHEN e.level_danish IS NULL OR e.level_danish IN ('basic', 'unknown') THEN 1 ELSE 0 END) AS k3_danish,
          avg(CASE WHEN e.level IS NULL OR e.level IN ('basic', 'unknown') THEN 1 ELSE 0 END) AS k3_any
        FROM ra LEFT JOIN edu e ON e.person_id = ra.person_id AND e.year = ra.list_year - 1
        WHERE ra.s = ra.list_year AND ra.age BETWEEN 30 AND 59 GROUP BY ALL
      ), reg AS (
        SELECT rp.year AS list_year, rp.region_code, avg(i.gross_income) AS region_mean
        FROM rp JOIN inc i ON i.person_id = rp.person_id AND i.year = rp.year - 2
        WHERE rp.age BETWEEN 15 AND 64 GROUP BY ALL
      ), k4 AS (
        SELECT ra.list_year, ra.area_id, avg(i.gross_income) AS area_mean
        FROM ra JOIN inc i ON i.person_id = ra.person_id AND i.year = ra.list_year - 2
        WHERE ra.s = ra.list_year AND ra.age BETWEEN 15 AND 64 GROUP BY ALL
      ), base AS (
        SELECT list_year, area_id, count(*) AS residents, avg(nw::INTEGER) AS nw, avg(menapt::INTEGER) AS menapt
        FROM ra WHERE s = list_year GROUP BY ALL
      )
      SELECT b.list_year AS year, b.area_id, a.name, a.municipality_code, b.residents,
        100 * b.nw AS nonwestern_pct, 100 * b.menapt AS menapt_pct, 100 * k1.k1 AS k1_outside_pct,
        100 * k2.k2 AS k2_convicted_pct, 100 * k2n.k2n AS k2_national_pct,
        100 * k3.k3_danish AS k3_basic_danish_pct, 100 * k3.k3_any AS k3_basic_any_pct,
        100 * k4.area_mean / reg.region_mean AS k4_income_pct
      FROM base b
      JOIN src_areas a ON CAST(a.area_id AS VARCHAR) = b.area_id
      JOIN ref_muni m ON m.code = CAST(a.municipality_code AS VARCHAR)
      LEFT JOIN k1 ON k1.list_year = b.list_year AND k1.area_id = b.area_id
      LEFT JOIN k2 ON k2.list_year = b.list_year AND k2.area_id = b.area_id
      LEFT JOIN k2n ON k2n.list_year = b.list_year
      LEFT JOIN k3 ON k3.list_year = b.list_year AND k3.area_id = b.area_id
      LEFT JOIN k4 ON k4.list_year = b.list_year AND k4.area_id = b.area_id
      LEFT JOIN reg ON reg.list_year = b.list_year AND reg.region_code = m.region_code
      ORDER BY b.list_year, b.area_id`),
  ];
}
