-- params: {"run_id":"golden-run","income_offset":2,"age_min":15,"age_max":64}
INSERT INTO indicator_counts
SELECT $run_id, l.list_year, 'region', m.region_code, 'K4', l.list_year - $income_offset,
  sum(c.income), CAST(sum(c.persons) AS BIGINT)
FROM ind_list_years AS l
JOIN income_cohorts AS c ON c.year = l.list_year - $income_offset
JOIN (SELECT DISTINCT region_index, region_code FROM ref_municipalities) AS m
  ON m.region_index = CASE WHEN $income_offset = 1 THEN c.region_next ELSE c.region_after END
WHERE l.list_year - c.zero_age_year BETWEEN $age_min AND $age_max
GROUP BY l.list_year, m.region_code
