-- params: {}
SELECT DISTINCT l.list_year AS year, ap.area_id, a.name, a.municipality_code, m.region_code
FROM ind_list_years AS l
JOIN area_parcels AS ap ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
JOIN areas AS a ON a.area_id = ap.area_id
LEFT JOIN ref_municipalities AS m ON m.code = a.municipality_code
ORDER BY year, ap.area_id
