-- params: {"run_id":"golden-run","age_min":30,"age_max":59}
INSERT INTO indicator_counts
SELECT $run_id, l.list_year, 'area', ap.area_id, 'K3', l.list_year - 1,
  count(*) FILTER (WHERE coalesce(CASE WHEN l.k3_danish THEN e.level_danish ELSE e.level END, 'unknown')
                         IN ('basic', 'unknown')),
  count(*)
FROM ind_list_years AS l
JOIN ind_delimitations AS d USING (list_year)
JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = l.list_year
LEFT JOIN area_education AS e ON e.person_id = ap.person_id AND e.year = l.list_year - 1
WHERE ap.age BETWEEN $age_min AND $age_max
GROUP BY l.list_year, ap.area_id
