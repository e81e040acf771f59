/**
 * DuckDB's settings for a run, declared once (the CLI's `--threads` and `--memory-limit` take their defaults
 * from here). Kept apart from `db.ts` so that declaring them does not load DuckDB.
 */
export const DEFAULT_THREADS = 2;
export const DEFAULT_MEMORY_LIMIT = '3GB';

/** A DuckDB memory limit as DuckDB reads it: a number and a unit, `3GB`, `512MB`, `1.5GiB`. */
export const MEMORY_LIMIT_PATTERN = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;
