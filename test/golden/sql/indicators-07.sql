-- params: {}
CREATE TABLE IF NOT EXISTS indicator_counts (
  run_id VARCHAR,
  list_year INTEGER,
  scope VARCHAR,
  scope_id VARCHAR,
  measure VARCHAR,
  data_year INTEGER,
  numerator DECIMAL(38, 9),
  denominator BIGINT
)
