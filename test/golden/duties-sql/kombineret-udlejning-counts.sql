-- params: {"run_id":"r1","list_year":2024}
SELECT scope_id AS area_id, data_year, CAST(numerator AS VARCHAR) AS numerator, denominator
FROM indicator_counts
WHERE run_id = $run_id AND list_year = $list_year AND scope = 'area' AND measure = 'K1'
QUALIFY row_number() OVER (PARTITION BY scope_id ORDER BY data_year DESC) = 1
ORDER BY area_id
