-- params: {"current_residents":false}
CREATE OR REPLACE TEMP TABLE ind_windows AS
SELECT list_year, data_year,
  CASE WHEN $current_residents THEN list_year ELSE data_year + 1 END AS snap
FROM (
  SELECT list_year, list_year - unnest(range(1, averaging_years + 1)) AS data_year FROM ind_list_years
)
