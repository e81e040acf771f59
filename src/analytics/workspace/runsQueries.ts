import { query, type Query } from '../sql.ts';

/** The workspace's record of runs: one row per run, with its outcome and manifest. */
export function createRunsTableQuery(): Query {
  return query(`
    CREATE TABLE IF NOT EXISTS runs (
      run_id VARCHAR PRIMARY KEY,
      started_at TIMESTAMP,
      finished_at TIMESTAMP,
      status VARCHAR,
      delivery VARCHAR,
      command VARCHAR,
      manifest JSON
    )`);
}

export function startRunQuery(runId: string, startedAt: Date, delivery: string, command: string): Query {
  return query(
    `
    INSERT INTO runs (run_id, started_at, status, delivery, command)
    VALUES ($run_id, CAST($started_at AS TIMESTAMP), 'running', $delivery, $command)
    `,
    { run_id: runId, started_at: startedAt.toISOString(), delivery, command },
  );
}

/** Closes a run: `status` is `written`, `invalid` or `failed`; `manifest` the JSON text (or a report). */
export function finishRunQuery(runId: string, status: string, manifest: string): Query {
  return query(
    `
    UPDATE runs
    SET finished_at = current_timestamp::TIMESTAMP, status = $status, manifest = CAST($manifest AS JSON)
    WHERE run_id = $run_id
    `,
    { run_id: runId, status, manifest },
  );
}

/** Rejected rows for `rejects.csv`: one line per (row, rule), in table then row order. */
export function rejectsQuery(): Query {
  return query(`
    SELECT table_name, row_nr, rule_id, column_name, value
    FROM delivery_issues
    ORDER BY table_name, row_nr, rule_id`);
}
