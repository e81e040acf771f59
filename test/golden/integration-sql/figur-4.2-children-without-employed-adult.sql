-- params: {"year":2023,"age_min":0,"age_max":15}
WITH res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year),
fam AS (SELECT person_id, family_id, role FROM families WHERE year = $year),
employed_families AS (
  SELECT DISTINCT f.family_id FROM fam AS f
  JOIN employment AS e ON e.person_id = f.person_id AND e.year = $year AND e.employed
  WHERE f.role = 'adult'
)
SELECT category, sex, origin,
  count(*) FILTER (WHERE ef.family_id IS NULL) AS numerator, count(*) AS denominator
FROM res
JOIN fam ON fam.person_id = res.person_id AND fam.role = 'child'
LEFT JOIN employed_families AS ef ON ef.family_id = fam.family_id
WHERE res.age BETWEEN $age_min AND $age_max
GROUP BY category, sex, origin ORDER BY category, sex, origin
