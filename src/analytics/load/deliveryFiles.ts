import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DELIVERY_TABLES,
  OPTIONAL_DELIVERY_TABLES,
  OPTIONAL_TABLE_REQUIRES,
  type ContractTable,
} from '../delivery/deliverySchema.ts';

export const DELIVERY_FORMATS = ['parquet', 'csv'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** One table's file in a delivery directory. */
export interface DeliveryFile {
  readonly table: ContractTable;
  readonly path: string;
  readonly format: DeliveryFormat;
}

/** A table the delivery lacks (a required one, or an optional one another present table needs), or has twice. */
export interface DeliveryFileProblem {
  readonly table: ContractTable;
  readonly problem: 'missing' | 'ambiguous';
  readonly path: string;
  /** For a missing optional table: the present table whose rows refer to it. */
  readonly requiredBy?: ContractTable;
}

/**
 * Finds `<table>.parquet` or `<table>.csv` for every table of the contract: the required tables of §A (in
 * contract order), then the optional tables of §A2/§A3 the delivery holds (in contract order). An optional table
 * is missing only where a present one refers to it (`OPTIONAL_TABLE_REQUIRES`).
 */
export function findDeliveryFiles(dir: string): { files: DeliveryFile[]; problems: DeliveryFileProblem[] } {
  const root = resolve(dir);
  const files: DeliveryFile[] = [];
  const problems: DeliveryFileProblem[] = [];
  const missingPath = (table: ContractTable): string => join(root, `${table}.parquet|csv`);
  const look = (table: ContractTable, required: boolean): void => {
    const found = DELIVERY_FORMATS.map((format) => ({
      table,
      format,
      path: join(root, `${table}.${format}`),
    })).filter((f) => existsSync(f.path));
    const [first] = found;
    if (first === undefined) {
      if (required) problems.push({ table, problem: 'missing', path: missingPath(table) });
    } else if (found.length > 1)
      problems.push({ table, problem: 'ambiguous', path: join(root, `${table}.*`) });
    else files.push(first);
  };
  for (const table of DELIVERY_TABLES) look(table, true);
  for (const table of OPTIONAL_DELIVERY_TABLES) look(table, false);
  const present = new Set<string>(OPTIONAL_DELIVERY_TABLES.filter((t) => existsAny(root, t)));
  for (const table of OPTIONAL_DELIVERY_TABLES) {
    if (!present.has(table)) continue;
    for (const needed of OPTIONAL_TABLE_REQUIRES[table] ?? []) {
      if (!present.has(needed)) {
        problems.push({ table: needed, problem: 'missing', path: missingPath(needed), requiredBy: table });
      }
    }
  }
  return { files, problems };
}

const existsAny = (root: string, table: string): boolean =>
  DELIVERY_FORMATS.some((format) => existsSync(join(root, `${table}.${format}`)));

/** SHA-256 of a file, streamed in 1 MB chunks (deliveries are large; ≈ 1 GB/s on one core). */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}
