-- params: {"rule_id":"plan_reports.area_id_report_year_year.unique","column_name":"area_id, report_year, year"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."area_id", t."report_year", t."year") AS h FROM "plan_reports" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."area_id", t."report_year", t."year" FROM "plan_reports" AS t WHERE hash(t."area_id", t."report_year", t."year") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "area_id", "report_year", "year" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'area_id=' || CAST(c."area_id" AS VARCHAR) || ', ' || 'report_year=' || CAST(c."report_year" AS VARCHAR) || ', ' || 'year=' || CAST(c."year" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("area_id", "report_year", "year")
) AS o
