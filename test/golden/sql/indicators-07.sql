-- params: {}
CREATE TABLE IF NOT EXISTS indicator_components (
  run_id VARCHAR,
  list_year INTEGER,
  scope VARCHAR,
  scope_id VARCHAR,
  measure VARCHAR,
  data_year INTEGER,
  numerator DOUBLE,
  denominator DOUBLE
)
