-- params: {"table":"residence"}
CREATE OR REPLACE TABLE "residence_accepted" AS
SELECT * FROM "residence"
WHERE _row NOT IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)
