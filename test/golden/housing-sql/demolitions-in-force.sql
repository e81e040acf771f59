-- params: {"from":2018,"to":2024,"fixed":false,"list_year":0,"offset":-1}
WITH demolished AS (
  SELECT e.dwelling_id, min(e.event_date) AS event_date
  FROM dwelling_events AS e
  WHERE e.event = 'demolished' AND e.strategic IS TRUE
    AND year(e.event_date) BETWEEN $from AND $to
  GROUP BY e.dwelling_id
),
placed AS (
  SELECT x.dwelling_id, x.event_date, d.parcel_id,
    CASE WHEN $fixed THEN $list_year ELSE CAST(year(x.event_date) AS INTEGER) + $offset END AS delimitation_year
  FROM demolished AS x JOIN dwellings AS d ON d.dwelling_id = x.dwelling_id
)
SELECT CAST(year(p.event_date) AS INTEGER) AS year, strftime(p.event_date, '%Y-%m-%d') AS event_date,
  ap.area_id, count(*) AS dwellings
FROM placed AS p
JOIN area_parcels AS ap ON ap.parcel_id = p.parcel_id
  AND ap.valid_from <= p.delimitation_year AND p.delimitation_year <= coalesce(ap.valid_to, 9999)
GROUP BY ALL
ORDER BY year, event_date, ap.area_id
