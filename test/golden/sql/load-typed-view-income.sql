-- params: {}
CREATE OR REPLACE VIEW "income" AS
SELECT rowid + 1 AS _row, "year", "person_id", "gross_income", "fully_taxable", "student"
FROM "income_data"
