-- params: {"year":2024}
SELECT m.to_code AS municipality_code, CAST(sum(m.vulnerable) AS BIGINT) AS vulnerable
FROM se_municipality_moves AS m
WHERE m.year = $year AND m.from_code IN (SELECT municipality_code FROM se_treated)
GROUP BY m.to_code
ORDER BY municipality_code
