-- params: {"years":[2023,2024],"snapshot_years":[2022,2023,2024],"age_min":18,"age_max":64,"cutoff":0.5,"labour_offset":1}
WITH res AS MATERIALIZED (
  SELECT r.year, r.person_id, ad.area_id, r.zero_age_year
  FROM area_residence AS r
  JOIN se_area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id AND ad.valid_from <= r.year AND r.year <= coalesce(ad.valid_to, 9999)
  WHERE list_contains(CAST($snapshot_years AS INTEGER[]), r.year)
),
movers AS (
  SELECT b.year, b.person_id, b.zero_age_year
  FROM res AS b
  WHERE list_contains(CAST($years AS INTEGER[]), b.year)
    AND NOT EXISTS (
      SELECT 1 FROM res AS a WHERE a.person_id = b.person_id AND a.area_id = b.area_id AND a.year = b.year - 1)
    AND EXISTS (SELECT 1 FROM residence AS p WHERE p.person_id = b.person_id AND p.year = b.year - 1)
)
SELECT CAST(m.year AS INTEGER) AS year, count(*) AS movers,
  count(*) FILTER (WHERE ((m.year - 1) - m.zero_age_year BETWEEN $age_min AND $age_max AND coalesce(l.outside_fte, 0) >= $cutoff)) AS vulnerable
FROM movers AS m
LEFT JOIN area_labour AS l ON l.person_id = m.person_id AND l.year = m.year - 1 - $labour_offset
GROUP BY m.year
ORDER BY year
