-- params: {"areas":["A"],"years":[2024]}
WITH parcels AS (
  SELECT ap.area_id, y.year, ap.parcel_id
  FROM (SELECT CAST(unnest($years) AS INTEGER) AS year) AS y
  JOIN area_parcels AS ap
    ON ap.valid_from <= y.year AND y.year <= coalesce(ap.valid_to, 9999)
  WHERE list_contains(CAST($areas AS VARCHAR[]), ap.area_id)
),
stock AS (
  SELECT p.area_id, p.year,
    count(s.dwelling_id) FILTER (WHERE s.ownership = 'almen' AND s.kind = 'family') AS public_family_dwellings,
    count(s.dwelling_id) FILTER (WHERE NOT (s.ownership = 'almen' AND s.kind = 'family')) AS other_dwellings
  FROM parcels AS p
  LEFT JOIN dwelling_states AS s ON s.parcel_id = p.parcel_id AND s.valid_from <= p.year AND p.year <= coalesce(s.valid_to, 9999) AND s.built_year < p.year
  GROUP BY p.area_id, p.year
),
floor AS (SELECT CAST(NULL AS VARCHAR) AS area_id, 0 AS year, CAST(NULL AS DOUBLE) AS commercial_m2 WHERE false),
floor_years AS (SELECT 0 AS year WHERE false),
area_years AS (SELECT DISTINCT area_id, year FROM parcels)
SELECT a.area_id, a.year,
  coalesce(s.public_family_dwellings, 0) AS public_family_dwellings,
  coalesce(s.other_dwellings, 0) AS other_dwellings,
  CASE WHEN a.year IN (SELECT year FROM floor_years) THEN coalesce(f.commercial_m2, 0) END AS commercial_m2
FROM area_years AS a
LEFT JOIN stock AS s ON s.area_id = a.area_id AND s.year = a.year
LEFT JOIN floor AS f ON f.area_id = a.area_id AND f.year = a.year
ORDER BY a.area_id, a.year
