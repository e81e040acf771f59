-- params: {"rule_id":"area_parcels.parcel_id.overlap","column_name":"parcel_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
SELECT DISTINCT a._row AS row_nr,
        a.parcel_id || ' (' || a.area_id || ' og ' || b.area_id || ')' AS value
      FROM area_parcels AS a
      JOIN area_parcels AS b
        ON a.parcel_id = b.parcel_id AND a._row <> b._row
       AND a.valid_from <= coalesce(b.valid_to, 9999)
       AND b.valid_from <= coalesce(a.valid_to, 9999)
) AS o
