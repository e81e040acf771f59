-- params: {}
SELECT 'residence' AS source, year, count(*) AS n FROM residence GROUP BY year
UNION ALL
SELECT 'labour', year, count(*) FROM labour GROUP BY year
UNION ALL
SELECT 'education', year, count(*) FROM education GROUP BY year
UNION ALL
SELECT 'income', year, count(*) FROM income GROUP BY year
ORDER BY source, year
