-- params: {"table":"income"}
SELECT count(*) AS n FROM delivery_issues WHERE table_name = $table
