import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/disclosure/cell.ts';
import { figureSvg } from '../../../src/reports/charts/figureSvg.ts';
import type { ReportTable } from '../../../src/views/report/reportTable.ts';
import { expectGolden } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'charts');
const value = (row: string, column: string, v: number): Cell => ({
  row,
  column,
  unit: 'pct',
  value: { kind: 'value', value: v },
});

const LINES: ReportTable = {
  id: 'figur-2.1a',
  titleDa: 'Andel uden tilknytning til arbejdsmarked eller uddannelse',
  rows: [
    { key: 'udsat', labelDa: 'Udsatte områder' },
    { key: 'country', labelDa: 'Hele landet' },
  ],
  columns: ['2022', '2023', '2024'].map((y) => ({ key: y, labelDa: y })),
  cells: [
    value('udsat', '2022', 41.5),
    {
      row: 'udsat',
      column: '2023',
      unit: 'pct',
      value: { kind: 'suppressed', rule: 'persons-under-5', primaryOrSecondary: 'primary' },
    },
    value('udsat', '2024', 38.25),
    value('country', '2022', 12.1),
    value('country', '2023', 11.9),
    value('country', '2024', 11.4),
  ],
  unit: 'pct',
  notesDa: [],
  sourceDa: 'Test',
  chart: { kind: 'lines', yLabelDa: 'Pct.' },
};

const BARS: ReportTable = {
  id: 'figur-2.3a',
  titleDa: 'Bidrag til ændringen',
  rows: [
    { key: 'stayer', labelDa: 'Fastboende' },
    { key: 'in', labelDa: 'Tilflyttere' },
    { key: 'out', labelDa: 'Fraflyttere' },
    { key: 'total', labelDa: 'I alt' },
  ],
  columns: [
    { key: 'K1', labelDa: 'Uden for arbejdsmarkedet' },
    { key: 'K4', labelDa: 'Gennemsnitlig indkomst' },
  ],
  cells: [
    value('stayer', 'K1', 50),
    value('in', 'K1', -25),
    value('out', 'K1', 75),
    value('total', 'K1', 100),
    value('stayer', 'K4', 28.6),
    value('in', 'K4', 428.6),
    value('out', 'K4', -357.2),
    value('total', 'K4', 100),
  ],
  unit: 'pct',
  notesDa: [],
  sourceDa: 'Test',
  chart: { kind: 'bars', yLabelDa: 'Pct.', stacked: true },
};

const GROUPED: ReportTable = {
  id: 'figur-4.2',
  titleDa: 'Andel børn uden en forælder i beskæftigelse',
  rows: [
    { key: 'parallelsamfund', labelDa: 'Parallelsamfund' },
    { key: 'country', labelDa: 'Hele landet' },
  ],
  columns: [
    { key: 'danish', labelDa: 'Dansk oprindelse' },
    { key: 'nonwestern', labelDa: 'Ikke-vestlig' },
  ],
  cells: [
    value('parallelsamfund', 'danish', 12.5),
    {
      row: 'parallelsamfund',
      column: 'nonwestern',
      unit: 'pct',
      value: { kind: 'suppressed', rule: 'group-observations', primaryOrSecondary: 'primary' },
    },
    value('country', 'danish', 4.1),
    value('country', 'nonwestern', 21.7),
  ],
  unit: 'pct',
  notesDa: [],
  sourceDa: 'Test',
  chart: { kind: 'bars', yLabelDa: 'Pct.', stacked: false },
};

describe('figures as SVG', () => {
  it('a line chart leaves a gap for a suppressed point, never a 0 (golden)', () => {
    const svg = figureSvg(LINES);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Udsatte områder: 2022 41,5 pct., 2023 diskretioneret, 2024 38,3 pct.');
    // Five points drawn: the suppressed one has no dot.
    expect(svg.match(/<circle/g)?.length).toBe(5);
    expectGolden(DIR, 'lines-suppressed-point.svg', svg);
  });

  it('stacked bars show negative parts below the axis and no bar for the total (golden)', () => {
    const svg = figureSvg(BARS);
    expect(svg.match(/<rect/g)?.length).toBe(6 + 3);
    expect(svg).not.toMatch(/>I alt</);
    expectGolden(DIR, 'bars-negative-part.svg', svg);
  });

  it('grouped bars: one panel per column, one bar per row, a * for a suppressed cell (golden)', () => {
    const svg = figureSvg(GROUPED);
    // Three bars drawn (the suppressed cell has none) plus the legend's two swatches.
    expect(svg.match(/<rect/g)?.length).toBe(3 + 2);
    // The suppressed cell is marked once, as the figures' note explains (* Diskretioneret).
    expect(svg.match(/>\*<\/text>/g)?.length).toBe(1);
    expect(svg).toContain('>Dansk oprindelse<');
    expect(svg).toContain('>Ikke-vestlig<');
    expectGolden(DIR, 'bars-grouped-suppressed.svg', svg);
  });
});
