-- params: {"school_years":[2023,2024]}
WITH enrolment AS (SELECT year, person_id, grade FROM school_enrolment),
pupils AS (
  SELECT school_year, person_id, max(grade) AS grade, count(*) AS attempts, bool_or(ready) AS ready
  FROM language_tests
  WHERE list_contains($school_years, school_year)
  GROUP BY school_year, person_id
)
SELECT p.school_year, CASE WHEN p.grade = 0 THEN '0' ELSE '1-9' END AS grade_group,
  sum(p.attempts) AS attempts,
  count(*) AS pupils,
  count(*) FILTER (WHERE p.ready) AS ready,
  count(*) FILTER (WHERE e.grade > p.grade) AS moved_up,
  count(*) FILTER (WHERE e.grade <= p.grade) AS repeated,
  count(*) FILTER (WHERE e.grade IS NULL) AS unplaced
FROM pupils AS p
LEFT JOIN enrolment AS e ON e.person_id = p.person_id AND e.year = p.school_year + 1
GROUP BY ALL
ORDER BY p.school_year, grade_group
