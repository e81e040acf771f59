-- params: {}
CREATE OR REPLACE TEMP TABLE ind_area_persons AS
WITH snaps AS (
  SELECT DISTINCT d.delimitation, s.snap
  FROM (
    SELECT list_year, snap FROM ind_windows
    UNION ALL
    SELECT list_year, list_year AS snap FROM ind_list_years
  ) AS s
  JOIN ind_delimitations AS d USING (list_year)
),
dwelling_snaps AS (
  SELECT s.snap, s.delimitation, ad.area_id, ad.dwelling_id
  FROM ind_area_dwellings AS ad JOIN snaps AS s USING (delimitation)
),
-- the area residents first (a few hundred thousand per snapshot), then their persons: the small side
-- becomes the hash table and the persons are streamed past it
residents AS MATERIALIZED (
  SELECT ds.delimitation, ds.area_id, ds.snap, r.person_id
  FROM area_residence AS r
  JOIN dwelling_snaps AS ds ON r.year = ds.snap AND r.dwelling_id = ds.dwelling_id
)
SELECT x.delimitation, x.area_id, x.snap, x.person_id, x.snap - p.zero_age_year AS age, p.nonwestern
FROM residents AS x
JOIN ind_persons AS p ON p.person_id = x.person_id
