-- params: {"year":2024,"list_years":[2022,2023,2024]}
WITH listed AS (
  SELECT DISTINCT area_id FROM duty_udsat_lists WHERE list_contains($list_years, list_year)
)
SELECT s.school_id, s.name, s.municipality_code, s.kind,
  count(*) AS pupils, count(l.area_id) AS from_listed
FROM school_enrolment AS e
JOIN schools AS s ON s.school_id = e.school_id
LEFT JOIN duty_area_residence AS ar ON ar.person_id = e.person_id AND ar.year = e.year
LEFT JOIN listed AS l ON l.area_id = ar.area_id
WHERE e.year = $year
GROUP BY ALL
ORDER BY s.municipality_code, s.school_id
