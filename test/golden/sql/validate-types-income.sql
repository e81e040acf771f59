-- params: {"rule_0":"income.year.type","column_0":"year","rule_1":"income.gross_income.type","column_1":"gross_income","rule_2":"income.fully_taxable.type","column_2":"fully_taxable","rule_3":"income.student.type","column_3":"student","issue_table":"income"}
INSERT INTO delivery_issues (table_name, row_nr, rule_id, column_name, value)
SELECT $issue_table, row_nr, rule_id, column_name, value FROM (
  WITH flagged AS (
    SELECT t._row,
      coalesce(t."year" IS NOT NULL AND (NOT regexp_full_match(t."year", '-?[0-9]{1,9}')), false) AS f0,
      CAST(t."year" AS VARCHAR) AS v0,
      coalesce(t."gross_income" IS NOT NULL AND (NOT coalesce(isfinite(TRY_CAST(t."gross_income" AS DOUBLE)), false)), false) AS f1,
      CAST(t."gross_income" AS VARCHAR) AS v1,
      coalesce(t."fully_taxable" IS NOT NULL AND (t."fully_taxable" NOT IN ('true', 'false')), false) AS f2,
      CAST(t."fully_taxable" AS VARCHAR) AS v2,
      coalesce(t."student" IS NOT NULL AND (t."student" NOT IN ('true', 'false')), false) AS f3,
      CAST(t."student" AS VARCHAR) AS v3
    FROM "income_staged" AS t
  ),
  hits AS (
    SELECT _row, unnest([
      CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
      CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
      CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
      CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END
    ]) AS hit
    FROM flagged
    WHERE f0 OR f1 OR f2 OR f3
  )
  SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
  FROM hits
  WHERE hit IS NOT NULL
)
