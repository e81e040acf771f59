-- params: {"rule_0":"plan_reports.area_id.required","column_0":"area_id","rule_1":"plan_reports.report_year.required","column_1":"report_year","rule_2":"plan_reports.status.required","column_2":"status","rule_3":"plan_reports.year.required","column_3":"year","rule_4":"plan_reports.kind.required","column_4":"kind","rule_5":"plan_reports.public_family_dwellings.required","column_5":"public_family_dwellings","rule_6":"plan_reports.other_dwellings.required","column_6":"other_dwellings","rule_7":"plan_reports.commercial_m2.required","column_7":"commercial_m2","rule_8":"plan_reports.relabelled.required","column_8":"relabelled","rule_9":"plan_reports.sold.required","column_9":"sold","rule_10":"plan_reports.demolished.required","column_10":"demolished","rule_11":"plan_reports.built_dwellings.required","column_11":"built_dwellings","rule_12":"plan_reports.built_commercial_units.required","column_12":"built_commercial_units","plan_reports_status_values":["accepted","not_accepted","pending"],"rule_13":"plan_reports.status.domain","column_13":"status","plan_reports_kind_values":["realised","planned"],"rule_14":"plan_reports.kind.domain","column_14":"kind","rule_15":"plan_reports.area_id.reference","column_15":"area_id","plan_reports_report_year_min":1900,"plan_reports_report_year_max":2100,"rule_16":"plan_reports.report_year.plausible","column_16":"report_year","plan_reports_year_min":1900,"plan_reports_year_max":2100,"rule_17":"plan_reports.year.plausible","column_17":"year","plan_reports_public_family_dwellings_lo":0,"rule_18":"plan_reports.public_family_dwellings.range","column_18":"public_family_dwellings","plan_reports_other_dwellings_lo":0,"rule_19":"plan_reports.other_dwellings.range","column_19":"other_dwellings","plan_reports_commercial_m2_lo":0,"rule_20":"plan_reports.commercial_m2.range","column_20":"commercial_m2","plan_reports_relabelled_lo":0,"rule_21":"plan_reports.relabelled.range","column_21":"relabelled","plan_reports_sold_lo":0,"rule_22":"plan_reports.sold.range","column_22":"sold","plan_reports_demolished_lo":0,"rule_23":"plan_reports.demolished.range","column_23":"demolished","plan_reports_built_dwellings_lo":0,"rule_24":"plan_reports.built_dwellings.range","column_24":"built_dwellings","plan_reports_built_commercial_units_lo":0,"rule_25":"plan_reports.built_commercial_units.range","column_25":"built_commercial_units","rule_26":"plan_reports.year.realisedAfterReport","column_26":"year","rule_27":"plan_reports.public_family_dwellings.shareUndefined","column_27":"public_family_dwellings"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."area_id" IS NULL), false) AS _flag_0,
    coalesce((t."report_year" IS NULL), false) AS _flag_1,
    coalesce((t."status" IS NULL), false) AS _flag_2,
    coalesce((t."year" IS NULL), false) AS _flag_3,
    coalesce((t."kind" IS NULL), false) AS _flag_4,
    coalesce((t."public_family_dwellings" IS NULL), false) AS _flag_5,
    coalesce((t."other_dwellings" IS NULL), false) AS _flag_6,
    coalesce((t."commercial_m2" IS NULL), false) AS _flag_7,
    coalesce((t."relabelled" IS NULL), false) AS _flag_8,
    coalesce((t."sold" IS NULL), false) AS _flag_9,
    coalesce((t."demolished" IS NULL), false) AS _flag_10,
    coalesce((t."built_dwellings" IS NULL), false) AS _flag_11,
    coalesce((t."built_commercial_units" IS NULL), false) AS _flag_12,
    coalesce(t."status" IS NOT NULL AND (NOT list_contains($plan_reports_status_values, t."status")), false) AS _flag_13,
    coalesce(t."kind" IS NOT NULL AND (NOT list_contains($plan_reports_kind_values, t."kind")), false) AS _flag_14,
    coalesce(t."area_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM "development_plans" AS dp WHERE dp."area_id" = t."area_id")), false) AS _flag_15,
    coalesce(t."report_year" IS NOT NULL AND (t."report_year" NOT BETWEEN $plan_reports_report_year_min AND $plan_reports_report_year_max), false) AS _flag_16,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $plan_reports_year_min AND $plan_reports_year_max), false) AS _flag_17,
    coalesce(t."public_family_dwellings" IS NOT NULL AND (t."public_family_dwellings" < $plan_reports_public_family_dwellings_lo), false) AS _flag_18,
    coalesce(t."other_dwellings" IS NOT NULL AND (t."other_dwellings" < $plan_reports_other_dwellings_lo), false) AS _flag_19,
    coalesce(t."commercial_m2" IS NOT NULL AND (t."commercial_m2" < $plan_reports_commercial_m2_lo), false) AS _flag_20,
    coalesce(t."relabelled" IS NOT NULL AND (t."relabelled" < $plan_reports_relabelled_lo), false) AS _flag_21,
    coalesce(t."sold" IS NOT NULL AND (t."sold" < $plan_reports_sold_lo), false) AS _flag_22,
    coalesce(t."demolished" IS NOT NULL AND (t."demolished" < $plan_reports_demolished_lo), false) AS _flag_23,
    coalesce(t."built_dwellings" IS NOT NULL AND (t."built_dwellings" < $plan_reports_built_dwellings_lo), false) AS _flag_24,
    coalesce(t."built_commercial_units" IS NOT NULL AND (t."built_commercial_units" < $plan_reports_built_commercial_units_lo), false) AS _flag_25,
    coalesce(t."year" IS NOT NULL AND (t.kind = 'realised' AND t.year > t.report_year), false) AS _flag_26,
    coalesce(t."public_family_dwellings" IS NOT NULL AND (t.public_family_dwellings = 0 AND t.other_dwellings = 0 AND t.commercial_m2 = 0), false) AS _flag_27
  FROM "plan_reports" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': '(tom)'} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': '(tom)'} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': '(tom)'} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': '(tom)'} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': '(tom)'} END,
    CASE WHEN t._flag_10 THEN {'rule_id': $rule_10, 'column_name': $column_10, 'value': '(tom)'} END,
    CASE WHEN t._flag_11 THEN {'rule_id': $rule_11, 'column_name': $column_11, 'value': '(tom)'} END,
    CASE WHEN t._flag_12 THEN {'rule_id': $rule_12, 'column_name': $column_12, 'value': '(tom)'} END,
    CASE WHEN t._flag_13 THEN {'rule_id': $rule_13, 'column_name': $column_13, 'value': CAST(t."status" AS VARCHAR)} END,
    CASE WHEN t._flag_14 THEN {'rule_id': $rule_14, 'column_name': $column_14, 'value': CAST(t."kind" AS VARCHAR)} END,
    CASE WHEN t._flag_15 THEN {'rule_id': $rule_15, 'column_name': $column_15, 'value': CAST(t."area_id" AS VARCHAR)} END,
    CASE WHEN t._flag_16 THEN {'rule_id': $rule_16, 'column_name': $column_16, 'value': CAST(t."report_year" AS VARCHAR)} END,
    CASE WHEN t._flag_17 THEN {'rule_id': $rule_17, 'column_name': $column_17, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_18 THEN {'rule_id': $rule_18, 'column_name': $column_18, 'value': CAST(t."public_family_dwellings" AS VARCHAR)} END,
    CASE WHEN t._flag_19 THEN {'rule_id': $rule_19, 'column_name': $column_19, 'value': CAST(t."other_dwellings" AS VARCHAR)} END,
    CASE WHEN t._flag_20 THEN {'rule_id': $rule_20, 'column_name': $column_20, 'value': CAST(t."commercial_m2" AS VARCHAR)} END,
    CASE WHEN t._flag_21 THEN {'rule_id': $rule_21, 'column_name': $column_21, 'value': CAST(t."relabelled" AS VARCHAR)} END,
    CASE WHEN t._flag_22 THEN {'rule_id': $rule_22, 'column_name': $column_22, 'value': CAST(t."sold" AS VARCHAR)} END,
    CASE WHEN t._flag_23 THEN {'rule_id': $rule_23, 'column_name': $column_23, 'value': CAST(t."demolished" AS VARCHAR)} END,
    CASE WHEN t._flag_24 THEN {'rule_id': $rule_24, 'column_name': $column_24, 'value': CAST(t."built_dwellings" AS VARCHAR)} END,
    CASE WHEN t._flag_25 THEN {'rule_id': $rule_25, 'column_name': $column_25, 'value': CAST(t."built_commercial_units" AS VARCHAR)} END,
    CASE WHEN t._flag_26 THEN {'rule_id': $rule_26, 'column_name': $column_26, 'value': CAST(t.year AS VARCHAR) || ' > ' || CAST(t.report_year AS VARCHAR)} END,
    CASE WHEN t._flag_27 THEN {'rule_id': $rule_27, 'column_name': $column_27, 'value': '0 + 0 + 0/75'} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9 OR t._flag_10 OR t._flag_11 OR t._flag_12 OR t._flag_13 OR t._flag_14 OR t._flag_15 OR t._flag_16 OR t._flag_17 OR t._flag_18 OR t._flag_19 OR t._flag_20 OR t._flag_21 OR t._flag_22 OR t._flag_23 OR t._flag_24 OR t._flag_25 OR t._flag_26 OR t._flag_27
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
