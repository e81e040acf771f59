-- params: {"run_id":"golden-run"}
DELETE FROM indicator_components WHERE run_id = $run_id
