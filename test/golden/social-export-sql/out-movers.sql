-- params: {}
WITH m AS (
  SELECT mv.year, mv.movers, mv.vulnerable,
    CASE WHEN mv.from_code IN (SELECT municipality_code FROM se_treated) THEN 'treated' ELSE 'control' END AS origin,
    mv.to_code NOT IN (SELECT municipality_code FROM se_treated) AS to_control
  FROM se_municipality_moves AS mv
)
SELECT year, origin, 'any' AS destination, CAST(sum(movers) AS BIGINT) AS movers, CAST(sum(vulnerable) AS BIGINT) AS vulnerable
FROM m GROUP BY year, origin
UNION ALL
SELECT year, origin, 'control', CAST(sum(movers) AS BIGINT), CAST(sum(vulnerable) AS BIGINT)
FROM m WHERE to_control GROUP BY year, origin
ORDER BY year, origin, destination
