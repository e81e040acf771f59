-- params: {"run_id":"golden-run"}
INSERT INTO indicator_counts
SELECT $run_id, list_year, 'area', area_id, 'NW', list_year,
  count(*) FILTER (WHERE nonwestern), count(*)
FROM ind_area_persons
WHERE snap = list_year
GROUP BY list_year, area_id
