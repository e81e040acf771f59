-- params: {}
SELECT table_name, row_nr, rule_id, column_name, value
FROM delivery_issues
ORDER BY table_name, row_nr, rule_id
