import type { Assumptions } from '../../core/assumptions.ts';
import {
  AGE_BOUNDS,
  K2_DECISION_TYPES,
  K2_LAWS,
  k2AgeFloor,
  k4IncomeOffset,
} from '../indicators/indicatorSpec.ts';
import { query, type Query } from '../sql.ts';

/** The measures whose change fig 2.3 splits into stayers, in-movers and out-movers. */
export const DECOMPOSED_MEASURES = ['K1', 'K4', 'K2', 'K3', 'nonwestern'] as const;
export type DecomposedMeasure = (typeof DECOMPOSED_MEASURES)[number];

/** Residents of a category at one date: stayers (same area at both dates), in-movers (Y) or out-movers (Y − 1). */
export type MoverGroup = 'stayer' | 'in' | 'out';

/**
 * One measure of one group at one date: `total` is the group's count (full-time persons outside for K1,
 * persons for K2, K3 and non-western) or summed income (K4); `n` the group's persons in the measure's
 * population; `contributors` those with a value above 0. For stayers, `changed` (on the row of Y) counts the
 * stayers whose contribution differs between the two dates.
 */
export interface DecompositionRow {
  readonly category: string;
  readonly year: number;
  readonly grp: MoverGroup;
  readonly measure: DecomposedMeasure;
  readonly total: number;
  readonly n: number;
  readonly contributors: number;
  readonly changed: number;
}

/**
 * The residents of each category at 1 January Y − 1 and Y split into stayers, in-movers and out-movers
 * (domain §9, fig 2.3): a stayer lived in the same area at both dates (moves inside an area count as
 * staying); an in-mover lived in the area at Y and not at Y − 1; an out-mover at Y − 1 and not at Y. The
 * measures are those of the lists as single years (criteriaByCategoryQuery), each person's contribution at
 * each date. Reads `rep_area_residents` and `rep_category_areas`.
 */
export function changeDecompositionQuery(
  a: Assumptions,
  listYear: number,
  categories: readonly string[],
  k3Danish: { readonly previous: boolean; readonly current: boolean },
): Query {
  return query(
    `
    WITH convicted AS (
      SELECT DISTINCT person_id, CAST(year(decision_date) AS INTEGER) AS year
      FROM convictions
      WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
    ),
    pop AS MATERIALIZED (
      SELECT c.category, r.year, r.area_id, r.person_id, r.age
      FROM rep_area_residents AS r JOIN rep_category_areas AS c USING (area_id)
      WHERE list_contains($categories, c.category) AND r.year IN ($year - 1, $year)
    ),
    grouped AS MATERIALIZED (
      SELECT f.*,
        CASE WHEN o.person_id IS NOT NULL THEN 'stayer' WHEN f.year = $year THEN 'in' ELSE 'out' END AS grp
      FROM pop AS f
      LEFT JOIN pop AS o ON o.category = f.category AND o.person_id = f.person_id AND o.area_id = f.area_id
        AND o.year = 2 * $year - 1 - f.year
    ),
    -- each person's contribution to each measure at each date: NULL when outside the measure's population
    contributions AS MATERIALIZED (
      SELECT g.category, g.year, g.area_id, g.person_id, g.grp, m.measure, m.value
      FROM (
        SELECT g.*,
          CASE WHEN g.age BETWEEN $k1_min AND $k1_max THEN CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(24, 9)) END AS K1,
          CASE WHEN g.age BETWEEN $k4_min AND $k4_max AND i.fully_taxable AND NOT i.student
            THEN CAST(i.gross_income AS DECIMAL(24, 9)) END AS K4,
          CASE WHEN g.age >= $k2_floor THEN CAST(CASE WHEN cv.person_id IS NULL THEN 0 ELSE 1 END AS DECIMAL(24, 9)) END AS K2,
          CASE WHEN g.age BETWEEN $k3_min AND $k3_max THEN
            CASE WHEN coalesce(CASE WHEN (g.year = $year AND $k3_danish_current)
                                     OR (g.year < $year AND $k3_danish_previous)
                                    THEN e.level_danish ELSE e.level END, 'unknown') IN ('basic', 'unknown')
              THEN CAST(1 AS DECIMAL(24, 9)) ELSE CAST(0 AS DECIMAL(24, 9)) END END AS K3,
          CAST(CASE WHEN p.nonwestern THEN 1 ELSE 0 END AS DECIMAL(24, 9)) AS nonwestern
        FROM grouped AS g
        JOIN rep_persons AS p ON p.person_id = g.person_id
        LEFT JOIN area_labour AS lab ON lab.person_id = g.person_id AND lab.year = g.year - 1
        LEFT JOIN convicted AS cv ON cv.person_id = g.person_id AND cv.year = g.year - 1
        LEFT JOIN area_education AS e ON e.person_id = g.person_id AND e.year = g.year - 1
        LEFT JOIN area_income AS i ON i.person_id = g.person_id AND i.year = g.year - $income_offset
      ) AS g
      CROSS JOIN LATERAL (VALUES ('K1', g.K1), ('K4', g.K4), ('K2', g.K2), ('K3', g.K3), ('nonwestern', g.nonwestern))
        AS m(measure, value)
    ),
    changed AS (
      SELECT y.category, y.measure, count(*) AS changed
      FROM contributions AS y
      JOIN contributions AS x ON x.category = y.category AND x.person_id = y.person_id AND x.area_id = y.area_id
        AND x.measure = y.measure AND x.year = $year - 1
      WHERE y.year = $year AND y.grp = 'stayer' AND coalesce(y.value, 0) <> coalesce(x.value, 0)
      GROUP BY ALL
    )
    SELECT c.category, c.year, c.grp, c.measure,
      CAST(coalesce(sum(c.value), 0) AS DOUBLE) AS total, count(c.value) AS n, count(*) FILTER (WHERE c.value > 0) AS contributors,
      CASE WHEN c.grp = 'stayer' AND c.year = $year THEN coalesce(any_value(ch.changed), 0) ELSE 0 END AS changed
    FROM contributions AS c
    LEFT JOIN changed AS ch ON ch.category = c.category AND ch.measure = c.measure
    GROUP BY c.category, c.year, c.grp, c.measure
    ORDER BY c.category, c.measure, c.year, c.grp
    `,
    {
      laws: K2_LAWS,
      decision_types: K2_DECISION_TYPES[a.k2DecisionTypes],
      categories: [...categories],
      year: listYear,
      k3_danish_current: k3Danish.current,
      k3_danish_previous: k3Danish.previous,
      income_offset: k4IncomeOffset(a),
      k1_min: AGE_BOUNDS.k1[0],
      k1_max: AGE_BOUNDS.k1[1],
      k2_floor: k2AgeFloor(a),
      k3_min: AGE_BOUNDS.k3[0],
      k3_max: AGE_BOUNDS.k3[1],
      k4_min: AGE_BOUNDS.k4[0],
      k4_max: AGE_BOUNDS.k4[1],
    },
  );
}
