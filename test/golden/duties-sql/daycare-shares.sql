-- params: {"count_years":[2023],"list_years":[2022],"residence_years":[2024],"kinds":["kommunal","selvejende"]}
WITH w AS (
  SELECT CAST(unnest($count_years) AS INTEGER) AS count_year,
    CAST(unnest($list_years) AS INTEGER) AS list_year,
    CAST(unnest($residence_years) AS INTEGER) AS residence_year
)
SELECT w.count_year, i.institution_id, i.municipality_code, i.kind, i.dispensation_until,
  count(*) AS enrolled, count(l.area_id) AS from_udsat
FROM daycare AS dc
JOIN w ON w.count_year = dc.year
JOIN daycare_institutions AS i ON i.institution_id = dc.institution_id
LEFT JOIN duty_area_residence AS ar ON ar.person_id = dc.person_id AND ar.year = w.residence_year
LEFT JOIN duty_udsat_lists AS l ON l.area_id = ar.area_id AND l.list_year = w.list_year
WHERE list_contains($kinds, i.kind)
GROUP BY ALL
ORDER BY w.count_year, i.municipality_code, i.institution_id
