-- params: {}
WITH m AS (
  SELECT mv.year, mv.from_code, mv.movers, mv.vulnerable,
    mv.from_code IN (SELECT municipality_code FROM se_treated) AS treated,
    mv.to_code NOT IN (SELECT municipality_code FROM se_treated) AS to_control
  FROM se_municipality_moves AS mv
)
SELECT 'any' AS destination, from_code AS unit, year, treated, CAST(sum(movers) AS BIGINT) AS movers, CAST(sum(vulnerable) AS BIGINT) AS vulnerable
FROM m GROUP BY from_code, year, treated
UNION ALL
SELECT 'control', from_code, year, treated, CAST(sum(movers) AS BIGINT), CAST(sum(vulnerable) AS BIGINT)
FROM m WHERE to_control GROUP BY from_code, year, treated
ORDER BY destination, unit, year
