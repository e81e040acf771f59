-- params: {"years":[2023]}
CREATE OR REPLACE TEMP TABLE int_residents AS
    SELECT x.category, x.year, x.person_id, p.sex, p.origin, x.year - p.zero_age_year AS age
    FROM (
      SELECT 'parallelsamfund' AS category, r.year, r.person_id FROM area_residence AS r
      WHERE list_contains($years, r.year) AND EXISTS (
        SELECT 1 FROM int_area_dwellings AS ad
        WHERE ad.dwelling_id = r.dwelling_id AND ad.valid_from <= r.year AND r.year <= coalesce(ad.valid_to, 9999))
      UNION ALL
      SELECT 'country', r.year, r.person_id FROM residence AS r
      WHERE list_contains($years, r.year)
    ) AS x
    JOIN int_persons AS p USING (person_id)
