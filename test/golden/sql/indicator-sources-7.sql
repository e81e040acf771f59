-- params: {}
CREATE OR REPLACE TABLE delivery_coverage AS
SELECT 'residence' AS "table", year, count(*) AS "rows", count(*) AS persons
FROM residence GROUP BY year
UNION ALL
SELECT 'labour', year, count(*), count(*) FROM labour GROUP BY year
UNION ALL
SELECT 'education', year, count(*), count(*) FROM education GROUP BY year
UNION ALL
SELECT 'income', year, count(*), count(*) FROM income GROUP BY year
UNION ALL
SELECT 'convictions', CAST(year(decision_date) AS INTEGER), count(*), count(DISTINCT person_id)
FROM convictions GROUP BY year(decision_date)
