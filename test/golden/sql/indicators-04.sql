-- params: {"unknown_is_nonwestern":true}
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
SELECT ds.list_year, ds.area_id, ds.snap, r.person_id,
  (ds.snap - year(p.birth_date) - CASE WHEN dayofyear(p.birth_date) = 1 THEN 0 ELSE 1 END) AS age,
  p.ie_type IN (2, 3) AND CASE
    WHEN c.unknown = 1 THEN $unknown_is_nonwestern
    ELSE c.country_group <> 'western'
  END AS nonwestern
FROM residence AS r
JOIN dwelling_snaps AS ds ON r.year = ds.snap AND r.dwelling_id = ds.dwelling_id
JOIN persons AS p ON p.person_id = r.person_id
LEFT JOIN ref_countries AS c ON c.code = p.origin_country
