import {
  DOUBLE,
  DuckDBInstance,
  INTEGER,
  LIST,
  VARCHAR,
  listValue,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS } from './dbSettings.ts';
import type { Query, SqlParam } from './sql.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DbOptions {
  /** Database file, or `:memory:`. */
  readonly path: string;
  /** DuckDB worker threads (pinned, so runs are comparable). */
  readonly threads?: number;
  /** DuckDB memory limit, e.g. `3GB`; DuckDB spills to disk beyond it. */
  readonly memoryLimit?: string;
  /**
   * Directory for spilled data: a path, or `private` for a fresh directory of its own under the system temp
   * folder, removed when the database closes (so that two runs never share one); default DuckDB's, next to
   * the database file.
   */
  readonly tempDirectory?: string | 'private';
  /**
   * Open a finished workspace for reading only (DuckDB `access_mode = READ_ONLY`): any statement that would
   * change it fails, and several readers (the web server, a report) may hold it at once.
   */
  readonly readOnly?: boolean;
}

/** One open DuckDB database with one connection: three verbs, every statement a `Query`. */
export interface Db {
  /** Runs a statement for its effect. */
  run(q: Query): Promise<void>;
  /** Runs a query and returns its rows as plain objects (BIGINT range-checked into `number`). */
  all<T extends object>(q: Query): Promise<T[]>;
  close(): void;
}

export { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS } from './dbSettings.ts';

export async function openDb(opts: DbOptions): Promise<Db> {
  const config: Record<string, string> = {
    threads: String(opts.threads ?? DEFAULT_THREADS),
    memory_limit: opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
  };
  const privateSpill =
    opts.tempDirectory === 'private' ? mkdtempSync(join(tmpdir(), 'boligmonitor-spill-')) : undefined;
  const spill = privateSpill ?? opts.tempDirectory;
  if (spill !== undefined) config.temp_directory = spill;
  const removeSpill = (): void => {
    if (privateSpill !== undefined) rmSync(privateSpill, { recursive: true, force: true });
  };
  if (opts.readOnly === true) {
    if (opts.path === ':memory:') throw new Error('a read-only database needs a file, not :memory:');
    config.access_mode = 'READ_ONLY';
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(opts.path, config);
  } catch (e) {
    removeSpill();
    throw e;
  }
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
  } catch (e) {
    instance.closeSync();
    removeSpill();
    throw e;
  }
  let open = true;
  const conn = (): DuckDBConnection => {
    if (!open) throw new Error(`database is closed: ${opts.path}`);
    return connection;
  };
  return {
    async run(q) {
      await conn().run(q.sql, bind(q.params), types(q.params));
    },
    async all<T extends object>(q: Query): Promise<T[]> {
      const reader = await conn().runAndReadAll(q.sql, bind(q.params), types(q.params));
      return reader.getRowObjectsJS().map((row) => plainRow(row, q) as T);
    },
    close() {
      if (!open) return;
      open = false;
      connection.closeSync();
      instance.closeSync();
      removeSpill();
    },
  };
}

/** Opens a finished workspace read-only (readers of a run's results: reports, the web). */
export function openWorkspaceReadOnly(
  path: string,
  opts: Omit<DbOptions, 'path' | 'readOnly'> = {},
): Promise<Db> {
  return openDb({ ...opts, path, readOnly: true });
}

/** Opens a database, runs `body`, and closes it whatever happens. */
export async function withDb<T>(opts: DbOptions, body: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(opts);
  try {
    return await body(db);
  } finally {
    db.close();
  }
}

function bind(params: Readonly<Record<string, SqlParam>>): Record<string, DuckDBValue> {
  const out: Record<string, DuckDBValue> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = Array.isArray(value) ? listValue(value as readonly DuckDBValue[]) : (value as DuckDBValue);
  }
  return out;
}

/**
 * Explicit types for list parameters (an empty JS array has no element type): text lists are VARCHAR[],
 * whole-number lists (and empty ones) INTEGER[], other number lists DOUBLE[]. Scalars are inferred by DuckDB.
 */
function types(params: Readonly<Record<string, SqlParam>>): Record<string, DuckDBType | undefined> {
  const out: Record<string, DuckDBType | undefined> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!Array.isArray(value)) continue;
    const items = value as readonly (string | number)[];
    out[name] = LIST(
      typeof items[0] === 'string' ? VARCHAR : items.every((v) => Number.isInteger(v)) ? INTEGER : DOUBLE,
    );
  }
  return out;
}

function plainRow(row: Record<string, unknown>, q: Query): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? safeNumber(v, k, q) : v;
  return out;
}

function safeNumber(v: bigint, column: string, q: Query): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`BIGINT out of safe integer range: ${v} (column ${column} of: ${q.sql.slice(0, 80)})`);
  }
  return Number(v);
}
