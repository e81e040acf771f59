-- params: {"year":2023,"from_year":2023,"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"age_min":0,"age_max":15}
WITH res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year),
fam AS (SELECT person_id, family_id, role FROM families WHERE year = $year),
convicted AS (
  SELECT DISTINCT person_id FROM convictions
  WHERE CAST(year(decision_date) AS INTEGER) BETWEEN $from_year AND $year
    AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
),
convicted_families AS (
  SELECT DISTINCT f.family_id FROM fam AS f JOIN convicted USING (person_id) WHERE f.role = 'adult'
)
SELECT category, sex, origin,
  count(cf.family_id) AS numerator, count(*) AS denominator
FROM res
JOIN fam ON fam.person_id = res.person_id AND fam.role = 'child'
LEFT JOIN convicted_families AS cf ON cf.family_id = fam.family_id
WHERE res.age BETWEEN $age_min AND $age_max
GROUP BY category, sex, origin ORDER BY category, sex, origin
