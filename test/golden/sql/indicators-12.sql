-- params: {"run_id":"golden-run","age_floor":18}
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
