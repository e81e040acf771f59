-- params: {"school_years":[2023,2024]}
WITH flagged AS (
  SELECT school_year, quarter, person_id, 100 * unlawful_days >= 15 * school_days AS high
  FROM absence
  WHERE list_contains($school_years, school_year)
),
pupils AS (
  SELECT school_year, person_id,
    bool_or(high AND quarter = 'q3') AS q3, bool_or(high AND quarter = 'q4') AS q4,
    bool_or(high AND quarter = 'q1') AS q1, bool_or(high AND quarter = 'q2') AS q2,
    bool_or(high) AS any_high
  FROM flagged
  GROUP BY school_year, person_id
),
quarters AS (
  SELECT school_year,
    bool_or(quarter = 'q3') AS has_q3, bool_or(quarter = 'q4') AS has_q4,
    bool_or(quarter = 'q1') AS has_q1, bool_or(quarter = 'q2') AS has_q2
  FROM flagged
  GROUP BY school_year
)
SELECT p.school_year,
  count(*) FILTER (WHERE p.q3) AS q3,
  count(*) FILTER (WHERE p.q4) AS q4,
  count(*) FILTER (WHERE p.q1) AS q1,
  count(*) FILTER (WHERE p.q2) AS q2,
  count(*) FILTER (WHERE p.any_high) AS unique_high,
  count(*) AS pupils,
  any_value(q.has_q3) AS has_q3, any_value(q.has_q4) AS has_q4,
  any_value(q.has_q1) AS has_q1, any_value(q.has_q2) AS has_q2
FROM pupils AS p
JOIN quarters AS q ON q.school_year = p.school_year
GROUP BY p.school_year
ORDER BY p.school_year
