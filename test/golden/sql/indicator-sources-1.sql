-- params: {}
CREATE OR REPLACE TABLE person_years AS
SELECT f.person_id, CAST((year(p.birth_date) + CASE WHEN dayofyear(p.birth_date) = 1 THEN 0 ELSE 1 END) AS INTEGER) AS zero_age_year,
  f.from_year, f.years, f.regions
FROM residence_by_person AS f
JOIN persons AS p ON p.person_id = f.person_id
