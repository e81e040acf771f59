import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analytics/db.ts';
import { chapter5Analyses, chapter5ListYears } from '../../../src/analytics/report/chapter5Analyses.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { DEFAULT_DUTY_OPTIONS } from '../../../src/core/duties/dutyOptions.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { Statistic } from '../../../src/core/model/statistic.ts';
import { dropTable, dutyLists, dutyWorkspace } from '../duties/dutyWorkspace.ts';

let db: Db;
beforeEach(async () => {
  db = await dutyWorkspace();
});
afterEach(() => db.close());

const analyses = (unknown: number[] = []) =>
  chapter5Analyses(db, {
    listYear: 2024,
    lists: dutyLists(unknown),
    options: DEFAULT_DUTY_OPTIONS,
    assumptions: DEFAULT_ASSUMPTIONS,
  });

/** A table's cells as `row|column` → the published quantity (count, numerator/denominator, or why missing). */
function cellsOf(tables: readonly MeasuredTable[], id: string): Record<string, string | number> {
  const t = tables.find((x) => x.id === id);
  if (t === undefined) throw new Error(`${id}: not measured`);
  const show = (s: Statistic): string | number => {
    switch (s.kind) {
      case 'count':
        return s.count;
      case 'share':
        return `${s.numerator}/${s.denominator}`;
      case 'missing':
        return `missing: ${s.why}`;
      default:
        return s.kind;
    }
  };
  return Object.fromEntries(t.cells.map((c) => [`${c.row}|${c.column}`, show(c.statistic)]));
}

