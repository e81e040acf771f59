-- params: {"years":[2023,2024]}
CREATE OR REPLACE TEMP TABLE rep_area_residents AS
SELECT r.year, ad.area_id, r.person_id, r.year - r.zero_age_year AS age
FROM area_residence AS r
JOIN rep_area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id AND ad.valid_from <= r.year AND r.year <= coalesce(ad.valid_to, 9999)
WHERE list_contains($years, r.year)
