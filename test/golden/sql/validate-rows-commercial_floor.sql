-- params: {"rule_0":"commercial_floor.year.required","column_0":"year","rule_1":"commercial_floor.parcel_id.required","column_1":"parcel_id","rule_2":"commercial_floor.floor_m2.required","column_2":"floor_m2","commercial_floor_year_min":1900,"commercial_floor_year_max":2100,"rule_3":"commercial_floor.year.plausible","column_3":"year","commercial_floor_floor_m2_lo":0,"rule_4":"commercial_floor.floor_m2.range","column_4":"floor_m2"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."parcel_id" IS NULL), false) AS _flag_1,
    coalesce((t."floor_m2" IS NULL), false) AS _flag_2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $commercial_floor_year_min AND $commercial_floor_year_max), false) AS _flag_3,
    coalesce(t."floor_m2" IS NOT NULL AND (t."floor_m2" < $commercial_floor_floor_m2_lo), false) AS _flag_4
  FROM "commercial_floor" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."floor_m2" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
