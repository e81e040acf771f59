-- params: {"run_id":"golden-run","age_min":18,"age_max":64}
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
