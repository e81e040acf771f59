-- params: {"rule_id":"education.person_id.reference","column_name":"person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH missing AS (
    SELECT DISTINCT b.person_id FROM "education_by_person" AS b
    WHERE NOT EXISTS (SELECT 1 FROM persons AS p WHERE p.person_id = b.person_id)
  )
  SELECT t._row AS row_nr, '<person_id>' AS value
  FROM "education" AS t JOIN missing AS m ON m.person_id = t.person_id
) AS o