describe('chapter 5: day care (tables 5.1–5.3)', () => {
  it('reads the lists of 2018–2023 for list year 2024', () => {
    expect(chapter5ListYears(2024)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('table 5.1: institutions of municipality 101 (listed all three years) by band; 30 % is "at least 30 %"', async () => {
    const r = await analyses();
    expect(r.daycareMunicipalities).toEqual(['101']);
    const c = cellsOf(r.tables, 'tabel-5.1');
    for (const t of ['2021', '2022', '2023']) {
      expect([c[`under10|${t}`], c[`from10to30|${t}`], c[`atLeast30|${t}`], c[`total|${t}`]]).toEqual([
        1, 1, 2, 4,
      ]);
    }
    // I2's dispensation runs to 2022.
    expect([c['dispensation|2021'], c['dispensation|2022'], c['dispensation|2023']]).toEqual([1, 1, 0]);
    const t = r.tables.find((x) => x.id === 'tabel-5.1');
    expect(t?.relations[0]).toEqual({
      total: { table: 'tabel-5.1', row: 'total', column: '2021' },
      parts: ['under10', 'from10to30', 'atLeast30'].map((row) => ({
        cell: { table: 'tabel-5.1', row, column: '2021' },
        coefficient: 1,
      })),
    });
  });

  it('table 5.2: the "at least 30 %" institutions by band (30 % in 30–50, 50 % in 50–70), sharing 5.1’s total', async () => {
    const r = await analyses();
    const c = cellsOf(r.tables, 'tabel-5.2');
    expect([
      c['2023|from30to50'],
      c['2023|from50to70'],
      c['2023|from70to90'],
      c['2023|from90to100'],
      c['2023|total'],
    ]).toEqual([1, 1, 0, 0, 2]);
    const t = r.tables.find((x) => x.id === 'tabel-5.2');
    expect(t?.relations).toContainEqual({
      total: { table: 'tabel-5.2', row: '2023', column: 'total' },
      parts: [{ cell: { table: 'tabel-5.1', row: 'atLeast30', column: '2023' }, coefficient: 1 }],
    });
  });

  it('table 5.3: 1-year-olds of the long-listed area A enrolled in day care (k1 of k1, k2, k5)', async () => {
    const r = await analyses();
    expect(r.longListedAreas).toEqual(['A']);
    const c = cellsOf(r.tables, 'tabel-5.3');
    expect(c['2023|share']).toBe('1/3');
    expect(c['2018|share']).toBe('missing: daycare har ingen børn pr. 30. september 2018');
  });

  it('an unknown list leaves tables 5.1–5.3 missing with why, never zero', async () => {
    const r = await analyses([2020]);
    expect(r.daycareMunicipalities).toBeNull();
    expect(cellsOf(r.tables, 'tabel-5.1')['total|2023']).toBe(
      'missing: listen pr. 1. december 2020 er ikke beregnet',
    );
    expect(cellsOf(r.tables, 'tabel-5.3')['2023|share']).toBe(
      'missing: listen pr. 1. december 2020 er ikke beregnet',
    );
  });
});

describe('chapter 5: schools (tables 5.4–5.8)', () => {
  it('table 5.4: pupils with at least 15 % unlawful absence per quarter, unique across quarters', async () => {
    const c = cellsOf((await analyses()).tables, 'tabel-5.4');
    expect([
      c['2024|q3'],
      c['2024|q4'],
      c['2024|q1'],
      c['2024|q2'],
      c['2024|unique_high'],
      c['2024|pupils'],
    ]).toEqual([1, 0, 1, 1, 2, 4]);
    expect(c['2023|q3']).toBe('missing: absence har ingen elever i skoleåret 2022/23');
  });

  it('tables 5.5 and 5.7: attempts, unique pupils, ready, moved up vs repeated (and without a next-year row)', async () => {
    const r = await analyses();
    const c0 = cellsOf(r.tables, 'tabel-5.5');
    expect(
      [
        'attempts',
        'pupils',
        'ready',
        'readyPct',
        'movedUp',
        'movedUpPct',
        'repeated',
        'repeatedPct',
        'unplaced',
      ].map((k) => c0[`2024|${k}`]),
    ).toEqual([8, 4, 2, '2/4', 2, '2/4', 1, '1/4', 1]);
    const c19 = cellsOf(r.tables, 'tabel-5.7');
    expect(
      ['attempts', 'pupils', 'ready', 'movedUp', 'repeated', 'unplaced'].map((k) => c19[`2024|${k}`]),
    ).toEqual([4, 3, 2, 2, 1, 0]);
    expect(c0['2023|pupils']).toBe('missing: language_tests har ingen prøver i skoleåret 2022/23');
    const t = r.tables.find((x) => x.id === 'tabel-5.5');
    expect(t?.relations).toHaveLength(1);
  });

  it('moved up and repeated are missing, with why, without next year’s enrolment', async () => {
    await dropTable(db, 'school_enrolment');
    const c = cellsOf((await analyses()).tables, 'tabel-5.5');
    expect(c['2024|pupils']).toBe(4);
    expect(c['2024|movedUp']).toBe(
      'missing: leveringen har ikke school_enrolment (klassetrinnet året efter)',
    );
  });

  it('table 5.6: børnehaveklassen by attempt, held = ready + not ready', async () => {
    const c = cellsOf((await analyses()).tables, 'tabel-5.6');
    expect(
      [1, 2, 3, 4].map((a) => [c[`ready|attempt${a}`], c[`notReady|attempt${a}`], c[`held|attempt${a}`]]),
    ).toEqual([
      [1, 3, 4],
      [1, 1, 2],
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(c['readyPct|attempt1']).toBe('1/4');
  });

  it('table 5.8: 1.–9. klasse by attempt and grade band, with totals', async () => {
    const r = await analyses();
    const c = cellsOf(r.tables, 'tabel-5.8');
    expect(
      [
        '1-3.ready',
        '1-3.notReady',
        '4-6.ready',
        '4-6.notReady',
        '7-9.ready',
        '7-9.notReady',
        'total.ready',
        'total.notReady',
        'total.held',
      ].map((k) => [c[`${k}|attempt1`], c[`${k}|attempt2`]]),
    ).toEqual([
      [1, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 0],
      [2, 0],
      [1, 1],
      [3, 1],
    ]);
    expect(c['total.readyPct|attempt1']).toBe('2/3');
    expect(r.tables.find((x) => x.id === 'tabel-5.8')?.relations).toHaveLength(12);
  });

  it('every language-test cell is missing with why when the delivery has no language tests', async () => {
    await dropTable(db, 'language_tests');
    const r = await analyses();
    for (const id of ['tabel-5.5', 'tabel-5.6', 'tabel-5.7', 'tabel-5.8']) {
      const values = Object.values(cellsOf(r.tables, id));
      expect(values.every((v) => v === 'missing: leveringen har ikke language_tests')).toBe(true);
    }
  });
});
