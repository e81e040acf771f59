-- params: {"run_id":"golden-run","income_offset":2,"age_min":15,"age_max":64}
INSERT INTO indicator_counts
SELECT $run_id, l.list_year, 'region', m.region_code, 'K4', l.list_year - $income_offset,
  sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
FROM residence AS r
JOIN ind_list_years AS l ON r.year = l.list_year
JOIN (
  -- only persons of working age in some list year: a smaller hash table (implied by the age test below)
  SELECT * FROM ind_persons
  WHERE zero_age_year BETWEEN (SELECT min(list_year) FROM ind_list_years) - $age_max
                          AND (SELECT max(list_year) FROM ind_list_years) - $age_min
) AS p ON p.person_id = r.person_id
JOIN income AS i ON i.person_id = r.person_id AND i.year = l.list_year - $income_offset
JOIN ref_municipalities AS m ON m.code = r.municipality_code
WHERE l.list_year - p.zero_age_year BETWEEN $age_min AND $age_max
  AND i.fully_taxable AND NOT i.student
GROUP BY l.list_year, m.region_code
