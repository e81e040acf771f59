import { query, type Query } from '../sql.ts';

/**
 * Residents at 1 January of the list year (the 1,000 floor) and the non-western share: per area and list
 * year, numerator = immigrants and descendants of non-western origin, denominator = all counted residents.
 */
export function residentsComponentsQuery(runId: string): Query {
  return query(
    `
    INSERT INTO indicator_counts
    SELECT $run_id, d.list_year, 'area', ap.area_id, 'NW', d.list_year,
      count(*) FILTER (WHERE ap.nonwestern), count(*)
    FROM ind_delimitations AS d
    JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = d.list_year
    GROUP BY d.list_year, ap.area_id
    `,
    { run_id: runId },
  );
}
