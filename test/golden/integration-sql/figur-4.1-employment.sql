-- params: {"years":[2023],"year":2023,"age_min":25,"age_max":64}
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
emp AS (SELECT person_id FROM employment WHERE year = $year AND employed)
SELECT category, sex, origin,
  count(emp.person_id) AS numerator, count(*) AS denominator
FROM res LEFT JOIN emp USING (person_id)
WHERE res.age BETWEEN $age_min AND $age_max
GROUP BY category, sex, origin ORDER BY category, sex, origin
