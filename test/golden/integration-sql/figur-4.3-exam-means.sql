-- params: {"years":[2022,2023,2024],"missing_grade":-3}
WITH res AS (
  SELECT x.category, x.year, x.person_id, p.sex, p.origin, x.year - p.zero_age_year AS age
  FROM (
    SELECT 'parallelsamfund' AS category, r.year, r.person_id FROM area_residence AS r
    WHERE list_contains($years, r.year) AND EXISTS (
      SELECT 1 FROM int_area_dwellings AS ad
      WHERE ad.dwelling_id = r.dwelling_id AND ad.valid_from <= r.year AND r.year <= coalesce(ad.valid_to, 9999))
    UNION ALL
    SELECT 'country', r.year, r.person_id FROM residence AS r
    WHERE list_contains($years, r.year)
  ) AS x
  JOIN int_persons AS p USING (person_id)
),
pupils AS (
  SELECT res.category, res.sex, res.origin, x.exams_bound, x.exams_taken,
    CAST(coalesce(x.grade_sum, 0) AS DOUBLE) AS grade_sum
  FROM exam_results AS x
  JOIN res ON res.person_id = x.person_id AND res.year = x.school_year
  WHERE list_contains($years, x.school_year) AND x.exams_bound >= 1
)
SELECT category, sex, origin, 'mean' AS measure,
  sum(grade_sum / exams_bound) AS sum, count(*) AS n
FROM pupils WHERE exams_taken = exams_bound
GROUP BY category, sex, origin
UNION ALL
SELECT category, sex, origin, 'corrected',
  sum((grade_sum + $missing_grade * (exams_bound - exams_taken)) / exams_bound), count(*)
FROM pupils
GROUP BY category, sex, origin
ORDER BY category, sex, origin, measure
