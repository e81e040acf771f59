import type { Db } from '../../../src/analytics/db.ts';
import { query } from '../../../src/analytics/sql.ts';

type Value = string | number | boolean | null;

/**
 * The optional contract tables A2 as the loader puts them into the workspace (the agreed interface: the contract
 * names and columns, string → VARCHAR, int → INTEGER, double → DOUBLE, date → DATE, bool → BOOLEAN), for tests
 * that create them directly.
 */
export const A2_COLUMNS = {
  dwelling_events: {
    dwelling_id: 'VARCHAR',
    event_date: 'DATE',
    event: 'VARCHAR',
    kind_after: 'VARCHAR',
    ownership_after: 'VARCHAR',
    strategic: 'BOOLEAN',
  },
  commercial_floor: { year: 'INTEGER', parcel_id: 'VARCHAR', floor_m2: 'DOUBLE' },
  lettings: { dwelling_id: 'VARCHAR', letting_date: 'DATE', letting_type: 'VARCHAR' },
  vacancies: { year: 'INTEGER', dwelling_id: 'VARCHAR' },
} as const;
export type A2Table = keyof typeof A2_COLUMNS;

const literal = (v: Value): string =>
  v === null ? 'NULL' : typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : String(v);

/** Creates `table` with its contract columns and inserts `rows` (objects keyed by column; absent = null). */
export async function createA2Table(
  db: Db,
  table: A2Table,
  rows: readonly Readonly<Record<string, Value>>[],
): Promise<void> {
  const columns = Object.entries(A2_COLUMNS[table]);
  await db.run(query(`CREATE TABLE ${table} (${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`));
  if (rows.length === 0) return;
  const values = rows
    .map((r) => `(${columns.map(([c, t]) => `CAST(${literal(r[c] ?? null)} AS ${t})`).join(', ')})`)
    .join(',\n');
  await db.run(query(`INSERT INTO ${table} VALUES ${values}`));
}

/** A `dwelling_events` row. */
export const event = (
  dwelling: string,
  date: string,
  kind: 'demolished' | 'relabelled' | 'sold' | 'merged',
  after: { kind_after?: string; ownership_after?: string; strategic?: boolean } = {},
): Record<string, Value> => ({
  dwelling_id: dwelling,
  event_date: date,
  event: kind,
  kind_after: after.kind_after ?? null,
  ownership_after: after.ownership_after ?? null,
  strategic: after.strategic ?? null,
});
