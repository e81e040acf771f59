-- params: {"years":[2023,2024],"non_public_built_from":2010,"non_public_kinds":["family"]}
CREATE OR REPLACE TEMP TABLE duty_area_residence AS
WITH dwelling_states AS (
  WITH ev AS (
    SELECT dwelling_id, event_date, event, kind_after, ownership_after,
      CAST(year(event_date) + 1 AS INTEGER) AS acts_from
    FROM dwelling_events
    WHERE event_date IS NOT NULL
  ),
  starts AS (
    SELECT dwelling_id, 0 AS valid_from FROM ev
    UNION
    SELECT dwelling_id, acts_from AS valid_from FROM ev
  ),
  periods AS (
    SELECT dwelling_id, valid_from,
      lead(valid_from) OVER (PARTITION BY dwelling_id ORDER BY valid_from) - 1 AS valid_to
    FROM starts
  ),
  event_states AS (
    SELECT p.dwelling_id, p.valid_from, p.valid_to,
      arg_max(e.ownership_after, {'d': e.event_date, 'v': e.ownership_after})
        FILTER (WHERE e.event = 'sold' AND e.ownership_after IS NOT NULL) AS ownership_after,
      arg_max(e.kind_after, {'d': e.event_date, 'v': e.kind_after})
        FILTER (WHERE e.event = 'relabelled' AND e.kind_after IS NOT NULL) AS kind_after,
      coalesce(bool_or(e.event IN ('demolished', 'merged')), false) AS gone
    FROM periods AS p
    LEFT JOIN ev AS e ON e.dwelling_id = p.dwelling_id AND e.acts_from <= p.valid_from
    GROUP BY p.dwelling_id, p.valid_from, p.valid_to
  )
  SELECT d.dwelling_id, d.parcel_id, d.built_year, d.ownership AS built_ownership, d.kind AS built_kind,
    coalesce(s.ownership_after, d.ownership) AS ownership, coalesce(s.kind_after, d.kind) AS kind,
    coalesce(s.valid_from, 0) AS valid_from, s.valid_to
  FROM dwellings AS d
  LEFT JOIN event_states AS s ON s.dwelling_id = d.dwelling_id
  WHERE s.gone IS NOT TRUE
)
SELECT r.year, r.person_id, ap.area_id
FROM residence AS r
JOIN dwelling_states AS d ON d.dwelling_id = r.dwelling_id AND d.valid_from <= r.year AND r.year <= coalesce(d.valid_to, 9999)
JOIN area_parcels AS ap ON ap.parcel_id = d.parcel_id
  AND ap.valid_from <= r.year AND r.year <= coalesce(ap.valid_to, 9999)
WHERE list_contains($years, r.year)
  AND (d.ownership = 'almen'
    OR (d.built_ownership = 'almen' AND d.built_year < $non_public_built_from)
    OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind)))
