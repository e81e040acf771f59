-- params: {"year":2024,"age_min":18,"age_max":64,"cutoff":0.5,"labour_offset":1}
INSERT INTO se_municipality_moves
WITH moves AS MATERIALIZED (
  SELECT a.person_id, a.municipality_code AS from_code, b.municipality_code AS to_code
  FROM residence AS a
  JOIN residence AS b ON b.person_id = a.person_id
  WHERE a.year = $year - 1 AND b.year = $year AND a.municipality_code <> b.municipality_code
),
ages AS (
  SELECT DISTINCT person_id, zero_age_year FROM person_years
  WHERE person_id IN (SELECT person_id FROM moves)
)
SELECT CAST($year AS INTEGER) AS year, m.from_code, m.to_code, count(*) AS movers,
  count(*) FILTER (WHERE (($year - 1) - g.zero_age_year BETWEEN $age_min AND $age_max AND coalesce(l.outside_fte, 0) >= $cutoff)) AS vulnerable
FROM moves AS m
JOIN ages AS g ON g.person_id = m.person_id
LEFT JOIN labour AS l ON l.person_id = m.person_id AND l.year = $year - 1 - $labour_offset
GROUP BY m.from_code, m.to_code
ORDER BY m.from_code, m.to_code
