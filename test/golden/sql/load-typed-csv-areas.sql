-- params: {"path":"/delivery/areas.csv"}
CREATE OR REPLACE TABLE "areas_data" AS
SELECT CAST(t."area_id" AS VARCHAR) AS "area_id",
  CAST(t."name" AS VARCHAR) AS "name",
  CAST(t."municipality_code" AS VARCHAR) AS "municipality_code"
FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"') AS t
