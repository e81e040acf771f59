-- params: {"table":"income"}
CREATE OR REPLACE TABLE "income" AS
SELECT s._row,
  TRY_CAST(s."year" AS INTEGER) AS "year",
  TRY_CAST(s."person_id" AS VARCHAR) AS "person_id",
  TRY_CAST(s."gross_income" AS DOUBLE) AS "gross_income",
  TRY_CAST(s."fully_taxable" AS BOOLEAN) AS "fully_taxable",
  TRY_CAST(s."student" AS BOOLEAN) AS "student"
FROM "income_staged" AS s
WHERE s._row NOT IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)
ORDER BY s._row
