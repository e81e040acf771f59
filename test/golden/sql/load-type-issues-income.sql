-- params: {"table":"income"}
INSERT INTO delivery_issues (table_name, row_nr, rule_id, column_name, value)
SELECT $table, _row, hit.rule_id, hit.column_name, hit.value
FROM (
  SELECT rowid + 1 AS _row, unnest(_type_issues) AS hit
  FROM "income_data"
  WHERE _type_issues IS NOT NULL
)
WHERE hit IS NOT NULL
