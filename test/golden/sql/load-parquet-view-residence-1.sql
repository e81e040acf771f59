-- params: {"path":"/delivery/residence.parquet"}
SET VARIABLE delivery_path_residence = $path
