-- params: {"run_id":"golden-run","income_offset":2,"age_min":15,"age_max":64}
INSERT INTO indicator_counts
SELECT $run_id, d.list_year, 'area', ap.area_id, 'K4', d.list_year - $income_offset,
  sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
FROM ind_delimitations AS d
JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = d.list_year
JOIN area_income AS i ON i.person_id = ap.person_id AND i.year = d.list_year - $income_offset
WHERE ap.age BETWEEN $age_min AND $age_max
  AND i.fully_taxable AND NOT i.student
GROUP BY d.list_year, ap.area_id
