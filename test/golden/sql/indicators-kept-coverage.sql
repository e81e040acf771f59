-- params: {}
SELECT * FROM delivery_coverage ORDER BY "table", year
