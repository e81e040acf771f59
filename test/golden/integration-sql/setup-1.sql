-- params: {"list_year":2024,"areas":["A","B"],"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE int_area_dwellings AS
SELECT DISTINCT d.dwelling_id
FROM area_parcels AS ap
JOIN dwellings AS d ON d.parcel_id = ap.parcel_id
WHERE ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
  AND list_contains(CAST($areas AS VARCHAR[]), ap.area_id)
  AND (d.ownership = 'almen'
    OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind)))
