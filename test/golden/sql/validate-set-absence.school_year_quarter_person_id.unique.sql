-- params: {"rule_id":"absence.school_year_quarter_person_id.unique","column_name":"school_year, quarter, person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t."school_year", t."quarter", t."person_id") AS h FROM "absence" AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t."school_year", t."quarter", t."person_id" FROM "absence" AS t WHERE hash(t."school_year", t."quarter", t."person_id") IN (SELECT h FROM dup_hash)
  ),
  dup AS (
    SELECT "school_year", "quarter", "person_id" FROM cand GROUP BY ALL HAVING count(*) > 1
  )
  SELECT c._row AS row_nr, 'school_year=' || CAST(c."school_year" AS VARCHAR) || ', ' || 'quarter=' || CAST(c."quarter" AS VARCHAR) || ', ' || 'person_id=<person_id>' AS value
  FROM cand AS c JOIN dup USING ("school_year", "quarter", "person_id")
) AS o
