-- params: {"rule_id":"persons.person_id.unique","column_name":"person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."person_id") AS h FROM "persons" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."person_id" FROM "persons" AS t WHERE hash(t."person_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "person_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'person_id=<person_id>' AS value
  FROM cand AS c JOIN dup USING ("person_id")
) AS o
