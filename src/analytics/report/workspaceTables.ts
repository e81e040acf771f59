import type { Db } from '../db.ts';
import { query } from '../sql.ts';

/** The names of the tables and views the open workspace holds (delivery tables among them), sorted. */
export async function workspaceTables(db: Db): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    query(`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'main'
      ORDER BY name`),
  );
  return rows.map((r) => r.name);
}
