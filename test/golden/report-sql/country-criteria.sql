-- params: {"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"years":[2023,2024],"k3_danish_years":[2023,2024],"income_offset":2,"k1_min":18,"k1_max":64,"k2_floor":18,"k3_min":30,"k3_max":59,"k4_min":15,"k4_max":64}
WITH res AS (
  SELECT r.year, r.person_id, r.year - p.zero_age_year AS age, p.nonwestern, p.menapt
  FROM residence AS r JOIN rep_persons AS p USING (person_id)
  WHERE list_contains($years, r.year)
),
convicted AS (
  SELECT DISTINCT person_id, CAST(year(decision_date) AS INTEGER) AS year
  FROM convictions
  WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
)
SELECT 'country' AS category, year, 'nonwestern' AS measure,
  CAST(count(*) FILTER (WHERE nonwestern) AS DOUBLE) AS numerator,
  count(*) FILTER (WHERE nonwestern) AS numeratorPersons, count(*) AS denominator
FROM res GROUP BY year
UNION ALL
SELECT 'country', year, 'menapt', count(*) FILTER (WHERE menapt), count(*) FILTER (WHERE menapt), count(*)
FROM res GROUP BY year
UNION ALL
SELECT 'country', res.year, 'K1', CAST(sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))) AS DOUBLE),
  count(*) FILTER (WHERE lab.outside_fte > 0), count(*)
FROM res LEFT JOIN labour AS lab ON lab.person_id = res.person_id AND lab.year = res.year - 1
WHERE res.age BETWEEN $k1_min AND $k1_max GROUP BY res.year
UNION ALL
SELECT 'country', res.year, 'K2', count(cv.person_id), count(cv.person_id), count(*)
FROM res LEFT JOIN convicted AS cv ON cv.person_id = res.person_id AND cv.year = res.year - 1
WHERE res.age >= $k2_floor GROUP BY res.year
UNION ALL
SELECT 'country', res.year, 'K3',
  count(*) FILTER (WHERE coalesce(CASE WHEN list_contains($k3_danish_years, res.year) THEN e.level_danish
                                      ELSE e.level END, 'unknown') IN ('basic', 'unknown')),
  count(*) FILTER (WHERE coalesce(CASE WHEN list_contains($k3_danish_years, res.year) THEN e.level_danish
                                      ELSE e.level END, 'unknown') IN ('basic', 'unknown')),
  count(*)
FROM res LEFT JOIN education AS e ON e.person_id = res.person_id AND e.year = res.year - 1
WHERE res.age BETWEEN $k3_min AND $k3_max GROUP BY res.year
UNION ALL
SELECT 'country', res.year, 'K4', CAST(sum(CAST(i.gross_income AS DECIMAL(18, 2))) AS DOUBLE), count(*), count(*)
FROM res JOIN income AS i ON i.person_id = res.person_id AND i.year = res.year - $income_offset
WHERE res.age BETWEEN $k4_min AND $k4_max AND i.fully_taxable AND NOT i.student GROUP BY res.year
ORDER BY year, measure
