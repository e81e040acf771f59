-- params: {"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"],"years":[2023,2024],"k3_danish_years":[2023,2024],"income_offset":2,"k1_min":18,"k1_max":64,"b1_max":30,"b2_max":49,"k2_floor":18,"k3_min":30,"k3_max":59,"k4_min":15,"k4_max":64}
WITH convicted AS (
  SELECT DISTINCT person_id, CAST(year(decision_date) AS INTEGER) AS year
  FROM convictions
  WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
),
res AS MATERIALIZED (
  SELECT c.category, r.year, r.person_id, r.age
  FROM rep_area_residents AS r JOIN rep_category_areas AS c USING (area_id)
  WHERE list_contains($years, r.year)
),
facts AS MATERIALIZED (
  SELECT res.category, res.year, res.age, p.nonwestern, p.menapt,
    CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9)) AS outside,
    cv.person_id IS NOT NULL AS convicted,
    coalesce(CASE WHEN list_contains($k3_danish_years, res.year) THEN e.level_danish ELSE e.level END, 'unknown')
      IN ('basic', 'unknown') AS basic,
    CASE WHEN i.fully_taxable AND NOT i.student THEN CAST(i.gross_income AS DECIMAL(18, 2)) END AS income
  FROM res
  JOIN rep_persons AS p ON p.person_id = res.person_id
  LEFT JOIN area_labour AS lab ON lab.person_id = res.person_id AND lab.year = res.year - 1
  LEFT JOIN convicted AS cv ON cv.person_id = res.person_id AND cv.year = res.year - 1
  LEFT JOIN area_education AS e ON e.person_id = res.person_id AND e.year = res.year - 1
  LEFT JOIN area_income AS i ON i.person_id = res.person_id AND i.year = res.year - $income_offset
)
SELECT category, year, 'nonwestern' AS measure,
  CAST(count(*) FILTER (WHERE nonwestern) AS DOUBLE) AS numerator,
  count(*) FILTER (WHERE nonwestern) AS numeratorPersons, count(*) AS denominator
FROM facts GROUP BY category, year
UNION ALL
SELECT category, year, 'menapt', count(*) FILTER (WHERE menapt), count(*) FILTER (WHERE menapt), count(*)
FROM facts GROUP BY category, year
UNION ALL
SELECT category, year, 'K1', CAST(sum(outside) AS DOUBLE), count(*) FILTER (WHERE outside > 0), count(*)
FROM facts WHERE age BETWEEN $k1_min AND $k1_max GROUP BY category, year
UNION ALL
SELECT category, year,
  CASE WHEN age <= $b1_max THEN 'K1_18_30' WHEN age <= $b2_max THEN 'K1_31_49' ELSE 'K1_50_64' END,
  CAST(sum(outside) AS DOUBLE), count(*) FILTER (WHERE outside > 0), count(*)
FROM facts WHERE age BETWEEN $k1_min AND $k1_max GROUP BY ALL
UNION ALL
SELECT category, year, 'K2', count(*) FILTER (WHERE convicted), count(*) FILTER (WHERE convicted), count(*)
FROM facts WHERE age >= $k2_floor GROUP BY category, year
UNION ALL
SELECT category, year, 'K3', count(*) FILTER (WHERE basic), count(*) FILTER (WHERE basic), count(*)
FROM facts WHERE age BETWEEN $k3_min AND $k3_max GROUP BY category, year
UNION ALL
SELECT category, year, 'K4', CAST(sum(income) AS DOUBLE), count(income), count(income)
FROM facts WHERE age BETWEEN $k4_min AND $k4_max AND income IS NOT NULL GROUP BY category, year
ORDER BY category, year, measure
