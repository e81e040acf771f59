-- params: {}
CREATE OR REPLACE TABLE area_income AS
SELECT t.year, t.person_id, t.gross_income, t.fully_taxable, t.student
FROM income AS t
SEMI JOIN (SELECT DISTINCT person_id FROM area_residence) AS a ON a.person_id = t.person_id
WHERE t.fully_taxable AND NOT t.student
ORDER BY t.year
