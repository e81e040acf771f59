import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/analytics/db.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import { developmentPlans } from '../../../src/analytics/report/developmentPlans.ts';
import { delivery } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../fixtures/writeDelivery.ts';

async function plansOf(csv: string | null) {
  const dir = writeCsvDelivery(delivery({}));
  if (csv !== null) writeFileSync(join(dir, 'development_plans.csv'), csv);
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    await loadDelivery(db, dir, { quarantine: false });
    return { dir, plans: await developmentPlans(db, dir, 2024) };
  } finally {
    db.close();
  }
}

const HEADER = 'area_id,approved_date,baseline_year,target_pct,dispensation';

describe('development plans of a delivery (contract A2)', () => {
  it('absent when the delivery has no such table', async () => {
    expect((await plansOf(null)).plans).toEqual({ kind: 'absent' });
  });

  it('the areas whose plan was approved by 1 December of the list year', async () => {
    const { plans } = await plansOf(`${HEADER}\nA,2019-06-30,2018,40,none\nB,2024-12-02,2018,40,stk3\n`);
    expect(plans).toMatchObject({ kind: 'present', rowsIn: 2, areas: ['A'] });
  });

  it('every broken row is named by file, row, column and value; nothing is used', async () => {
    const { dir, plans } = await plansOf(
      `${HEADER}\nA,2019-06-30,2018,40,none\nQ,2019-13-01,2018,140,maybe\nA,2020-01-01,x,40,none\n`,
    );
    const file = join(dir, 'development_plans.csv');
    expect(plans).toEqual({
      kind: 'invalid',
      path: file,
      problems: [
        `${file} row 1 column area_id: "A" appears more than once`,
        `${file} row 2 column approved_date: "2019-13-01" is not a date (YYYY-MM-DD)`,
        `${file} row 2 column area_id: "Q" is not an area of the delivery`,
        `${file} row 2 column dispensation: "maybe" is not one of none, stk3, stk4`,
        `${file} row 2 column target_pct: "140" is not a number from 0 to 100`,
        `${file} row 3 column area_id: "A" appears more than once`,
        `${file} row 3 column baseline_year: "x" is not a whole number`,
      ],
    });
  });
});
