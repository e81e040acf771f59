import { query, type Query } from '../sql.ts';

/**
 * The single-year K1 counts of each area for § 51 b: the run's stored K1 counts (`indicator_counts`) of the
 * list year's latest data year (residents 18–64 at 1 January of the list year, their full-time fractions outside
 * job and education in the year before), exactly: numerator as decimal text.
 */
export function kombineretUdlejningCountsQuery(runId: string, listYear: number): Query {
  return query(
    `
    SELECT scope_id AS area_id, data_year, CAST(numerator AS VARCHAR) AS numerator, denominator
    FROM indicator_counts
    WHERE run_id = $run_id AND list_year = $list_year AND scope = 'area' AND measure = 'K1'
    QUALIFY row_number() OVER (PARTITION BY scope_id ORDER BY data_year DESC) = 1
    ORDER BY area_id
    `,
    { run_id: runId, list_year: listYear },
  );
}

/** A row of `kombineretUdlejningCountsQuery`. */
export interface KombineretUdlejningCountsRow {
  area_id: string;
  data_year: number;
  numerator: string;
  denominator: number;
}
