-- params: {"years":[2024]}
CREATE OR REPLACE TEMP TABLE rep_country_residents AS
SELECT r.year, r.person_id, r.year - p.zero_age_year AS age
FROM residence AS r
JOIN rep_persons AS p ON p.person_id = r.person_id
WHERE list_contains($years, r.year)
