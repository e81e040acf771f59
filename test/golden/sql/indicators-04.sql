-- params: {"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE ind_area_dwellings AS
WITH delimitations AS (
  SELECT delimitation, min(list_year) AS list_year FROM ind_delimitations GROUP BY delimitation
)
SELECT l.delimitation, ap.area_id, d.dwelling_id
FROM delimitations AS l
JOIN area_parcels AS ap
  ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
JOIN dwellings AS d ON d.parcel_id = ap.parcel_id
WHERE d.ownership = 'almen'
   OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind))
