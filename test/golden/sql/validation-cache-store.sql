-- params: {"cache_key":"{\"key\":1}","validated_at":"2026-01-02T03:04:05.678Z","report":"{\"ok\":true}"}
INSERT INTO validation_cache (cache_key, validated_at, report)
VALUES ($cache_key, CAST($validated_at AS TIMESTAMP), $report)
