-- params: {"years":[2023,2024],"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE duty_area_residence AS
SELECT r.year, r.person_id, ap.area_id
FROM residence AS r
JOIN dwellings AS d ON d.dwelling_id = r.dwelling_id
JOIN area_parcels AS ap ON ap.parcel_id = d.parcel_id
  AND ap.valid_from <= r.year AND r.year <= coalesce(ap.valid_to, 9999)
WHERE list_contains($years, r.year)
  AND (d.ownership = 'almen'
    OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind)))
