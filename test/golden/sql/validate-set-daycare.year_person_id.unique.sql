-- params: {"rule_id":"daycare.year_person_id.unique","column_name":"year, person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."year", t."person_id") AS h FROM "daycare" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."year", t."person_id" FROM "daycare" AS t WHERE hash(t."year", t."person_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "year", "person_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'year=' || CAST(c."year" AS VARCHAR) || ', ' || 'person_id=<person_id>' AS value
  FROM cand AS c JOIN dup USING ("year", "person_id")
) AS o
