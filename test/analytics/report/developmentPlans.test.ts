import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/analytics/db.ts';
import { developmentPlans } from '../../../src/analytics/report/developmentPlans.ts';
import { query } from '../../../src/analytics/sql.ts';

/** The workspace table as the loader creates it (contract A2, accepted rows only). */
const CREATE = `CREATE TABLE development_plans (area_id VARCHAR, approved_date DATE, baseline_year INTEGER,
  target_pct DOUBLE, dispensation VARCHAR)`;

async function plansOf(rows: string | null) {
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    if (rows !== null) {
      await db.run(query(CREATE));
      if (rows !== '') await db.run(query(`INSERT INTO development_plans VALUES ${rows}`));
    }
    return await developmentPlans(db, 2024);
  } finally {
    db.close();
  }
}

describe('development plans of the workspace (contract A2)', () => {
  it('absent when the workspace has no such table', async () => {
    expect(await plansOf(null)).toEqual({ kind: 'absent' });
  });

  it('the areas whose plan was approved by 1 December of the list year', async () => {
    expect(
      await plansOf(
        `('A', '2019-06-30', 2018, 40, 'none'), ('B', '2024-12-02', 2018, 40, 'stk3'), ('C', '2024-12-01', 2018, 52.5, 'stk3')`,
      ),
    ).toEqual({ kind: 'present', areas: ['A', 'C'] });
  });

  it('present with no areas when the table is empty', async () => {
    expect(await plansOf('')).toEqual({ kind: 'present', areas: [] });
  });
});
