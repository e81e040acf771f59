-- params: {"categories":["udsat","forebyggelse","forebyggelse"],"areas":["A","B","C"],"list_year":2024}
CREATE OR REPLACE TEMP TABLE hou_category_dwellings AS
WITH category_areas AS (
  SELECT CAST(unnest($categories) AS VARCHAR) AS category, CAST(unnest($areas) AS VARCHAR) AS area_id
)
SELECT DISTINCT c.category, d.dwelling_id
FROM category_areas AS c
JOIN area_parcels AS ap ON ap.area_id = c.area_id
  AND ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
JOIN dwellings AS d ON d.parcel_id = ap.parcel_id
