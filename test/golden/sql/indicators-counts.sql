-- params: {"run_id":"golden-run"}
SELECT list_year, scope, scope_id, measure, data_year,
  CAST(numerator AS VARCHAR) AS numerator, denominator
FROM indicator_counts
WHERE run_id = $run_id
ORDER BY list_year, scope, scope_id, measure, data_year
