-- params: {"rule_id":"income.year_person_id.unique","column_name":"year, person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH suspects AS (SELECT DISTINCT person_id FROM "income_by_person" WHERE n > year_bits),
  cand AS (
    SELECT t._row, t.year, t.person_id FROM "income" AS t JOIN suspects AS s ON s.person_id = t.person_id
  ),
  dup AS (SELECT year, person_id FROM cand GROUP BY ALL HAVING count(*) > 1)
  SELECT c._row AS row_nr, 'year=' || CAST(c.year AS VARCHAR) || ', person_id=<person_id>' AS value
  FROM cand AS c JOIN dup USING (year, person_id)
) AS o
