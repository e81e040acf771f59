-- params: {"rule_id":"families.role.conflict","column_name":"role"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH dup_hash AS (
    SELECT hash(t.year, t.person_id) AS h FROM families AS t GROUP BY h HAVING count(*) > 1
  ),
  cand AS (
    SELECT t._row, t.year, t.person_id, t.role FROM families AS t
    WHERE t.role IS NOT NULL AND hash(t.year, t.person_id) IN (SELECT h FROM dup_hash)
  ),
  both_roles AS (
    SELECT year, person_id FROM cand GROUP BY ALL HAVING min(role) <> max(role)
  )
  SELECT c._row AS row_nr, 'year=' || CAST(c.year AS VARCHAR) || ', ' || c.role AS value
  FROM cand AS c JOIN both_roles USING (year, person_id)
) AS o
