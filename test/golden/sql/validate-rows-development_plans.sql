-- params: {"rule_0":"development_plans.area_id.required","column_0":"area_id","rule_1":"development_plans.approved_date.required","column_1":"approved_date","rule_2":"development_plans.baseline_year.required","column_2":"baseline_year","rule_3":"development_plans.target_pct.required","column_3":"target_pct","rule_4":"development_plans.dispensation.required","column_4":"dispensation","development_plans_dispensation_values":["none","stk3","stk4"],"rule_5":"development_plans.dispensation.domain","column_5":"dispensation","rule_6":"development_plans.area_id.reference","column_6":"area_id","development_plans_approved_date_min":"1900-01-01","development_plans_approved_date_max":"2100-12-31","rule_7":"development_plans.approved_date.plausible","column_7":"approved_date","development_plans_baseline_year_min":1900,"development_plans_baseline_year_max":2100,"rule_8":"development_plans.baseline_year.plausible","column_8":"baseline_year","development_plans_target_pct_lo":0,"development_plans_target_pct_hi":100,"rule_9":"development_plans.target_pct.range","column_9":"target_pct"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."area_id" IS NULL), false) AS _flag_0,
    coalesce((t."approved_date" IS NULL), false) AS _flag_1,
    coalesce((t."baseline_year" IS NULL), false) AS _flag_2,
    coalesce((t."target_pct" IS NULL), false) AS _flag_3,
    coalesce((t."dispensation" IS NULL), false) AS _flag_4,
    coalesce(t."dispensation" IS NOT NULL AND (NOT list_contains($development_plans_dispensation_values, t."dispensation")), false) AS _flag_5,
    coalesce(t."area_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM "areas" AS a WHERE a."area_id" = t."area_id")), false) AS _flag_6,
    coalesce(t."approved_date" IS NOT NULL AND (t."approved_date" NOT BETWEEN CAST($development_plans_approved_date_min AS DATE) AND CAST($development_plans_approved_date_max AS DATE)), false) AS _flag_7,
    coalesce(t."baseline_year" IS NOT NULL AND (t."baseline_year" NOT BETWEEN $development_plans_baseline_year_min AND $development_plans_baseline_year_max), false) AS _flag_8,
    coalesce(t."target_pct" IS NOT NULL AND (t."target_pct" < $development_plans_target_pct_lo OR t."target_pct" > $development_plans_target_pct_hi), false) AS _flag_9
  FROM "development_plans" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."dispensation" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."area_id" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t."approved_date" AS VARCHAR)} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': CAST(t."baseline_year" AS VARCHAR)} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': CAST(t."target_pct" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
