-- params: {"rule_id":"residence.year.beforeBirth","column_name":"year"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH suspects AS (
        SELECT DISTINCT b.person_id, p.birth_date FROM residence_by_person AS b
        JOIN persons AS p ON p.person_id = b.person_id
        WHERE p.birth_date > make_date(b.first_year, 1, 1)
      )
      SELECT DISTINCT t._row AS row_nr, CAST(t.year AS VARCHAR) AS value
      FROM residence AS t JOIN suspects AS s ON s.person_id = t.person_id
      WHERE s.birth_date > make_date(t.year, 1, 1)
) AS o
