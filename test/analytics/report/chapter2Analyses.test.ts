import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { Statistic } from '../../../src/core/model/statistic.ts';
import { openDb } from '../../../src/analytics/db.ts';
import { deliveryCoverage } from '../../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import { chapter2Analyses } from '../../../src/analytics/report/chapter2Analyses.ts';
import type { AreaCategory, CategoryAreas } from '../../../src/analytics/report/reportCategory.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import { delivery, lives, person } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../fixtures/writeDelivery.ts';

/**
 * The small Denmark of the fixtures, list year 2021. Y's delimitation: A = parcel pA (dwellings dA and
 * dA_other2010; dA_other2005 never counts), B = pB and pMove (dB, dMove). Udsat and parallelsamfund = {A},
 * forebyggelse = {B}.
 * - p1 (Syrian immigrant, 40 on 1 Jan 2021) lives in dA both years: a stayer in A;
 * - p2 (Danish, 30) lives in dA in 2020 and outside the areas in 2021: an out-mover;
 * - p3 (German immigrant, born 1 January 1985: 36) lives outside in 2020 and in dA_other2010 in 2021: an in-mover;
 * - p4 lives in dA_other2005 (non-public, built 2005) both years: never an area resident;
 * - p5 lives in dMove both years (area B by Y's delimitation, though the parcel was A's until 2020): a stayer in B;
 * - p6 (a child) lives in dB in 2021 only.
 */
const rows = delivery({
  persons: [
    person('p1', '1980-06-01', { ie_type: 2, origin_country: '5486' }),
    person('p2', '1990-03-01'),
    person('p3', '1985-01-01', { ie_type: 2, origin_country: '5180' }),
    person('p4', '1970-01-02'),
    person('p5', '1975-05-05'),
    person('p6', '2010-07-07'),
  ],
  residence: [
    ...lives('p1', 'dA', [2020, 2021]),
    ...lives('p2', 'dA', [2020]),
    ...lives('p2', 'dOut', [2021]),
    ...lives('p3', 'dOut', [2020]),
    ...lives('p3', 'dA_other2010', [2021]),
    ...lives('p4', 'dA_other2005', [2020, 2021]),
    ...lives('p5', 'dMove', [2020, 2021]),
    ...lives('p6', 'dB', [2021]),
  ],
  labour: [
    { year: 2019, person_id: 'p1', outside_fte: 1 },
    { year: 2019, person_id: 'p2', outside_fte: 0.75 },
    { year: 2020, person_id: 'p1', outside_fte: 0.5 },
    { year: 2020, person_id: 'p3', outside_fte: 0.25 },
  ],
  education: [
    { year: 2019, person_id: 'p1', level: 'basic', level_danish: 'basic' },
    { year: 2019, person_id: 'p2', level: 'basic', level_danish: 'basic' },
    { year: 2020, person_id: 'p1', level: 'basic', level_danish: 'basic' },
    { year: 2020, person_id: 'p3', level: 'bachelor', level_danish: 'bachelor' },
  ],
  income: [
    { year: 2018, person_id: 'p1', gross_income: 180000, fully_taxable: true, student: false },
    { year: 2018, person_id: 'p2', gross_income: 250000, fully_taxable: true, student: false },
    { year: 2019, person_id: 'p1', gross_income: 200000, fully_taxable: true, student: false },
    { year: 2019, person_id: 'p3', gross_income: 300000, fully_taxable: true, student: false },
  ],
  convictions: [
    { person_id: 'p2', decision_date: '2019-05-01', law: 'straffeloven', decision_type: 'prison' },
    { person_id: 'p3', decision_date: '2020-03-01', law: 'straffeloven', decision_type: 'fine' },
  ],
});

async function analyses(categories: CategoryAreas): Promise<MeasuredTable[]> {
  const dir = writeCsvDelivery(rows);
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const loaded = await loadDelivery(db, dir, { quarantine: false });
    expect(loaded.report.ok).toBe(true);
    return await chapter2Analyses(db, {
      listYear: 2021,
      categories,
      assumptions: DEFAULT_ASSUMPTIONS,
      k3DanishIn: (y) => y >= 2018,
      coverage: await deliveryCoverage(db),
    });
  } finally {
    db.close();
  }
}

const CATEGORIES: CategoryAreas = new Map<AreaCategory, readonly ReturnType<typeof areaId>[]>([
  ['udsat', [areaId('A')]],
  ['parallelsamfund', [areaId('A')]],
  ['forebyggelse', [areaId('B')]],
]);

function statistic(tables: readonly MeasuredTable[], id: string, row: string, column: string): Statistic {
  const cell = tables.find((t) => t.id === id)?.cells.find((c) => c.row === row && c.column === column);
  if (cell === undefined) throw new Error(`${id} has no cell ${row}/${column}`);
  return cell.statistic;
}

