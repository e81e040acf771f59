-- params: {"rule_0":"income.year.required","column_0":"year","rule_1":"income.person_id.required","column_1":"person_id","rule_2":"income.gross_income.required","column_2":"gross_income","rule_3":"income.fully_taxable.required","column_3":"fully_taxable","rule_4":"income.student.required","column_4":"student","income_year_min":1900,"income_year_max":2100,"rule_5":"income.year.plausible","column_5":"year"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."gross_income" IS NULL), false) AS _flag_2,
    coalesce((t."fully_taxable" IS NULL), false) AS _flag_3,
    coalesce((t."student" IS NULL), false) AS _flag_4,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $income_year_min AND $income_year_max), false) AS _flag_5
  FROM "income" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."year" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
