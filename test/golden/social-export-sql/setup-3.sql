-- params: {}
CREATE OR REPLACE TEMP TABLE se_municipality_moves (
  year INTEGER, from_code VARCHAR, to_code VARCHAR, movers BIGINT, vulnerable BIGINT)
