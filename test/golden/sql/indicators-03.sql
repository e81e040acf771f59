-- params: {"current_residents":false}
CREATE OR REPLACE TEMP TABLE ind_windows AS
SELECT w.list_year, w.data_year,
  CASE WHEN $current_residents THEN w.list_year ELSE w.data_year + 1 END AS snap,
  d.delimitation
FROM (
  SELECT list_year, list_year - unnest(range(1, averaging_years + 1)) AS data_year FROM ind_list_years
) AS w
JOIN ind_delimitations AS d USING (list_year)
