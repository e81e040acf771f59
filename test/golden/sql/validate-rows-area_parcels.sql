-- params: {"rule_0":"area_parcels.area_id.required","column_0":"area_id","rule_1":"area_parcels.parcel_id.required","column_1":"parcel_id","rule_2":"area_parcels.valid_from.required","column_2":"valid_from","area_parcels_valid_from_min":1900,"area_parcels_valid_from_max":2100,"rule_3":"area_parcels.valid_from.plausible","column_3":"valid_from","area_parcels_valid_to_min":1900,"area_parcels_valid_to_max":2100,"rule_4":"area_parcels.valid_to.plausible","column_4":"valid_to","rule_5":"area_parcels.area_id.reference","column_5":"area_id","rule_6":"area_parcels.valid_to.inverted","column_6":"valid_to"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."area_id" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."parcel_id" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."valid_from" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce(t."valid_from" IS NOT NULL AND (t."valid_from" NOT BETWEEN $area_parcels_valid_from_min AND $area_parcels_valid_from_max), false) AS f3,
    CAST(t."valid_from" AS VARCHAR) AS v3,
    coalesce(t."valid_to" IS NOT NULL AND (t."valid_to" NOT BETWEEN $area_parcels_valid_to_min AND $area_parcels_valid_to_max), false) AS f4,
    CAST(t."valid_to" AS VARCHAR) AS v4,
    coalesce(t."area_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM areas a WHERE a.area_id = t.area_id)), false) AS f5,
    CAST(t."area_id" AS VARCHAR) AS v5,
    coalesce(t."valid_to" IS NOT NULL AND (t.valid_to < t.valid_from), false) AS f6,
    CAST(t.valid_from AS VARCHAR) || '–' || CAST(t.valid_to AS VARCHAR) AS v6
  FROM "area_parcels" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END,
    CASE WHEN f5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': v5} END,
    CASE WHEN f6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': v6} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5 OR f6
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
