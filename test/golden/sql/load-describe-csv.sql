-- params: {"path":"/delivery/persons.csv"}
DESCRIBE SELECT * FROM read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
