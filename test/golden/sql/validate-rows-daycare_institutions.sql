-- params: {"rule_0":"daycare_institutions.institution_id.required","column_0":"institution_id","rule_1":"daycare_institutions.municipality_code.required","column_1":"municipality_code","rule_2":"daycare_institutions.kind.required","column_2":"kind","daycare_institutions_kind_values":["kommunal","selvejende","privat","dagpleje"],"rule_3":"daycare_institutions.kind.domain","column_3":"kind","rule_4":"daycare_institutions.municipality_code.domain","column_4":"municipality_code","daycare_institutions_dispensation_until_min":1900,"daycare_institutions_dispensation_until_max":2100,"rule_5":"daycare_institutions.dispensation_until.plausible","column_5":"dispensation_until"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."institution_id" IS NULL), false) AS _flag_0,
    coalesce((t."municipality_code" IS NULL), false) AS _flag_1,
    coalesce((t."kind" IS NULL), false) AS _flag_2,
    coalesce(t."kind" IS NOT NULL AND (NOT list_contains($daycare_institutions_kind_values, t."kind")), false) AS _flag_3,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS _flag_4,
    coalesce(t."dispensation_until" IS NOT NULL AND (t."dispensation_until" NOT BETWEEN $daycare_institutions_dispensation_until_min AND $daycare_institutions_dispensation_until_max), false) AS _flag_5
  FROM "daycare_institutions" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."kind" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."municipality_code" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."dispensation_until" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
