-- params: {}
CREATE OR REPLACE TEMP TABLE ind_area_persons AS
WITH snaps AS (
  SELECT DISTINCT list_year, snap FROM (
    SELECT list_year, snap FROM ind_windows
    UNION ALL
    SELECT list_year, list_year AS snap FROM ind_list_years
  )
),
dwelling_snaps AS (
  SELECT s.snap, s.list_year, ad.area_id, ad.dwelling_id
  FROM ind_area_dwellings AS ad JOIN snaps AS s USING (list_year)
)
SELECT ds.list_year, ds.area_id, ds.snap, r.person_id, ds.snap - p.zero_age_year AS age, p.nonwestern
FROM residence AS r
JOIN dwelling_snaps AS ds ON r.year = ds.snap AND r.dwelling_id = ds.dwelling_id
JOIN ind_persons AS p ON p.person_id = r.person_id
