import { query, type Query } from '../sql.ts';

/**
 * Residents at 1 January of the list year (the 1,000 floor) and the non-western share: per area and list
 * year, numerator = immigrants and descendants of non-western origin, denominator = all counted residents.
 */
export function residentsComponentsQuery(runId: string): Query {
  return query(
    `
    INSERT INTO indicator_counts
    SELECT $run_id, list_year, 'area', area_id, 'NW', list_year,
      count(*) FILTER (WHERE nonwestern), count(*)
    FROM ind_area_persons
    WHERE snap = list_year
    GROUP BY list_year, area_id
    `,
    { run_id: runId },
  );
}
