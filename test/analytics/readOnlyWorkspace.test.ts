import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, openWorkspaceReadOnly } from '../../src/analytics/db.ts';
import { query } from '../../src/analytics/sql.ts';

const dir = mkdtempSync(join(tmpdir(), 'boligmonitor-readonly-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a finished workspace opened read-only', () => {
  it('reads what a run wrote, refuses to change it, and lets two readers hold it at once', async () => {
    const path = join(dir, 'workspace.duckdb');
    const writer = await openDb({ path });
    await writer.run(query('CREATE TABLE runs (run_id VARCHAR, status VARCHAR)'));
    await writer.run(query("INSERT INTO runs VALUES ('r1', 'written')"));
    writer.close();

    const a = await openWorkspaceReadOnly(path);
    const b = await openWorkspaceReadOnly(path);
    try {
      expect(await a.all(query('SELECT run_id, status FROM runs'))).toEqual([
        { run_id: 'r1', status: 'written' },
      ]);
      expect(await b.all(query('SELECT count(*) AS n FROM runs'))).toEqual([{ n: 1 }]);
      await expect(a.run(query("INSERT INTO runs VALUES ('r2', 'x')"))).rejects.toThrow(/read-only/i);
    } finally {
      a.close();
      b.close();
    }
  });
  it('an in-memory database cannot be read-only', async () => {
    await expect(openWorkspaceReadOnly(':memory:')).rejects.toThrow(/needs a file/);
  });
});
