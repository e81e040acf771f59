import { NO_HISTORY } from '../../src/core/model/history.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { listRunFromFigures } from '../../src/core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../../src/core/rulesets/builtInRuleSets.ts';
import { areaFiguresFromCsv } from '../../src/io/readAreaFigures.ts';
import { listsJsonSchema } from '../../src/reports/lists/listsJsonSchema.ts';
import type { RunProvenance } from '../../src/reports/lists/runProvenance.ts';
import { writeListOutputs } from '../../src/reports/lists/writeListOutputs.ts';
import { expectGolden, expectNoOrphanGoldens } from '../expectGolden.ts';
import { tempDir } from '../tempDir.ts';
import { xlsxDump } from './xlsxDump.ts';
import ExcelJS from 'exceljs';

/**
 * Four invented areas, two list years under the 2021 rules, national conviction rate 0.75 % (so the K2
 * ratios are exact: 3 / 0.75 = 4, 2.25 / 0.75 = 3, 1.5 / 0.75 = 2). Worked out by hand:
 * 2021 — Alfa: K1 45 > 40, K2 4× ≥ 3×, K4 50 < 55 → udsat; non-western 60 > 50 → parallelsamfund.
 *        Beta: K1 35, K2 2×, K3 50, K4 70 → 0 of 4 udsat; non-western 40 > 30, K1 35 > 30, K2 2× ≥ 2× → forebyggelse.
 *        Gamma: 999 residents < 1,000 → not assessed.
 *        Delta: K1 41 > 40, K3 61 > 60 → udsat; non-western 20 → neither parallelsamfund nor forebyggelse.
 * 2022 — Alfa: K1 exactly 40 is not over 40; K2 exactly 3× is "mindst 3 gange"; K4 56 → 1 of 4, not udsat;
 *        forebyggelse: non-western 60 > 30, K1 40 > 30, K2 3× ≥ 2× → forebyggelse.
 *        Beta: unchanged → forebyggelse. Gamma: exactly 1,000 residents is assessed; K1 42, K2 4× → udsat,
 *        non-western 55 → parallelsamfund. Delta: K1 39 → 1 of 4, leaves udsat; non-western 20 → nothing.
 */
const FIGURES = `year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,k2_national_pct,k3_basic_pct,k4_income_pct,n_18_64
2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50,50,900
2021,751-beta,Beta,751,1200,40,35,1.5,0.75,50,70,
2021,461-gamma,Gamma,461,999,55,42,3,0.75,30,60,
2021,851-delta,Delta,851,2000,20,41,0.75,0.75,61,60,
2022,101-alfa,Alfa,101,1480,60,40,2.25,0.75,50,56,890
2022,751-beta,Beta,751,1210,40,35,1.5,0.75,50,70,
2022,461-gamma,Gamma,461,1000,55,42,3,0.75,30,60,
2022,851-delta,Delta,851,1990,20,39,0.75,0.75,61,60,
`;

const GOLDEN = resolve(import.meta.dirname, '../golden/lists');

