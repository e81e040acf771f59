-- params: {}
CREATE OR REPLACE TABLE area_education AS
SELECT t.year, t.person_id, t.level, t.level_danish
FROM education AS t
SEMI JOIN (SELECT DISTINCT person_id FROM area_residence) AS a ON a.person_id = t.person_id
ORDER BY t.year
