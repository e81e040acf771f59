import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS } from './indicatorSpec.ts';

/**
 * K1, residents 18–64 without attachment to job or education: per area, list year and data year D of the
 * window, numerator = the full-time-person fractions outside (`labour.outside_fte` of D; no row = 0),
 * denominator = the area's residents aged 18–64 at the window's snapshot (1 January D + 1 by default). Each
 * fraction is read to 9 decimals (a billionth of a full-time person) and summed exactly in DECIMAL. Counted
 * once per (delimitation, snapshot, data year): list years with the same delimitation share the counts.
 */
export function k1ComponentsQuery(runId: string): Query {
  return query(
    `
    INSERT INTO indicator_counts
    WITH counts AS (
      SELECT c.delimitation, ap.area_id, c.snap, c.data_year,
        sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))) AS numerator, count(*) AS denominator
      FROM (SELECT DISTINCT delimitation, snap, data_year FROM ind_windows) AS c
      JOIN ind_area_persons AS ap ON ap.delimitation = c.delimitation AND ap.snap = c.snap
      LEFT JOIN area_labour AS lab ON lab.person_id = ap.person_id AND lab.year = c.data_year
      WHERE ap.age BETWEEN $age_min AND $age_max
      GROUP BY c.delimitation, ap.area_id, c.snap, c.data_year
    )
    SELECT $run_id, w.list_year, 'area', k.area_id, 'K1', w.data_year, k.numerator, k.denominator
    FROM ind_windows AS w
    JOIN counts AS k ON k.delimitation = w.delimitation AND k.snap = w.snap AND k.data_year = w.data_year
    `,
    { run_id: runId, age_min: AGE_BOUNDS.k1[0], age_max: AGE_BOUNDS.k1[1] },
  );
}
