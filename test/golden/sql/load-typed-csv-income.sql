-- params: {"rule_0":"income.year.type","column_0":"year","rule_1":"income.gross_income.type","column_1":"gross_income","rule_2":"income.fully_taxable.type","column_2":"fully_taxable","rule_3":"income.student.type","column_3":"student","path":"/delivery/income.csv"}
CREATE OR REPLACE TABLE "income_data" AS
SELECT TRY_CAST(t."year" AS INTEGER) AS "year",
  CAST(t."person_id" AS VARCHAR) AS "person_id",
  TRY_CAST(t."gross_income" AS DOUBLE) AS "gross_income",
  TRY_CAST(t."fully_taxable" AS BOOLEAN) AS "fully_taxable",
  TRY_CAST(t."student" AS BOOLEAN) AS "student",
  CASE WHEN coalesce(t."year" IS NOT NULL AND (NOT regexp_full_match(t."year", '-?[0-9]{1,9}')), false) OR coalesce(t."gross_income" IS NOT NULL AND (NOT coalesce(isfinite(TRY_CAST(t."gross_income" AS DOUBLE)), false)), false) OR coalesce(t."fully_taxable" IS NOT NULL AND (t."fully_taxable" NOT IN ('true', 'false')), false) OR coalesce(t."student" IS NOT NULL AND (t."student" NOT IN ('true', 'false')), false)
      THEN [CASE WHEN coalesce(t."year" IS NOT NULL AND (NOT regexp_full_match(t."year", '-?[0-9]{1,9}')), false) THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': CAST(t."year" AS VARCHAR)} END, CASE WHEN coalesce(t."gross_income" IS NOT NULL AND (NOT coalesce(isfinite(TRY_CAST(t."gross_income" AS DOUBLE)), false)), false) THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': CAST(t."gross_income" AS VARCHAR)} END, CASE WHEN coalesce(t."fully_taxable" IS NOT NULL AND (t."fully_taxable" NOT IN ('true', 'false')), false) THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': CAST(t."fully_taxable" AS VARCHAR)} END, CASE WHEN coalesce(t."student" IS NOT NULL AND (t."student" NOT IN ('true', 'false')), false) THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."student" AS VARCHAR)} END]
    END AS _type_issues
FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"') AS t
