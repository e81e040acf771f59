import { findDeliveryFiles } from '../load/deliveryFiles.ts';
import { openDb } from '../db.ts';
import { query } from '../sql.ts';

/**
 * The latest 1 January snapshot year of a delivery's `residence` file, read directly from the file (a command's
 * default list year before the delivery is loaded); null when the delivery has no residence file or no rows.
 */
export async function latestSnapshotYear(delivery: string): Promise<number | null> {
  const file = findDeliveryFiles(delivery).files.find((f) => f.table === 'residence');
  if (file === undefined) return null;
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const source =
      file.format === 'parquet'
        ? 'read_parquet($path)'
        : 'read_csv($path, header = true, all_varchar = true)';
    const rows = await db.all<{ year: number | null }>(
      query(`SELECT CAST(max(TRY_CAST(year AS INTEGER)) AS INTEGER) AS year FROM ${source}`, {
        path: file.path,
      }),
    );
    return rows[0]?.year ?? null;
  } finally {
    db.close();
  }
}
