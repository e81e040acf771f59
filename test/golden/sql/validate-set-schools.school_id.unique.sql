-- params: {"rule_id":"schools.school_id.unique","column_name":"school_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."school_id") AS h FROM "schools" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."school_id" FROM "schools" AS t WHERE hash(t."school_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "school_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'school_id=' || CAST(c."school_id" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("school_id")
) AS o
