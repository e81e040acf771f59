-- params: {"year":2024,"k3_danish":true,"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"income_offset":2,"k1_min":18,"k1_max":64,"k2_floor":18,"k3_min":30,"k3_max":59,"k4_min":15,"k4_max":64}
WITH res AS (
  SELECT r.person_id, $year - p.zero_age_year AS age, p.nonwestern, p.menapt
  FROM residence AS r JOIN rep_persons AS p USING (person_id)
  WHERE r.year = $year
),
lab AS (SELECT person_id, outside_fte FROM labour WHERE year = $year - 1),
convicted AS (
  SELECT DISTINCT person_id FROM convictions
  WHERE CAST(year(decision_date) AS INTEGER) = $year - 1
    AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
),
edu AS (
  SELECT person_id, CASE WHEN $k3_danish THEN level_danish ELSE level END AS level
  FROM education WHERE year = $year - 1
),
inc AS (
  SELECT person_id, gross_income FROM income
  WHERE year = $year - $income_offset AND fully_taxable AND NOT student
)
SELECT 'country' AS category, $year AS year, 'nonwestern' AS measure,
  CAST(count(*) FILTER (WHERE nonwestern) AS DOUBLE) AS numerator,
  count(*) FILTER (WHERE nonwestern) AS numeratorPersons, count(*) AS denominator
FROM res
UNION ALL
SELECT 'country', $year, 'menapt', count(*) FILTER (WHERE menapt), count(*) FILTER (WHERE menapt), count(*)
FROM res
UNION ALL
SELECT 'country', $year, 'K1', CAST(sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))) AS DOUBLE),
  count(*) FILTER (WHERE lab.outside_fte > 0), count(*)
FROM res LEFT JOIN lab USING (person_id)
WHERE res.age BETWEEN $k1_min AND $k1_max
UNION ALL
SELECT 'country', $year, 'K2', count(cv.person_id), count(cv.person_id), count(*)
FROM res LEFT JOIN convicted AS cv USING (person_id)
WHERE res.age >= $k2_floor
UNION ALL
SELECT 'country', $year, 'K3',
  count(*) FILTER (WHERE coalesce(edu.level, 'unknown') IN ('basic', 'unknown')),
  count(*) FILTER (WHERE coalesce(edu.level, 'unknown') IN ('basic', 'unknown')),
  count(*)
FROM res LEFT JOIN edu USING (person_id)
WHERE res.age BETWEEN $k3_min AND $k3_max
UNION ALL
SELECT 'country', $year, 'K4', CAST(sum(CAST(inc.gross_income AS DECIMAL(18, 2))) AS DOUBLE), count(*), count(*)
FROM res JOIN inc USING (person_id)
WHERE res.age BETWEEN $k4_min AND $k4_max
ORDER BY measure
