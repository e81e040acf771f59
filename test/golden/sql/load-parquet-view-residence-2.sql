-- params: {}
CREATE OR REPLACE VIEW "residence" AS
SELECT file_row_number + 1 AS _row,
  CAST("year" AS INTEGER) AS "year",
  CAST("person_id" AS VARCHAR) AS "person_id",
  CAST("dwelling_id" AS VARCHAR) AS "dwelling_id",
  CAST("municipality_code" AS VARCHAR) AS "municipality_code"
FROM read_parquet(getvariable('delivery_path_residence'), file_row_number = true)
