-- params: {"year":2023,"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"age_min":15,"age_max":29}
WITH res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year),
convicted AS (
  SELECT DISTINCT person_id FROM convictions
  WHERE CAST(year(decision_date) AS INTEGER) = $year
    AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
)
SELECT category, sex, origin, count(cv.person_id) AS numerator, count(*) AS denominator
FROM res LEFT JOIN convicted AS cv USING (person_id)
WHERE res.sex = 'm' AND res.age BETWEEN $age_min AND $age_max
GROUP BY category, sex, origin ORDER BY category, sex, origin
