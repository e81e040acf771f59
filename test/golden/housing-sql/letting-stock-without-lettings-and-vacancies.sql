-- params: {"next":2025}
WITH stock AS (
  SELECT s.dwelling_id FROM dwelling_states AS s WHERE s.valid_from <= $next AND $next <= coalesce(s.valid_to, 9999) AND s.built_year < $next AND s.ownership = 'almen' AND s.kind IN ('family', 'room')
),
let_y AS (
  SELECT CAST(NULL AS VARCHAR) AS dwelling_id WHERE false
),
vacant AS (SELECT CAST(NULL AS VARCHAR) AS dwelling_id WHERE false),
stock_flags AS (
  SELECT st.dwelling_id, v.dwelling_id IS NOT NULL AS is_vacant, l.dwelling_id IS NOT NULL AS is_let
  FROM stock AS st
  LEFT JOIN vacant AS v ON v.dwelling_id = st.dwelling_id
  LEFT JOIN let_y AS l ON l.dwelling_id = st.dwelling_id
),
by_category AS (
  SELECT c.category, f.is_vacant, f.is_let
  FROM stock_flags AS f JOIN hou_category_dwellings AS c ON c.dwelling_id = f.dwelling_id
  UNION ALL
  SELECT 'country' AS category, is_vacant, is_let FROM stock_flags
),
let_by_category AS (
  SELECT c.category, count(*) AS n
  FROM let_y AS l JOIN hou_category_dwellings AS c ON c.dwelling_id = l.dwelling_id
  GROUP BY c.category
  UNION ALL
  SELECT 'country' AS category, count(*) AS n FROM let_y
),
stock_by_category AS (
  SELECT category, count(*) AS tenancies,
    count(*) FILTER (WHERE is_vacant) AS vacant,
    count(*) FILTER (WHERE is_vacant AND NOT is_let) AS vacant_not_let
  FROM by_category
  GROUP BY category
)
SELECT coalesce(s.category, l.category) AS category,
  coalesce(s.tenancies, 0) AS tenancies, coalesce(s.vacant, 0) AS vacant,
  coalesce(s.vacant_not_let, 0) AS vacant_not_let, coalesce(l.n, 0) AS let_dwellings
FROM stock_by_category AS s
FULL JOIN let_by_category AS l ON l.category = s.category
ORDER BY category
