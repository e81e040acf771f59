-- params: {"path":"/delivery/income.csv"}
CREATE OR REPLACE TABLE "income_staged" AS SELECT * FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
