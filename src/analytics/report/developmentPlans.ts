import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { areaId, type AreaId } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { sha256File } from '../load/deliveryFiles.ts';
import { query, type Query } from '../sql.ts';

/** The approved § 168 a plans of a delivery (contract A2 `development_plans`), as far as the report reads them. */
export type DevelopmentPlans =
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'present';
      readonly path: string;
      readonly sha256: string;
      readonly rowsIn: number;
      /** Areas with an approved plan approved on or before 1 December of the list year. */
      readonly areas: readonly AreaId[];
    }
  /** Rows that break the contract: every problem, naming file, row, column and value. Nothing is used. */
  | { readonly kind: 'invalid'; readonly path: string; readonly problems: readonly string[] };

const DISPENSATIONS = ['none', 'stk3', 'stk4'];

/** Reads the file (CSV or Parquet) as text columns with its row numbers (1 = the first data row). */
function sourceQuery(path: string, format: 'csv' | 'parquet'): Query {
  const reader =
    format === 'csv'
      ? `read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')`
      : 'read_parquet($path)';
  return query(
    `
    CREATE OR REPLACE TEMP TABLE rep_plans_source AS
    SELECT row_number() OVER () AS source_row, CAST(area_id AS VARCHAR) AS area_id,
      CAST(approved_date AS VARCHAR) AS approved_date, CAST(baseline_year AS VARCHAR) AS baseline_year,
      CAST(target_pct AS VARCHAR) AS target_pct, CAST(dispensation AS VARCHAR) AS dispensation
    FROM ${reader}
    `,
    { path },
  );
}

/** Every contract problem of the plans, one row per (row, column): `area_id` in `areas` and unique, typed fields. */
export function developmentPlanProblemsQuery(): Query {
  return query(
    `
    WITH s AS (SELECT *, count(*) OVER (PARTITION BY area_id) AS n_area FROM rep_plans_source)
    SELECT source_row, 'area_id' AS col, area_id AS value, 'is not an area of the delivery' AS problem
    FROM s WHERE area_id IS NULL OR area_id NOT IN (SELECT area_id FROM areas)
    UNION ALL
    SELECT source_row, 'area_id', area_id, 'appears more than once' FROM s WHERE n_area > 1
    UNION ALL
    SELECT source_row, 'approved_date', approved_date, 'is not a date (YYYY-MM-DD)'
    FROM s WHERE TRY_CAST(approved_date AS DATE) IS NULL
    UNION ALL
    SELECT source_row, 'baseline_year', baseline_year, 'is not a whole number'
    FROM s WHERE TRY_CAST(baseline_year AS INTEGER) IS NULL
    UNION ALL
    SELECT source_row, 'target_pct', target_pct, 'is not a number from 0 to 100'
    FROM s WHERE TRY_CAST(target_pct AS DOUBLE) IS NULL OR NOT TRY_CAST(target_pct AS DOUBLE) BETWEEN 0 AND 100
    UNION ALL
    SELECT source_row, 'dispensation', dispensation, 'is not one of none, stk3, stk4'
    FROM s WHERE dispensation IS NULL OR NOT list_contains($dispensations, dispensation)
    ORDER BY source_row, col
    `,
    { dispensations: DISPENSATIONS },
  );
}

/** The areas whose plan was approved by 1 December of the list year. */
export function planAreasQuery(listYear: number): Query {
  return query(
    `
    SELECT area_id FROM rep_plans_source
    WHERE CAST(approved_date AS DATE) <= make_date($year, 12, 1)
    ORDER BY area_id
    `,
    { year: listYear },
  );
}

/**
 * The delivery's development plans, when it has `development_plans.csv` or `.parquet` (contract A2); else
 * absent, and the report leaves the plan areas' series out with a note.
 */
export async function developmentPlans(
  db: Db,
  deliveryDir: string,
  listYear: number,
): Promise<DevelopmentPlans> {
  const found = (['parquet', 'csv'] as const)
    .map((format) => ({ format, path: join(resolve(deliveryDir), `development_plans.${format}`) }))
    .filter((f) => existsSync(f.path));
  const [file] = found;
  if (file === undefined) return { kind: 'absent' };
  if (found.length > 1) {
    return {
      kind: 'invalid',
      path: file.path,
      problems: [`development_plans: both a .csv and a .parquet file`],
    };
  }
  try {
    await db.run(sourceQuery(file.path, file.format));
  } catch (e) {
    return {
      kind: 'invalid',
      path: file.path,
      problems: [`${file.path}: cannot be read (${(e as Error).message})`],
    };
  }
  const problems = await db.all<{ source_row: bigint; col: string; value: string | null; problem: string }>(
    developmentPlanProblemsQuery(),
  );
  if (problems.length > 0) {
    return {
      kind: 'invalid',
      path: file.path,
      problems: problems.map(
        (p) =>
          `${file.path} row ${p.source_row} column ${p.col}: ${p.value === null ? 'empty' : JSON.stringify(p.value)} ` +
          p.problem,
      ),
    };
  }
  const rowsIn =
    (await db.all<{ n: bigint }>(query('SELECT count(*) AS n FROM rep_plans_source')))[0]?.n ?? 0n;
  const areas = (await db.all<{ area_id: string }>(planAreasQuery(listYear))).map((r) => areaId(r.area_id));
  return {
    kind: 'present',
    path: file.path,
    sha256: await sha256File(file.path),
    rowsIn: Number(rowsIn),
    areas,
  };
}
