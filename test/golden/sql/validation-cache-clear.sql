-- params: {}
DELETE FROM validation_cache
