-- params: {"rule_0":"lettings.dwelling_id.required","column_0":"dwelling_id","rule_1":"lettings.letting_date.required","column_1":"letting_date","rule_2":"lettings.letting_type.required","column_2":"letting_type","lettings_letting_type_values":["internal","external_waiting_list","flexible","combined","municipal","other"],"rule_3":"lettings.letting_type.domain","column_3":"letting_type","rule_4":"lettings.dwelling_id.reference","column_4":"dwelling_id","lettings_letting_date_min":"1900-01-01","lettings_letting_date_max":"2100-12-31","rule_5":"lettings.letting_date.plausible","column_5":"letting_date"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."dwelling_id" IS NULL), false) AS _flag_0,
    coalesce((t."letting_date" IS NULL), false) AS _flag_1,
    coalesce((t."letting_type" IS NULL), false) AS _flag_2,
    coalesce(t."letting_type" IS NOT NULL AND (NOT list_contains($lettings_letting_type_values, t."letting_type")), false) AS _flag_3,
    coalesce(t."dwelling_id" IS NOT NULL AND (d.dwelling_id IS NULL), false) AS _flag_4,
    coalesce(t."letting_date" IS NOT NULL AND (t."letting_date" NOT BETWEEN CAST($lettings_letting_date_min AS DATE) AND CAST($lettings_letting_date_max AS DATE)), false) AS _flag_5
  FROM "lettings" AS t
  LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."letting_type" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."dwelling_id" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."letting_date" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
