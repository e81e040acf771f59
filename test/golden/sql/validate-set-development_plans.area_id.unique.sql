-- params: {"rule_id":"development_plans.area_id.unique","column_name":"area_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."area_id") AS h FROM "development_plans" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."area_id" FROM "development_plans" AS t WHERE hash(t."area_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "area_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'area_id=' || CAST(c."area_id" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("area_id")
) AS o
