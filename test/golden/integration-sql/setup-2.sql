-- params: {"unknown_is_nonwestern":true}
CREATE OR REPLACE TEMP TABLE int_persons AS
SELECT p.person_id, p.sex,
  CAST((year(p.birth_date) + CASE WHEN dayofyear(p.birth_date) = 1 THEN 0 ELSE 1 END) AS INTEGER) AS zero_age_year,
  CASE
    WHEN p.ie_type NOT IN (2, 3) THEN 'danish'
    WHEN c.code IS NULL OR c.unknown = 1 THEN CASE WHEN $unknown_is_nonwestern THEN 'otherNonwestern' ELSE 'unknown' END
    WHEN c.country_group = 'menapt' THEN 'menapt'
    WHEN c.country_group = 'western' THEN 'western'
    ELSE 'otherNonwestern'
  END AS origin
FROM persons AS p
LEFT JOIN ref_countries AS c ON c.code = p.origin_country
