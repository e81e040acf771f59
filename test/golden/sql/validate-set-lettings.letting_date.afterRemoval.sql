-- params: {"rule_id":"lettings.letting_date.afterRemoval","column_name":"letting_date"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH removed AS (
    SELECT dwelling_id, min(event_date) AS removed_on FROM dwelling_events
    WHERE event IN ('demolished', 'merged') AND event_date IS NOT NULL
    GROUP BY dwelling_id
  )
  SELECT DISTINCT t._row AS row_nr,
    strftime(t.letting_date, '%Y-%m-%d') || ' (fjernet ' || strftime(r.removed_on, '%Y-%m-%d') || ')' AS value
  FROM lettings AS t JOIN removed AS r ON r.dwelling_id = t.dwelling_id
  WHERE r.removed_on < t.letting_date
) AS o
