-- params: {"school_year":2024}
SELECT attempt,
  CASE WHEN grade = 0 THEN '0' WHEN grade <= 3 THEN '1-3' WHEN grade <= 6 THEN '4-6' ELSE '7-9' END AS band,
  count(*) AS held, count(*) FILTER (WHERE ready) AS ready
FROM language_tests
WHERE school_year = $school_year
GROUP BY ALL
ORDER BY attempt, band