describe('chapter 2 analyses on a small explicit delivery (list year 2021)', () => {
  it('measure the categories as fixed at Y, pooled, single years, on the lists’ residents', async () => {
    const t = await analyses(CATEGORIES);
    // Table 2.1: A's residents in 2021 are p1 and p3 (p4's dwelling never counts); p1 is non-western and MENAPT.
    expect(statistic(t, 'tabel-2.1', 'udsat', 'nonwestern')).toEqual({
      kind: 'share',
      numerator: 1,
      denominator: 2,
      numeratorPersons: 1,
    });
    expect(statistic(t, 'tabel-2.1', 'udsat', 'menapt')).toMatchObject({ numerator: 1, denominator: 2 });
    // The whole country: every resident of 2021 (p1–p6), one of them non-western.
    expect(statistic(t, 'tabel-2.1', 'country', 'nonwestern')).toMatchObject({
      numerator: 1,
      denominator: 6,
    });
    // K1 2021: full-time persons outside in 2020 among 18–64 at 1 Jan 2021: p1 0.5 + p3 0.25 over 2 persons.
    expect(statistic(t, 'figur-2.1a', 'udsat', '2021')).toEqual({
      kind: 'share',
      numerator: 0.75,
      denominator: 2,
      numeratorPersons: 2,
    });
    // K2 2021: p3's fine of 2020; K3 2021: p1 basic, p3 a bachelor; K4 2021: income year 2019, mean 250.000 kr.
    expect(statistic(t, 'figur-2.1b', 'udsat', '2021')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(statistic(t, 'figur-2.1c', 'udsat', '2021')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(statistic(t, 'figur-2.1d', 'udsat', '2021')).toEqual({ kind: 'mean', sum: 500000, n: 2 });
    // A year the delivery has no snapshot of is missing, with the reason: never a zero.
    expect(statistic(t, 'figur-2.1a', 'udsat', '2018')).toEqual({
      kind: 'missing',
      why: 'leveringen har ikke bopælsdata (1. januar) for 2018 og data om arbejdsmarkedstilknytning for 2017',
    });
    // Forebyggelse in 2020: p5 in dMove, counted for B because the areas keep Y's delimitation back in time.
    expect(statistic(t, 'figur-2.2b', 'K1', '2020')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('split the change 2020 → 2021 exactly into stayers, in-movers and out-movers', async () => {
    const t = await analyses(CATEGORIES);
    const part = (row: string, column: string): number => {
      const s = statistic(t, 'figur-2.3a', row, column);
      if (s.kind !== 'derived') throw new Error(`${row}/${column} is ${s.kind}`);
      return s.value;
    };
    // K1: 2020 p1 1.0 + p2 0.75 = 1.75; 2021 p1 0.5 + p3 0.25 = 0.75; Δ = −1.0.
    // Stayers 0.5 − 1.0 = −0.5 (50 %), in-movers +0.25 (−25 %), out-movers −0.75 (75 %).
    expect(part('stayer', 'K1')).toBeCloseTo(50, 10);
    expect(part('in', 'K1')).toBeCloseTo(-25, 10);
    expect(part('out', 'K1')).toBeCloseTo(75, 10);
    expect(part('total', 'K1')).toBe(100);
    // Mean income: 2020 (180.000 + 250.000)/2 = 215.000, 2021 (200.000 + 300.000)/2 = 250.000, Δ = 35.000:
    // stayers 200.000/2 − 180.000/2 = 10.000, in-movers 300.000/2 = 150.000, out-movers −250.000/2 = −125.000.
    expect(part('stayer', 'K4')).toBeCloseTo((100 * 10000) / 35000, 10);
    expect(part('in', 'K4')).toBeCloseTo((100 * 150000) / 35000, 10);
    expect(part('out', 'K4')).toBeCloseTo((100 * -125000) / 35000, 10);
    // Convicted: one out (p2's 2019 prison), one in (p3's 2020 fine), no change: the shares have no meaning.
    expect(statistic(t, 'figur-2.3a', 'stayer', 'K2')).toEqual({ kind: 'notApplicable' });
    // The parts of every column add up to its total, as a relation disclosure control must respect.
    const relation = t.find((x) => x.id === 'figur-2.3a')?.relations.find((r) => r.total.column === 'K1');
    expect(relation?.parts.map((p) => p.cell.row)).toEqual(['stayer', 'in', 'out']);
  });

  it('no area on any list still measures the whole country, the categories missing with the reason', async () => {
    const t = await analyses(new Map());
    expect(statistic(t, 'tabel-2.1', 'udsat', 'nonwestern')).toEqual({
      kind: 'missing',
      why: 'ingen områder i kategorien',
    });
    expect(statistic(t, 'tabel-2.1', 'country', 'nonwestern')).toMatchObject({
      numerator: 1,
      denominator: 6,
    });
  });

  it('an empty category is missing with the reason, not 0', async () => {
    const t = await analyses(new Map([...CATEGORIES, ['parallelsamfund', []]]));
    expect(statistic(t, 'tabel-2.1', 'parallelsamfund', 'nonwestern')).toEqual({
      kind: 'missing',
      why: 'ingen områder i kategorien',
    });
  });
});
