-- params: {"rule_0":"dwellings.dwelling_id.required","column_0":"dwelling_id","rule_1":"dwellings.municipality_code.required","column_1":"municipality_code","rule_2":"dwellings.ownership.required","column_2":"ownership","rule_3":"dwellings.kind.required","column_3":"kind","rule_4":"dwellings.built_year.required","column_4":"built_year","dwellings_ownership_values":["almen","other"],"rule_5":"dwellings.ownership.domain","column_5":"ownership","dwellings_kind_values":["family","youth","elderly","room","other"],"rule_6":"dwellings.kind.domain","column_6":"kind","rule_7":"dwellings.municipality_code.domain","column_7":"municipality_code","dwellings_built_year_min":1000,"dwellings_built_year_max":2100,"rule_8":"dwellings.built_year.plausible","column_8":"built_year","rule_9":"dwellings.parcel_id.reference","column_9":"parcel_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."dwelling_id" IS NULL), false) AS _flag_0,
    coalesce((t."municipality_code" IS NULL), false) AS _flag_1,
    coalesce((t."ownership" IS NULL), false) AS _flag_2,
    coalesce((t."kind" IS NULL), false) AS _flag_3,
    coalesce((t."built_year" IS NULL), false) AS _flag_4,
    coalesce(t."ownership" IS NOT NULL AND (NOT list_contains($dwellings_ownership_values, t."ownership")), false) AS _flag_5,
    coalesce(t."kind" IS NOT NULL AND (NOT list_contains($dwellings_kind_values, t."kind")), false) AS _flag_6,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS _flag_7,
    coalesce(t."built_year" IS NOT NULL AND (t."built_year" NOT BETWEEN $dwellings_built_year_min AND $dwellings_built_year_max), false) AS _flag_8,
    coalesce(t."parcel_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM area_parcels ap WHERE ap.parcel_id = t.parcel_id)), false) AS _flag_9
  FROM "dwellings" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."ownership" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."kind" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t."municipality_code" AS VARCHAR)} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': CAST(t."built_year" AS VARCHAR)} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': CAST(t."parcel_id" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
