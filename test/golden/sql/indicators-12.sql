-- params: {"run_id":"golden-run","age_floor":18}
INSERT INTO indicator_counts
WITH pairs AS (SELECT DISTINCT snap, data_year FROM ind_windows),
cohorts AS (
  SELECT zero_age_year, from_year, years, count(*) AS persons
  FROM person_years
  GROUP BY zero_age_year, from_year, years
),
denominators AS (
  SELECT pr.snap, pr.data_year, sum(f.persons) AS denominator
  FROM pairs AS pr
  JOIN cohorts AS f ON ((f.years >> CAST(CASE WHEN pr.snap - f.from_year BETWEEN 0 AND 20 THEN pr.snap - f.from_year ELSE 63 END AS UBIGINT)) & 1) = 1
  WHERE pr.snap - f.zero_age_year >= $age_floor
  GROUP BY pr.snap, pr.data_year
),
numerators AS (
  SELECT pr.snap, pr.data_year, count(*) AS numerator
  FROM ind_convicted AS cv
  JOIN pairs AS pr ON pr.data_year = cv.year
  JOIN person_years AS f ON f.person_id = cv.person_id AND ((f.years >> CAST(CASE WHEN pr.snap - f.from_year BETWEEN 0 AND 20 THEN pr.snap - f.from_year ELSE 63 END AS UBIGINT)) & 1) = 1
  WHERE pr.snap - f.zero_age_year >= $age_floor
  GROUP BY pr.snap, pr.data_year
)
SELECT $run_id, w.list_year, 'national', 'DK', 'K2', w.data_year,
  coalesce(n.numerator, 0), d.denominator
FROM ind_windows AS w
JOIN denominators AS d USING (snap, data_year)
LEFT JOIN numerators AS n USING (snap, data_year)
