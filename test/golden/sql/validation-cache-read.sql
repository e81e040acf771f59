-- params: {}
SELECT cache_key, strftime(validated_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS validated_at, report
FROM validation_cache
