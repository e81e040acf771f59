-- params: {"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE ind_area_dwellings AS
WITH delimitations AS (
  SELECT delimitation, min(list_year) AS list_year FROM ind_delimitations GROUP BY delimitation
),
dwelling_states AS (
  SELECT dwelling_id, parcel_id, built_year, ownership AS built_ownership, kind AS built_kind,
    ownership, kind, 0 AS valid_from, CAST(NULL AS INTEGER) AS valid_to
  FROM dwellings
)
SELECT l.delimitation, ap.area_id, d.dwelling_id, d.valid_from, d.valid_to
FROM delimitations AS l
JOIN area_parcels AS ap
  ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
WHERE d.ownership = 'almen'
   OR (d.built_ownership = 'almen' AND d.built_year < $non_public_built_from)
   OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind))
