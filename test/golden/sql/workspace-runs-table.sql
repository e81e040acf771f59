-- params: {}
CREATE TABLE IF NOT EXISTS runs (
  run_id VARCHAR PRIMARY KEY,
  started_at TIMESTAMP,
  finished_at TIMESTAMP,
  status VARCHAR,
  delivery VARCHAR,
  command VARCHAR,
  manifest JSON
)
