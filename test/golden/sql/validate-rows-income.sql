-- params: {"rule_0":"income.year.required","column_0":"year","rule_1":"income.person_id.required","column_1":"person_id","rule_2":"income.gross_income.required","column_2":"gross_income","rule_3":"income.fully_taxable.required","column_3":"fully_taxable","rule_4":"income.student.required","column_4":"student","income_year_min":1900,"income_year_max":2100,"rule_5":"income.year.plausible","column_5":"year"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."year" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."person_id" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."gross_income" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce((t."fully_taxable" IS NULL), false) AS f3,
    '(tom)' AS v3,
    coalesce((t."student" IS NULL), false) AS f4,
    '(tom)' AS v4,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $income_year_min AND $income_year_max), false) AS f5,
    CAST(t."year" AS VARCHAR) AS v5
  FROM "income" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END,
    CASE WHEN f5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': v5} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
