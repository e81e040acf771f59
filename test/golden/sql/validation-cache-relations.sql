-- params: {"names":["areas","residence_by_person"]}
SELECT view_name AS name FROM duckdb_views() WHERE NOT internal AND list_contains($names, view_name)
UNION
SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND list_contains($names, table_name)
