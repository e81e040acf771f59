-- params: {"rule_id":"daycare_institutions.institution_id.unique","column_name":"institution_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."institution_id") AS h FROM "daycare_institutions" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."institution_id" FROM "daycare_institutions" AS t WHERE hash(t."institution_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "institution_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'institution_id=' || CAST(c."institution_id" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("institution_id")
) AS o
