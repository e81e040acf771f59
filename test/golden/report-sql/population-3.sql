-- params: {"unknown_is_nonwestern":true}
CREATE OR REPLACE TEMP TABLE rep_persons AS
SELECT p.person_id,
  CAST((year(p.birth_date) + CASE WHEN dayofyear(p.birth_date) = 1 THEN 0 ELSE 1 END) AS INTEGER) AS zero_age_year,
  p.ie_type IN (2, 3) AND CASE
    WHEN c.unknown = 1 THEN $unknown_is_nonwestern
    ELSE c.country_group <> 'western'
  END AS nonwestern,
  p.ie_type IN (2, 3) AND coalesce(c.country_group = 'menapt', false) AS menapt
FROM persons AS p
LEFT JOIN ref_countries AS c ON c.code = p.origin_country
