/**
 * The floor of CSV ingest: DuckDB reading a delivery's CSV files with `read_csv` (types detected) into tables
 * of a database, and nothing else — no row numbers, no type checks, no rules. `npx tsx bench/csvFloor.ts DIR
 * [DATABASE]` (default `:memory:`; a file is removed first) prints a JSON line `{ seconds, bytes }`: the time of
 * the reads alone, with the threads and memory limit of a run.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS } from '../src/analytics/dbSettings.ts';
import { withDb } from '../src/analytics/db.ts';
import { DELIVERY_TABLES } from '../src/analytics/delivery/deliverySchema.ts';
import { query, quoteIdent } from '../src/analytics/sql.ts';

const [dir, database = ':memory:'] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: csvFloor.ts DELIVERY_DIR [DATABASE]');
if (database !== ':memory:') {
  rmSync(database, { force: true });
  rmSync(`${database}.wal`, { force: true });
}
let bytes = 0;
const seconds = await withDb(
  {
    path: database,
    threads: DEFAULT_THREADS,
    memoryLimit: DEFAULT_MEMORY_LIMIT,
    ...(database === ':memory:' ? { tempDirectory: 'private' as const } : {}),
  },
  async (db) => {
    const t0 = performance.now();
    for (const table of DELIVERY_TABLES) {
      const path = join(dir, `${table}.csv`);
      bytes += statSync(path).size;
      await db.run(query(`CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv($path)`, { path }));
    }
    return (performance.now() - t0) / 1000;
  },
);
if (database !== ':memory:') {
  rmSync(database, { force: true });
  rmSync(`${database}.wal`, { force: true });
}
process.stdout.write(`${JSON.stringify({ seconds, bytes })}\n`);
