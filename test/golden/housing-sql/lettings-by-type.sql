-- params: {"years":[2023,2024]}
WITH let AS (
  SELECT l.dwelling_id, CAST(year(l.letting_date) AS INTEGER) AS year, l.letting_type
  FROM lettings AS l
  JOIN dwelling_states AS s ON s.dwelling_id = l.dwelling_id
    AND s.valid_from <= year(l.letting_date) AND year(l.letting_date) <= coalesce(s.valid_to, 9999) AND s.ownership = 'almen' AND s.kind IN ('family', 'room')
  WHERE list_contains(CAST($years AS INTEGER[]), CAST(year(l.letting_date) AS INTEGER))
),
categorised AS (
  SELECT c.category, let.year, let.letting_type
  FROM let JOIN hou_category_dwellings AS c ON c.dwelling_id = let.dwelling_id
  UNION ALL
  SELECT 'country' AS category, year, letting_type FROM let
)
SELECT category, year, letting_type, count(*) AS n
FROM categorised
GROUP BY category, year, letting_type
ORDER BY category, year, letting_type
