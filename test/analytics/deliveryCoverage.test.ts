import { describe, expect, it } from 'vitest';
import { withDb } from '../../src/analytics/db.ts';
import { deliveryCoverage } from '../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { loadDelivery } from '../../src/analytics/load/loadDelivery.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { writeCsvDelivery } from './fixtures/writeDelivery.ts';

const BORN = '1980-06-01';
const income = (year: number, id: string) => ({
  year,
  person_id: id,
  gross_income: 300_000,
  fully_taxable: true,
  student: false,
});
const decision = (id: string, date: string) => ({
  person_id: id,
  decision_date: date,
  law: 'straffeloven',
  decision_type: 'fine',
});

const rows = delivery({
  persons: [person('c1', BORN), person('c2', BORN), person('c3', BORN)],
  residence: [
    ...lives('c1', 'dA', [2020, 2021]),
    ...lives('c2', 'dB', [2021]),
    ...lives('c3', 'dOut', [2021]),
  ],
  labour: [],
  education: [
    { year: 2020, person_id: 'c1', level: 'basic', level_danish: 'basic' },
    { year: 2020, person_id: 'c2', level: 'master', level_danish: 'unknown' },
  ],
  income: [income(2019, 'c1'), income(2020, 'c1'), income(2020, 'c2'), income(2020, 'c3')],
  convictions: [
    decision('c1', '2020-03-01'),
    decision('c1', '2020-11-30'), // a second decision of c1 in 2020: one more row, not one more person
    decision('c2', '2020-12-31'),
    decision('c1', '2021-01-01'),
  ],
});

describe('delivery coverage: rows and distinct persons per yearly table and data year', () => {
  it('counts each table by its data year (convictions by decision date); empty tables and years are absent', async () => {
    const coverage = await withDb({ path: ':memory:' }, async (db) => {
      const loaded = await loadDelivery(db, writeCsvDelivery(rows), { quarantine: false });
      expect(loaded.report.ok).toBe(true);
      return deliveryCoverage(db);
    });
    expect(coverage).toEqual([
      // convictions 2020: c1 twice and c2 → 3 rows, 2 persons; 2021: c1 on 1 January → 1 row, 1 person
      { table: 'convictions', year: 2020, rows: 3, persons: 2 },
      { table: 'convictions', year: 2021, rows: 1, persons: 1 },
      // education 2020: c1, c2
      { table: 'education', year: 2020, rows: 2, persons: 2 },
      // income 2019: c1; 2020: c1, c2, c3
      { table: 'income', year: 2019, rows: 1, persons: 1 },
      { table: 'income', year: 2020, rows: 3, persons: 3 },
      // labour: no rows, no years; residence 2020: c1; 2021: c1, c2, c3
      { table: 'residence', year: 2020, rows: 1, persons: 1 },
      { table: 'residence', year: 2021, rows: 3, persons: 3 },
    ]);
  });
});
