-- params: {"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"categories":["udsat","forebyggelse"],"year":2024,"k3_danish_current":true,"k3_danish_previous":true,"income_offset":2,"k1_min":18,"k1_max":64,"k2_floor":18,"k3_min":30,"k3_max":59,"k4_min":15,"k4_max":64}
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
