-- params: {"year":2023,"pct":25,"min_pupils":50,"age_min":7,"age_max":15}
WITH res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year),
enrolled AS (
  SELECT e.person_id, e.school_id, p.origin IN ('menapt', 'otherNonwestern') AS nonwestern
  FROM school_enrolment AS e JOIN int_persons AS p USING (person_id)
  WHERE e.year = $year
),
school_sizes AS (
  SELECT school_id, count(*) AS pupils, count(*) FILTER (WHERE nonwestern) AS nonwestern_pupils
  FROM enrolled GROUP BY school_id
)
SELECT category, sex, origin,
  count(*) FILTER (WHERE 100 * s.nonwestern_pupils >= $pct * s.pupils) AS numerator, count(*) AS denominator
FROM res
JOIN enrolled AS e ON e.person_id = res.person_id
JOIN school_sizes AS s ON s.school_id = e.school_id
WHERE res.age BETWEEN $age_min AND $age_max AND s.pupils >= $min_pupils
GROUP BY category, sex, origin ORDER BY category, sex, origin
