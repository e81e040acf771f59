import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS } from './indicatorSpec.ts';

/**
 * K3, residents 30–59 whose highest education is basic: per area and list year Y, the residents aged 30–59
 * at 1 January Y; their education status of 1 October Y − 1 from `level_danish` (rule sets counting only
 * Danish or recognised education) or `level` (any source). Unknown, and no row at all, count as basic.
 */
export function k3ComponentsQuery(runId: string): Query {
  return query(
    `
    INSERT INTO indicator_counts
    SELECT $run_id, l.list_year, 'area', ap.area_id, 'K3', l.list_year - 1,
      count(*) FILTER (WHERE coalesce(CASE WHEN l.k3_danish THEN e.level_danish ELSE e.level END, 'unknown')
                             IN ('basic', 'unknown')),
      count(*)
    FROM ind_list_years AS l
    JOIN ind_delimitations AS d USING (list_year)
    JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = l.list_year
    LEFT JOIN area_education AS e ON e.person_id = ap.person_id AND e.year = l.list_year - 1
    WHERE ap.age BETWEEN $age_min AND $age_max
    GROUP BY l.list_year, ap.area_id
    `,
    { run_id: runId, age_min: AGE_BOUNDS.k3[0], age_max: AGE_BOUNDS.k3[1] },
  );
}
