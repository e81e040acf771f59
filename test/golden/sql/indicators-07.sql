-- params: {}
CREATE OR REPLACE TEMP TABLE ind_person_years AS
SELECT f.person_id, p.zero_age_year, f.from_year, f.years, f.regions
FROM residence_by_person AS f
JOIN ind_persons AS p ON p.person_id = f.person_id
