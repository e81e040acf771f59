-- params: {"school_years":[2023,2024]}
WITH flagged AS (
  SELECT school_year, quarter, person_id, 100 * unlawful_days >= 15 * school_days AS high
  FROM absence
  WHERE list_contains($school_years, school_year)
)
SELECT school_year,
  count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q3') AS q3,
  count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q4') AS q4,
  count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q1') AS q1,
  count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q2') AS q2,
  count(DISTINCT person_id) FILTER (WHERE high) AS unique_high,
  count(DISTINCT person_id) AS pupils
FROM flagged
GROUP BY school_year
ORDER BY school_year
