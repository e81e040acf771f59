-- params: {"rule_id":"families.role.conflict","column_name":"role"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH cand AS (
    SELECT t._row, t.year, t.person_id, t.role FROM families AS t
    WHERE t.role IS NOT NULL AND t._row IN (
      SELECT row_nr FROM delivery_issues
      WHERE table_name = 'families' AND rule_id = 'families.year_person_id.unique'
    )
  ),
  both_roles AS (
    SELECT year, person_id FROM cand GROUP BY ALL HAVING min(role) <> max(role)
  )
  SELECT c._row AS row_nr, 'year=' || CAST(c.year AS VARCHAR) || ', ' || c.role AS value
  FROM cand AS c JOIN both_roles USING (year, person_id)
) AS o
