-- params: {"run_id":"golden-run"}
INSERT INTO indicator_counts
SELECT $run_id, d.list_year, 'area', ap.area_id, 'NW', d.list_year,
  count(*) FILTER (WHERE ap.nonwestern), count(*)
FROM ind_delimitations AS d
JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = d.list_year
GROUP BY d.list_year, ap.area_id
