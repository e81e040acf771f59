-- params: {"run_id":"golden-run","age_floor":18}
INSERT INTO indicator_counts
WITH counts AS (
  SELECT c.delimitation, ap.area_id, c.snap, c.data_year,
    count(cv.person_id) AS numerator, count(*) AS denominator
  FROM (SELECT DISTINCT delimitation, snap, data_year FROM ind_windows) AS c
  JOIN ind_area_persons AS ap ON ap.delimitation = c.delimitation AND ap.snap = c.snap
  LEFT JOIN ind_convicted AS cv ON cv.person_id = ap.person_id AND cv.year = c.data_year
  WHERE ap.age >= $age_floor
  GROUP BY c.delimitation, ap.area_id, c.snap, c.data_year
)
SELECT $run_id, w.list_year, 'area', k.area_id, 'K2', w.data_year, k.numerator, k.denominator
FROM ind_windows AS w
JOIN counts AS k ON k.delimitation = w.delimitation AND k.snap = w.snap AND k.data_year = w.data_year
