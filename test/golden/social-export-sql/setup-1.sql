-- params: {"treated_areas":["B"]}
CREATE OR REPLACE TEMP TABLE se_treated AS
SELECT DISTINCT municipality_code FROM areas WHERE list_contains(CAST($treated_areas AS VARCHAR[]), area_id)
