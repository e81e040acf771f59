-- params: {"rule_id":"language_tests.school_year_person_id_attempt.unique","column_name":"school_year, person_id, attempt"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."school_year", t."person_id", t."attempt") AS h FROM "language_tests" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."school_year", t."person_id", t."attempt" FROM "language_tests" AS t WHERE hash(t."school_year", t."person_id", t."attempt") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "school_year", "person_id", "attempt" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'school_year=' || CAST(c."school_year" AS VARCHAR) || ', ' || 'person_id=<person_id>' || ', ' || 'attempt=' || CAST(c."attempt" AS VARCHAR) AS value
  FROM cand AS c JOIN dup USING ("school_year", "person_id", "attempt")
) AS o
