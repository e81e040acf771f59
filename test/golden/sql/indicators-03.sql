-- params: {"counted_if_other_built_from":2010}
CREATE OR REPLACE TEMP TABLE ind_area_dwellings AS
SELECT l.list_year, ap.area_id, d.dwelling_id
FROM ind_list_years AS l
JOIN area_parcels AS ap
  ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
JOIN dwellings AS d ON d.parcel_id = ap.parcel_id
WHERE NOT (d.ownership = 'other' AND d.built_year < $counted_if_other_built_from)
