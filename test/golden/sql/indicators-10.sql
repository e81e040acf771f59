-- params: {"run_id":"golden-run","age_min":18,"age_max":64}
INSERT INTO indicator_counts
SELECT $run_id, w.list_year, 'area', ap.area_id, 'K1', w.data_year,
  sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))), count(*)
FROM ind_windows AS w
JOIN ind_area_persons AS ap ON ap.list_year = w.list_year AND ap.snap = w.snap
LEFT JOIN labour AS lab ON lab.person_id = ap.person_id AND lab.year = w.data_year
WHERE ap.age BETWEEN $age_min AND $age_max
GROUP BY w.list_year, ap.area_id, w.data_year
