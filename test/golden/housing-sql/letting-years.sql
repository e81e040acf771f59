-- params: {}
SELECT DISTINCT CAST(year(letting_date) AS INTEGER) AS year
FROM lettings WHERE letting_date IS NOT NULL
ORDER BY year
