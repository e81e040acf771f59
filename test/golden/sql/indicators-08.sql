-- params: {"run_id":"golden-run"}
DELETE FROM indicator_counts WHERE run_id = $run_id
