import { query, type Query } from '../src/analytics/sql.ts';

/**
 * A plain national-scale delivery for the benchmark, generated with set-based DuckDB SQL: the volumes and
 * shapes of the real registers (≈ 6 M residents a year at scale 1.0, yearly labour, education and income
 * rows, ~200 areas of 1,000–8,000 residents), but no realism beyond that. Used when the synthetic-Denmark
 * generator (`src/synth/generateDelivery.ts`) is not available, and to keep the benchmark independent of it.
 */
export interface BenchDeliverySpec {
  readonly scale: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly outDir: string;
}

export function benchDeliveryQueries(spec: BenchDeliverySpec): Query[] {
  return rawQueries(spec).map(usedParamsOnly);
}

/** Keeps the parameters a statement names (DuckDB refuses unused ones). */
function usedParamsOnly(q: Query): Query {
  return {
    sql: q.sql,
    params: Object.fromEntries(Object.entries(q.params).filter(([k]) => q.sql.includes(`$${k}`))),
  };
}

function rawQueries(spec: BenchDeliverySpec): Query[] {
  const persons = Math.round(7_000_000 * spec.scale);
  const dwellings = Math.round(3_000_000 * spec.scale);
  const areas = Math.max(4, Math.round(200 * Math.min(1, spec.scale * 4)));
  const areaDwellings = Math.round(dwellings * 0.1);
  const p = {
    persons,
    dwellings,
    areas,
    area_dwellings: areaDwellings,
    from_year: spec.fromYear,
    to_year: spec.toYear,
  };
  const out = (t: string): Record<string, string> => ({ path: `${spec.outDir}/${t}.parquet` });
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE b_mun AS
      SELECT code, row_number() OVER (ORDER BY code) - 1 AS mi FROM ref_municipalities
      `,
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE b_areas AS
      SELECT i AS a, 'A' || lpad(CAST(i AS VARCHAR), 4, '0') AS area_id,
        'Område ' || i AS name,
        (SELECT code FROM b_mun WHERE b_mun.mi = (hash(i) % 20)) AS municipality_code
      FROM range($areas) t(i)
      `,
      p,
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE b_dwellings AS
      SELECT i AS d, 'D' || lpad(CAST(i AS VARCHAR), 8, '0') AS dwelling_id,
        CASE WHEN i < $area_dwellings THEN 'P' || (i % ($areas * 10)) ELSE NULL END AS parcel_id,
        CASE WHEN i < $area_dwellings THEN (SELECT municipality_code FROM b_areas WHERE a = (i % ($areas * 10)) // 10)
             ELSE (SELECT code FROM b_mun WHERE b_mun.mi = hash(i) % 98) END AS municipality_code,
        CASE WHEN i < $area_dwellings AND hash(i * 3) % 10 <> 0 THEN 'almen'
             WHEN i >= $area_dwellings AND hash(i * 3) % 5 = 0 THEN 'almen' ELSE 'other' END AS ownership,
        ['family', 'youth', 'elderly', 'room', 'other'][1 + CAST(hash(i * 5) % 5 AS INTEGER) // 4 * (1 + CAST(hash(i) % 4 AS INTEGER))] AS kind,
        CAST(1900 + hash(i * 7) % 124 AS INTEGER) AS built_year
      FROM range($dwellings) t(i)
      `,
      p,
    ),
    query(
      `
      COPY (SELECT area_id, name, municipality_code FROM b_areas ORDER BY a) TO $path (FORMAT parquet)
      `,
      out('areas'),
    ),
    query(
      `
      COPY (
        SELECT (SELECT area_id FROM b_areas WHERE a = i // 10) AS area_id, 'P' || i AS parcel_id,
          CASE WHEN i % 97 = 0 THEN 2019 ELSE 2000 END AS valid_from, CAST(NULL AS INTEGER) AS valid_to
        FROM range($areas * 10) t(i) ORDER BY i
      ) TO $path (FORMAT parquet)
      `,
      { ...out('area_parcels'), areas },
    ),
    query(
      `
      COPY (SELECT dwelling_id, parcel_id, municipality_code, ownership, kind, built_year FROM b_dwellings ORDER BY d)
      TO $path (FORMAT parquet)
      `,
      out('dwellings'),
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE b_persons AS
      SELECT i AS pi, 'P' || lpad(CAST(i AS VARCHAR), 8, '0') AS person_id,
        DATE '1925-01-01' + CAST(hash(i) % 36500 AS INTEGER) AS birth_date,
        CASE WHEN hash(i * 11) % 2 = 0 THEN 'm' ELSE 'f' END AS sex,
        CASE WHEN hash(i * 13) % 100 < 86 THEN 1 WHEN hash(i * 13) % 100 < 95 THEN 2 ELSE 3 END AS ie_type,
        CAST(hash(i * 17) % 1000 AS INTEGER) AS u
      FROM range($persons) t(i)
      `,
      p,
    ),
    query(
      `
      COPY (
        SELECT person_id, birth_date, sex, ie_type,
          CASE WHEN ie_type = 1 THEN NULL
               ELSE (['5180', '5404', '5488', '5001', '5120'])[1 + u % 5] END AS origin_country
        FROM b_persons ORDER BY pi
      ) TO $path (FORMAT parquet)
      `,
      out('persons'),
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE b_residence AS
      SELECT y AS year, pi, person_id, birth_date,
        CAST((hash(pi * 31 + (CASE WHEN hash(pi * 37 + y) % 10 = 0 THEN y ELSE 0 END)) % $dwellings) AS BIGINT) AS d
      FROM b_persons CROSS JOIN (SELECT unnest(range($from_year, $to_year + 1)) AS y) AS r
      WHERE birth_date < make_date(y, 1, 1) AND hash(pi * 41) % 100 < 88
      `,
      p,
    ),
    query(
      `
      COPY (
        SELECT r.year, r.person_id, dw.dwelling_id, dw.municipality_code
        FROM b_residence r JOIN b_dwellings dw ON dw.d = r.d ORDER BY r.year, r.pi
      ) TO $path (FORMAT parquet)
      `,
      out('residence'),
    ),
    query(
      `
      COPY (
        SELECT year - 1 AS year, person_id, round((hash(pi * 43 + year) % 1000) / 1000.0, 3) AS outside_fte
        FROM b_residence
        WHERE year > $from_year AND hash(pi * 47 + year) % 100 < 18
          AND year - year(birth_date) BETWEEN 16 AND 66
        ORDER BY year, pi
      ) TO $path (FORMAT parquet)
      `,
      { ...out('labour'), from_year: spec.fromYear },
    ),
    query(
      `
      COPY (
        SELECT year - 1 AS year, person_id,
          (['basic', 'upper_secondary', 'vocational', 'short_cycle', 'bachelor', 'master', 'phd', 'unknown'])[1 + CAST(hash(pi * 53) % 8 AS INTEGER)] AS level,
          CASE WHEN hash(pi * 59) % 10 = 0 THEN 'basic'
               ELSE (['basic', 'upper_secondary', 'vocational', 'short_cycle', 'bachelor', 'master', 'phd', 'unknown'])[1 + CAST(hash(pi * 53) % 8 AS INTEGER)] END AS level_danish
        FROM b_residence
        WHERE year > $from_year AND year - year(birth_date) BETWEEN 16 AND 70
        ORDER BY year, pi
      ) TO $path (FORMAT parquet)
      `,
      { ...out('education'), from_year: spec.fromYear },
    ),
    query(
      `
      COPY (
        SELECT year - 1 AS year, person_id, round(50000 + (hash(pi * 61 + year) % 600000), 0) AS gross_income,
          hash(pi * 67) % 50 <> 0 AS fully_taxable, hash(pi * 71 + year) % 12 = 0 AS student
        FROM b_residence
        WHERE year > $from_year AND year - year(birth_date) >= 15
        ORDER BY year, pi
      ) TO $path (FORMAT parquet)
      `,
      { ...out('income'), from_year: spec.fromYear },
    ),
    query(
      `
      COPY (
        SELECT person_id, make_date(year - 1, 1 + CAST(hash(pi * 73) % 12 AS INTEGER), 1 + CAST(hash(pi * 79) % 28 AS INTEGER)) AS decision_date,
          (['straffeloven', 'vaabenloven', 'euforiserende_stoffer', 'faerdselsloven', 'other'])[1 + CAST(hash(pi * 83 + year) % 5 AS INTEGER)] AS law,
          (['prison', 'suspended', 'fine', 'withdrawn_charge', 'acquittal', 'other'])[1 + CAST(hash(pi * 89 + year) % 6 AS INTEGER)] AS decision_type
        FROM b_residence
        WHERE year > $from_year AND year - year(birth_date) >= 16 AND hash(pi * 97 + year) % 1000 < 9
        ORDER BY year, pi
      ) TO $path (FORMAT parquet)
      `,
      { ...out('convictions'), from_year: spec.fromYear },
    ),
  ];
}
