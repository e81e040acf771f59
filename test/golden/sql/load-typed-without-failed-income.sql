-- params: {}
CREATE OR REPLACE TABLE "income" AS
SELECT rowid + 1 AS _row, "year", "person_id", "gross_income", "fully_taxable", "student"
FROM "income_data"
WHERE _type_issues IS NULL
ORDER BY rowid
