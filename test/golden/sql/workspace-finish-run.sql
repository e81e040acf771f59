-- params: {"run_id":"golden-run","status":"written","manifest":"{}"}
UPDATE runs
SET finished_at = current_timestamp::TIMESTAMP, status = $status, manifest = CAST($manifest AS JSON)
WHERE run_id = $run_id
