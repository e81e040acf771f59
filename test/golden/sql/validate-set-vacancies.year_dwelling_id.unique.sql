-- params: {"rule_id":"vacancies.year_dwelling_id.unique","column_name":"year, dwelling_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."year", t."dwelling_id") AS h FROM "vacancies" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."year", t."dwelling_id" FROM "vacancies" AS t WHERE hash(t."year", t."dwelling_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "year", "dwelling_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'year=' || CAST(c."year" AS VARCHAR) || ', ' || 'dwelling_id=' || CAST(c."dwelling_id" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("year", "dwelling_id")
) AS o
