-- params: {}
CREATE OR REPLACE TABLE area_labour AS
SELECT t.year, t.person_id, t.outside_fte
FROM labour AS t
SEMI JOIN (SELECT DISTINCT person_id FROM area_residence) AS a ON a.person_id = t.person_id
ORDER BY t.year
