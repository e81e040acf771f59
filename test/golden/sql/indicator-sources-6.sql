-- params: {}
CREATE OR REPLACE TABLE income_cohorts AS
SELECT i.year, f.zero_age_year,
  CASE WHEN ((f.years >> CAST(CASE WHEN i.year + 1 - f.from_year BETWEEN 0 AND 20 THEN i.year + 1 - f.from_year ELSE 63 END AS UBIGINT)) & 1) = 1 THEN CAST((f.regions >> CAST(3 * least(greatest(i.year + 1 - f.from_year, 0), 20) AS UBIGINT)) & 7 AS INTEGER) ELSE -1 END AS region_next,
  CASE WHEN ((f.years >> CAST(CASE WHEN i.year + 2 - f.from_year BETWEEN 0 AND 20 THEN i.year + 2 - f.from_year ELSE 63 END AS UBIGINT)) & 1) = 1 THEN CAST((f.regions >> CAST(3 * least(greatest(i.year + 2 - f.from_year, 0), 20) AS UBIGINT)) & 7 AS INTEGER) ELSE -1 END AS region_after,
  sum(CAST(i.gross_income AS DECIMAL(18, 2))) AS income, count(*) AS persons
FROM income AS i
JOIN person_years AS f ON f.person_id = i.person_id
WHERE i.fully_taxable AND NOT i.student
GROUP BY ALL
