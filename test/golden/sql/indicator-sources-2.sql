-- params: {}
CREATE OR REPLACE TABLE area_residence AS
WITH area_dwellings AS (
  SELECT d.dwelling_id FROM dwellings AS d
  WHERE d.parcel_id IN (SELECT parcel_id FROM area_parcels)
),
rows AS MATERIALIZED (
  SELECT r.year, r.person_id, r.dwelling_id
  FROM residence AS r
  SEMI JOIN area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id
)
SELECT r.year, r.person_id, r.dwelling_id,
  CAST((year(p.birth_date) + CASE WHEN dayofyear(p.birth_date) = 1 THEN 0 ELSE 1 END) AS INTEGER) AS zero_age_year, p.ie_type, p.origin_country
FROM rows AS r
JOIN persons AS p ON p.person_id = r.person_id
ORDER BY r.year
