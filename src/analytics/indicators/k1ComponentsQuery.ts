import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS } from './indicatorSpec.ts';

/**
 * K1, residents 18–64 without attachment to job or education: per area, list year and data year D of the
 * window, numerator = the full-time-person fractions outside (`labour.outside_fte` of D; no row = 0),
 * denominator = the area's residents aged 18–64 at the window's snapshot (1 January D + 1 by default). Each
 * fraction is read to 9 decimals (a billionth of a full-time person) and summed exactly in DECIMAL.
 */
export function k1ComponentsQuery(runId: string): Query {
  return query(
    `
    INSERT INTO indicator_counts
    SELECT $run_id, w.list_year, 'area', ap.area_id, 'K1', w.data_year,
      sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))), count(*)
    FROM ind_windows AS w
    JOIN ind_area_persons AS ap ON ap.list_year = w.list_year AND ap.snap = w.snap
    LEFT JOIN labour AS lab ON lab.person_id = ap.person_id AND lab.year = w.data_year
    WHERE ap.age BETWEEN $age_min AND $age_max
    GROUP BY w.list_year, ap.area_id, w.data_year
    `,
    { run_id: runId, age_min: AGE_BOUNDS.k1[0], age_max: AGE_BOUNDS.k1[1] },
  );
}
