-- params: {"list_year":2024,"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE rep_area_dwellings AS
WITH dwelling_states AS (
  SELECT dwelling_id, parcel_id, built_year, ownership AS built_ownership, kind AS built_kind,
    ownership, kind, 0 AS valid_from, CAST(NULL AS INTEGER) AS valid_to
  FROM dwellings
)
SELECT DISTINCT ap.area_id, d.dwelling_id, d.valid_from, d.valid_to
FROM area_parcels AS ap
JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
WHERE ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
  AND ap.area_id IN (SELECT area_id FROM rep_category_areas)
  AND (d.ownership = 'almen'
    OR (d.built_ownership = 'almen' AND d.built_year < $non_public_built_from)
    OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind)))
