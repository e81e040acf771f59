-- params: {"count_years":[2023],"residence_years":[2024],"areas":["A"]}
WITH w AS (
  SELECT CAST(unnest($count_years) AS INTEGER) AS count_year,
    CAST(unnest($residence_years) AS INTEGER) AS residence_year
)
SELECT w.count_year, a.municipality_code,
  count(*) AS children,
  count(dc.person_id) AS enrolled
FROM w
JOIN duty_area_residence AS ar ON ar.year = w.residence_year
JOIN areas AS a ON a.area_id = ar.area_id
JOIN persons AS p ON p.person_id = ar.person_id
LEFT JOIN daycare AS dc ON dc.person_id = ar.person_id AND dc.year = w.count_year
WHERE list_contains(CAST($areas AS VARCHAR[]), ar.area_id)
  AND p.birth_date > make_date(w.count_year - 2, 9, 30)
  AND p.birth_date <= make_date(w.count_year - 1, 9, 30)
GROUP BY ALL
ORDER BY w.count_year, a.municipality_code
