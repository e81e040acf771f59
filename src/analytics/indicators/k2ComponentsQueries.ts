import type { Assumptions } from '../../core/assumptions.ts';
import { query, type Query } from '../sql.ts';
import { k2AgeFloor } from './indicatorSpec.ts';

/**
 * K2, convicted residents: per list year and data year D of the window, numerator = persons with at least one
 * counted decision in calendar year D, denominator = residents aged 18+ (or 15+) at the window's snapshot.
 * Two scopes with the same construction: each area, and the whole country (everyone in `residence`).
 */
export function k2ComponentsQueries(runId: string, a: Assumptions): Query[] {
  const params = { run_id: runId, age_floor: k2AgeFloor(a) };
  return [
    query(
      `
      INSERT INTO indicator_counts
      SELECT $run_id, w.list_year, 'area', ap.area_id, 'K2', w.data_year,
        count(c.person_id), count(*)
      FROM ind_windows AS w
      JOIN ind_area_persons AS ap ON ap.list_year = w.list_year AND ap.snap = w.snap
      LEFT JOIN ind_convicted AS c ON c.person_id = ap.person_id AND c.year = w.data_year
      WHERE ap.age >= $age_floor
      GROUP BY w.list_year, ap.area_id, w.data_year
      `,
      params,
    ),
    query(
      `
      INSERT INTO indicator_counts
      WITH pairs AS (SELECT DISTINCT snap, data_year FROM ind_windows),
      national AS (
        SELECT pr.snap, pr.data_year, count(c.person_id) AS numerator, count(*) AS denominator
        FROM residence AS r
        JOIN pairs AS pr ON r.year = pr.snap
        JOIN ind_persons AS p ON p.person_id = r.person_id
        LEFT JOIN ind_convicted AS c ON c.person_id = r.person_id AND c.year = pr.data_year
        WHERE pr.snap - p.zero_age_year >= $age_floor
        GROUP BY pr.snap, pr.data_year
      )
      SELECT $run_id, w.list_year, 'national', 'DK', 'K2', w.data_year, n.numerator, n.denominator
      FROM ind_windows AS w JOIN national AS n USING (snap, data_year)
      `,
      params,
    ),
  ];
}
