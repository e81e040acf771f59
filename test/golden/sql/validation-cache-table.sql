-- params: {}
CREATE TABLE IF NOT EXISTS validation_cache (
  cache_key VARCHAR,
  validated_at TIMESTAMP,
  report VARCHAR
)
