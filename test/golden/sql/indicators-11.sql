-- params: {"run_id":"golden-run","age_floor":18}
INSERT INTO indicator_counts
SELECT $run_id, w.list_year, 'area', ap.area_id, 'K2', w.data_year,
  count(c.person_id), count(*)
FROM ind_windows AS w
JOIN ind_area_persons AS ap ON ap.list_year = w.list_year AND ap.snap = w.snap
LEFT JOIN ind_convicted AS c ON c.person_id = ap.person_id AND c.year = w.data_year
WHERE ap.age >= $age_floor
GROUP BY w.list_year, ap.area_id, w.data_year
