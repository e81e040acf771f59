-- params: {"rule_id":"lettings.dwelling_id.notAlmen","column_name":"dwelling_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH sold AS (
    SELECT dwelling_id, event_date, ownership_after FROM dwelling_events
    WHERE event = 'sold' AND event_date IS NOT NULL AND ownership_after IS NOT NULL
  ),
  owned AS (
    SELECT t._row, t.dwelling_id, coalesce(s.ownership_after, d.ownership) AS ownership
    FROM lettings AS t
    JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
    ASOF LEFT JOIN sold AS s ON s.dwelling_id = t.dwelling_id AND s.event_date < t.letting_date
    WHERE t.letting_date IS NOT NULL
  )
  SELECT DISTINCT _row AS row_nr, dwelling_id || ' (' || ownership || ')' AS value
  FROM owned WHERE ownership <> 'almen'
) AS o