async function writeOutputs(): Promise<string> {
  const read = areaFiguresFromCsv(FIGURES, 'figures.csv');
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const run = listRunFromFigures({
    figures: read.value,
    history: NO_HISTORY,
    years: [2021, 2022],
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  const provenance: RunProvenance = {
    command: 'boligmonitor lists --figures figures.csv --out out',
    inputs: [{ path: 'figures.csv', sha256: '0'.repeat(64) }],
    rowCounts: [{ table: 'area_figures', ...read.rowCount }],
    assumptions: DEFAULT_ASSUMPTIONS,
    startedAt: new Date('2024-12-01T09:00:00Z'),
  };
  const out = join(tempDir(), 'out');
  await writeListOutputs(out, run, provenance);
  return out;
}

describe('list outputs of a small hand-made figures file', () => {
  it('lists.csv holds the memberships worked out by hand', async () => {
    const out = await writeOutputs();
    expect(readFileSync(join(out, 'lists.csv'), 'utf8')).toBe(
      [
        'year,area_id,list',
        '2021,101-alfa,udsat',
        '2021,851-delta,udsat',
        '2021,101-alfa,parallelsamfund',
        '2021,751-beta,forebyggelse',
        '2022,461-gamma,udsat',
        '2022,461-gamma,parallelsamfund',
        '2022,101-alfa,forebyggelse',
        '2022,751-beta,forebyggelse',
        '',
      ].join('\n'),
    );
  });

  it('indicators.csv has one row per checked (year, area), full precision, K2 ratio = area ÷ national', async () => {
    const out = await writeOutputs();
    const lines = readFileSync(join(out, 'indicators.csv'), 'utf8').split('\n');
    expect(lines[1]).toBe('2021,101-alfa,1500,60,45,3,0.75,4,50,50');
    expect(lines).toContain('2021,461-gamma,999,55,42,3,0.75,4,30,60');
    expect(lines).toContain('2022,101-alfa,1480,60,40,2.25,0.75,3,50,56');
    expect(lines).toHaveLength(1 + 8 + 1);
  });

  it('the Excel annex has one sheet per list and year, latest year first, then changes, uncertain decisions and about', async () => {
    const out = await writeOutputs();
    const sheets = await xlsxDump(join(out, 'lister.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual([
      'Udsatte 2022',
      'Parallelsamfund 2022',
      'Omdannelse 2022',
      'Forebyggelse 2022',
      'Udsatte 2021',
      'Parallelsamfund 2021',
      'Omdannelse 2021',
      'Forebyggelse 2021',
      'Ændringer',
      'Usikre afgørelser',
      'Om',
    ]);
    const udsatte2021 = sheets[4];
    expect(udsatte2021?.rows[0]).toEqual(['Udsatte boligområder pr. 1. december 2021']);
    expect(udsatte2021?.rows[2]?.slice(0, 3)).toEqual(['Kommune', 'Boligområde', 'Beboere']);
    // Sorted by municipality: Aalborg before København. Numbers are stored as numbers.
    expect(udsatte2021?.rows[3]?.slice(0, 3)).toEqual(['Aalborg', 'Delta', 2000]);
    expect(udsatte2021?.rows[4]?.slice(0, 7)).toEqual(['København', 'Alfa', 1500, 60, 45, 4, 50]);
    expect(udsatte2021?.numFmts['C5']).toBe('#,##0');
    expect(udsatte2021?.numFmts['D5']).toBe('#,##0.0');
    expect(udsatte2021?.frozen).toEqual({ xSplit: 0, ySplit: 3 });
  });

  it('every sheet of lister.xlsx is print-ready: A4 landscape, one page wide, header rows repeated', async () => {
    const out = await writeOutputs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'lister.xlsx'));
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
    }
    expect(wb.getWorksheet('Udsatte 2021')?.pageSetup.printTitlesRow).toBe('1:3');
  });

  it('lists.json parses with its schema and holds the memberships of lists.csv', async () => {
    const out = await writeOutputs();
    const parsed = listsJsonSchema.parse(JSON.parse(readFileSync(join(out, 'lists.json'), 'utf8')));
    const members = parsed.years.flatMap((y) =>
      y.lists.flatMap((l) => l.members.map((m) => `${y.year},${m.areaId},${l.list}`)),
    );
    const rows = readFileSync(join(out, 'lists.csv'), 'utf8').trim().split('\n').slice(1);
    expect(members.sort()).toEqual(rows.sort());
  });

  it('matches the golden files (indicators.csv, lists.csv, changes.csv, each Excel sheet), and only those', async () => {
    const out = await writeOutputs();
    const goldens = new Map<string, string>();
    for (const name of ['indicators.csv', 'lists.csv', 'changes.csv']) {
      goldens.set(name, readFileSync(join(out, name), 'utf8'));
    }
    for (const sheet of await xlsxDump(join(out, 'lister.xlsx'))) {
      goldens.set(`sheet-${sheet.name.replace(/\s+/g, '-')}.json`, JSON.stringify(sheet, null, 1) + '\n');
    }
    for (const [name, actual] of goldens) expectGolden(GOLDEN, name, actual);
    expectNoOrphanGoldens(GOLDEN, goldens.keys());
  });
});
