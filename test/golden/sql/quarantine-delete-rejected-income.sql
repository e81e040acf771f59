-- params: {"table":"income"}
DELETE FROM "income" WHERE _row IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)
