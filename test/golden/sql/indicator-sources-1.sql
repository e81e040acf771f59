-- params: {}
CREATE OR REPLACE TABLE area_residence AS
WITH area_dwellings AS (
  SELECT d.dwelling_id FROM dwellings AS d
  WHERE d.parcel_id IN (SELECT parcel_id FROM area_parcels)
)
SELECT r.year, r.person_id, r.dwelling_id
FROM residence AS r
SEMI JOIN area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id
