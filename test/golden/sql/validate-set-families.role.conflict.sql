-- params: {"rule_id":"families.role.conflict","column_name":"role"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH both_roles AS (
    SELECT year, person_id FROM families WHERE role IS NOT NULL
    GROUP BY ALL HAVING count(DISTINCT role) > 1
  )
  SELECT t._row AS row_nr, 'year=' || CAST(t.year AS VARCHAR) || ', ' || t.role AS value
  FROM families AS t JOIN both_roles USING (year, person_id)
) AS o
