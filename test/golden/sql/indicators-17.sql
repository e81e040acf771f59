-- params: {"run_id":"golden-run","income_offset":2,"age_min":15,"age_max":64}
INSERT INTO indicator_counts
SELECT $run_id, l.list_year, 'region', m.region_code, 'K4', l.list_year - $income_offset,
  sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
FROM income AS i
JOIN ind_list_years AS l ON i.year = l.list_year - $income_offset
JOIN ind_person_years AS f ON f.person_id = i.person_id
JOIN (SELECT DISTINCT region_index, region_code FROM ref_municipalities) AS m
  ON m.region_index = CAST((f.regions >> CAST(3 * least(greatest(l.list_year - f.from_year, 0), 20) AS UBIGINT)) & 7 AS INTEGER)
WHERE ((f.years >> CAST(CASE WHEN l.list_year - f.from_year BETWEEN 0 AND 20 THEN l.list_year - f.from_year ELSE 63 END AS UBIGINT)) & 1) = 1
  AND l.list_year - f.zero_age_year BETWEEN $age_min AND $age_max
  AND i.fully_taxable AND NOT i.student
GROUP BY l.list_year, m.region_code
