-- params: {"year":2023,"age_min":25,"age_max":64}
WITH res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year),
emp AS (SELECT person_id FROM employment WHERE year = $year AND employed)
SELECT category, sex, origin,
  count(emp.person_id) AS numerator, count(*) AS denominator
FROM res LEFT JOIN emp USING (person_id)
WHERE res.age BETWEEN $age_min AND $age_max
GROUP BY category, sex, origin ORDER BY category, sex, origin
