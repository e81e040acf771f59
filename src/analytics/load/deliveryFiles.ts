import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DELIVERY_TABLES, type DeliveryTable } from '../delivery/deliverySchema.ts';

export const DELIVERY_FORMATS = ['parquet', 'csv'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** One table's file in a delivery directory. */
export interface DeliveryFile {
  readonly table: DeliveryTable;
  readonly path: string;
  readonly format: DeliveryFormat;
}

/** A table the delivery lacks, or has twice. */
export interface DeliveryFileProblem {
  readonly table: DeliveryTable;
  readonly problem: 'missing' | 'ambiguous';
  readonly path: string;
}

/** Finds `<table>.parquet` or `<table>.csv` for every table of the contract. */
export function findDeliveryFiles(dir: string): { files: DeliveryFile[]; problems: DeliveryFileProblem[] } {
  const root = resolve(dir);
  const files: DeliveryFile[] = [];
  const problems: DeliveryFileProblem[] = [];
  for (const table of DELIVERY_TABLES) {
    const found = DELIVERY_FORMATS.map((format) => ({
      table,
      format,
      path: join(root, `${table}.${format}`),
    })).filter((f) => existsSync(f.path));
    const [first] = found;
    if (first === undefined)
      problems.push({ table, problem: 'missing', path: join(root, `${table}.parquet|csv`) });
    else if (found.length > 1) problems.push({ table, problem: 'ambiguous', path: join(root, `${table}.*`) });
    else files.push(first);
  }
  return { files, problems };
}

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
