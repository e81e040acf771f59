-- params: {"path":"/delivery/persons.parquet"}
DESCRIBE SELECT * FROM read_parquet($path, file_row_number = true)
