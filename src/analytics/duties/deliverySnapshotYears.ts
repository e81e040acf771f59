import { findDeliveryFiles } from '../load/deliveryFiles.ts';
import { openDb } from '../db.ts';
import { query } from '../sql.ts';

/**
 * The 1 January snapshot years of a delivery's `residence` file, read directly from the file (which list years a
 * command can compute before the delivery is loaded); empty when there is no residence file.
 */
export async function deliverySnapshotYears(delivery: string): Promise<number[]> {
  const file = findDeliveryFiles(delivery).files.find((f) => f.table === 'residence');
  if (file === undefined) return [];
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const source =
      file.format === 'parquet'
        ? 'read_parquet($path)'
        : 'read_csv($path, header = true, all_varchar = true)';
    const rows = await db.all<{ year: number }>(
      query(
        `SELECT DISTINCT CAST(TRY_CAST(year AS INTEGER) AS INTEGER) AS year FROM ${source} WHERE TRY_CAST(year AS INTEGER) IS NOT NULL ORDER BY year`,
        { path: file.path },
      ),
    );
    return rows.map((r) => r.year);
  } finally {
    db.close();
  }
}
