-- params: {"years":[2012,2021],"averaging_years":[4,2],"k3_danish":[0,1]}
CREATE OR REPLACE TEMP TABLE ind_list_years AS
SELECT unnest($years) AS list_year,
  unnest($averaging_years) AS averaging_years,
  unnest($k3_danish) = 1 AS k3_danish
