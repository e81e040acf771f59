-- params: {"rule_0":"income.year.type","column_0":"year","rule_1":"income.gross_income.type","column_1":"gross_income","rule_2":"income.fully_taxable.type","column_2":"fully_taxable","rule_3":"income.student.type","column_3":"student","issue_table":"income"}
INSERT INTO delivery_issues (table_name, row_nr, rule_id, column_name, value)
SELECT $issue_table, row_nr, rule_id, column_name, value FROM (
  WITH flagged AS (
    SELECT t.*,
      coalesce(t."year" IS NOT NULL AND (NOT regexp_full_match(t."year", '-?[0-9]{1,9}')), false) AS _flag_0,
      coalesce(t."gross_income" IS NOT NULL AND (NOT coalesce(isfinite(TRY_CAST(t."gross_income" AS DOUBLE)), false)), false) AS _flag_1,
      coalesce(t."fully_taxable" IS NOT NULL AND (t."fully_taxable" NOT IN ('true', 'false')), false) AS _flag_2,
      coalesce(t."student" IS NOT NULL AND (t."student" NOT IN ('true', 'false')), false) AS _flag_3
    FROM "income_staged" AS t
  ),
  hits AS (
    SELECT t._row, unnest([
      CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': CAST(t."year" AS VARCHAR)} END,
      CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': CAST(t."gross_income" AS VARCHAR)} END,
      CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': CAST(t."fully_taxable" AS VARCHAR)} END,
      CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."student" AS VARCHAR)} END
    ]) AS hit
    FROM flagged AS t
    WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3
  )
  SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
  FROM hits
  WHERE hit IS NOT NULL
)
