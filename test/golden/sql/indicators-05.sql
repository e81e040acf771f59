-- params: {"unknown_is_nonwestern":true}
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
  FROM ind_area_dwellings AS ad
  JOIN snaps AS s ON s.delimitation = ad.delimitation AND ad.valid_from <= s.snap AND s.snap <= coalesce(ad.valid_to, 9999)
),
residents AS (
  SELECT ds.delimitation, ds.area_id, ds.snap, r.person_id, r.zero_age_year, r.ie_type, r.origin_country
  FROM area_residence AS r
  JOIN dwelling_snaps AS ds ON r.year = ds.snap AND r.dwelling_id = ds.dwelling_id
)
SELECT x.delimitation, x.area_id, x.snap, x.person_id, x.snap - x.zero_age_year AS age,
  x.ie_type IN (2, 3) AND CASE
    WHEN c.unknown = 1 THEN $unknown_is_nonwestern
    ELSE c.country_group <> 'western'
  END AS nonwestern
FROM residents AS x
LEFT JOIN ref_countries AS c ON c.code = x.origin_country
