-- params: {"rule_0":"area_parcels.area_id.required","column_0":"area_id","rule_1":"area_parcels.parcel_id.required","column_1":"parcel_id","rule_2":"area_parcels.valid_from.required","column_2":"valid_from","area_parcels_valid_from_min":1900,"area_parcels_valid_from_max":2100,"rule_3":"area_parcels.valid_from.plausible","column_3":"valid_from","area_parcels_valid_to_min":1900,"area_parcels_valid_to_max":2100,"rule_4":"area_parcels.valid_to.plausible","column_4":"valid_to","rule_5":"area_parcels.area_id.reference","column_5":"area_id","rule_6":"area_parcels.valid_to.inverted","column_6":"valid_to"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."area_id" IS NULL), false) AS _flag_0,
    coalesce((t."parcel_id" IS NULL), false) AS _flag_1,
    coalesce((t."valid_from" IS NULL), false) AS _flag_2,
    coalesce(t."valid_from" IS NOT NULL AND (t."valid_from" NOT BETWEEN $area_parcels_valid_from_min AND $area_parcels_valid_from_max), false) AS _flag_3,
    coalesce(t."valid_to" IS NOT NULL AND (t."valid_to" NOT BETWEEN $area_parcels_valid_to_min AND $area_parcels_valid_to_max), false) AS _flag_4,
    coalesce(t."area_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM areas a WHERE a.area_id = t.area_id)), false) AS _flag_5,
    coalesce(t."valid_to" IS NOT NULL AND (t.valid_to < t.valid_from), false) AS _flag_6
  FROM "area_parcels" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."valid_from" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."valid_to" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."area_id" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t.valid_from AS VARCHAR) || '–' || CAST(t.valid_to AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
