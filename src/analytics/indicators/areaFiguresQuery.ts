import { query, type Query } from '../sql.ts';

/**
 * One row per (list year, area with a delimitation valid that year): the area's name, municipality and region.
 * Every such area gets figures, also one without residents (then not assessed).
 */
export function areaYearsQuery(): Query {
  return query(`
    SELECT DISTINCT l.list_year AS year, ap.area_id, a.name, a.municipality_code, m.region_code
    FROM ind_list_years AS l
    JOIN area_parcels AS ap ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
    JOIN areas AS a ON a.area_id = ap.area_id
    LEFT JOIN ref_municipalities AS m ON m.code = a.municipality_code
    ORDER BY year, ap.area_id`);
}

/**
 * The run's stored counts, exactly: numerators as decimal text (DECIMAL(38, 9) printed in full), denominators
 * as whole numbers. The figures are formed from them in exact rationals (`areaFiguresFromCounts`).
 */
export function indicatorCountsQuery(runId: string): Query {
  return query(
    `
    SELECT list_year, scope, scope_id, measure, data_year,
      CAST(numerator AS VARCHAR) AS numerator, denominator
    FROM indicator_counts
    WHERE run_id = $run_id
    ORDER BY list_year, scope, scope_id, measure, data_year`,
    { run_id: runId },
  );
}

/** A row of `indicatorCountsQuery`: one stored exact count. */
export interface CountRow {
  list_year: number;
  scope: string;
  scope_id: string;
  measure: string;
  data_year: number;
  numerator: string;
  denominator: number;
}

/** A row of `areaYearsQuery`: an area in a list year with its municipality and region. */
export interface AreaYearRow {
  year: number;
  area_id: string;
  name: string;
  municipality_code: string;
  region_code: string | null;
}
