-- params: {"rule_0":"education.year.required","column_0":"year","rule_1":"education.person_id.required","column_1":"person_id","rule_2":"education.level.required","column_2":"level","rule_3":"education.level_danish.required","column_3":"level_danish","education_level_values":["basic","upper_secondary","vocational","short_cycle","bachelor","master","phd","unknown"],"rule_4":"education.level.domain","column_4":"level","education_level_danish_values":["basic","upper_secondary","vocational","short_cycle","bachelor","master","phd","unknown"],"rule_5":"education.level_danish.domain","column_5":"level_danish","education_year_min":1900,"education_year_max":2100,"rule_6":"education.year.plausible","column_6":"year"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."level" IS NULL), false) AS _flag_2,
    coalesce((t."level_danish" IS NULL), false) AS _flag_3,
    coalesce(t."level" IS NOT NULL AND (NOT list_contains($education_level_values, t."level")), false) AS _flag_4,
    coalesce(t."level_danish" IS NOT NULL AND (NOT list_contains($education_level_danish_values, t."level_danish")), false) AS _flag_5,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $education_year_min AND $education_year_max), false) AS _flag_6
  FROM "education" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."level" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."level_danish" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."year" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
