import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { figuresFromDelivery } from '../../src/analytics/figuresFromDelivery.ts';
import { areaFiguresCsv } from '../analytics/fixtures/areaFiguresCsv.ts';
import { describe, expect, it } from 'vitest';
import { delivery, lives, person } from '../analytics/fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../analytics/fixtures/writeDelivery.ts';
import { expectGolden } from '../expectGolden.ts';
import { tempDir } from '../tempDir.ts';
import { runCli } from './cliHarness.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'plans');

/**
 * The delivery's plan tables (contract A2). Alfaparken (A): its 2020 report is accepted — 90/10 at start (2018),
 * 80/20 realised in 2019–2020 (2 sold in 2019), 40 public and 58 other with 150 m² (2 dwellings) planned for
 * 2030: exactly 40 pct.; its 2021 report is not accepted (44.1 pct. in 2030). Betagården (B, stk. 4, 55 pct.):
 * only a pending report.
 */
const DEVELOPMENT_PLANS = `area_id,approved_date,baseline_year,target_pct,dispensation
A,2019-03-01,2018,40,none
B,2020-06-01,2018,55,stk4
`;
const PLAN_REPORTS = `area_id,report_year,status,year,kind,public_family_dwellings,other_dwellings,commercial_m2,relabelled,sold,demolished,built_dwellings,built_commercial_units
A,2020,accepted,2018,realised,90,10,0,0,0,0,0,0
A,2020,accepted,2019,realised,80,20,0,0,2,0,0,0
A,2020,accepted,2020,realised,80,20,0,0,0,0,0,0
A,2020,accepted,2030,planned,40,58,150,0,0,0,0,0
A,2021,not_accepted,2018,realised,90,10,0,0,0,0,0,0
A,2021,not_accepted,2030,planned,441,559,0,0,0,0,0,0
B,2021,pending,2018,realised,100,0,0,0,0,0,0,0
`;

function smallDelivery(): string {
  return writeCsvDelivery(
    delivery({
      persons: [person('p1', '1980-06-01'), person('p2', '1990-03-01')],
      residence: [...lives('p1', 'dA', [2019, 2020, 2021]), ...lives('p2', 'dB', [2019, 2020, 2021])],
    }),
  );
}

describe('boligmonitor plans', () => {
  it('prints every plan area’s accounts in Danish and as JSON', async () => {
    const dir = smallDelivery();
    const workspace = join(tempDir(), 'workspace.duckdb');
    const args = ['plans', '--delivery', dir, '--year', '2021', '--workspace', workspace];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expectGolden(GOLDEN, 'no-plans.txt', first.stdout);

    // The same delivery with its plan tables: loaded into the workspace with the rest.
    writeFileSync(join(dir, 'development_plans.csv'), DEVELOPMENT_PLANS);
    writeFileSync(join(dir, 'plan_reports.csv'), PLAN_REPORTS);
    const text = await runCli(args);
    expect(text.stderr).not.toMatch(/fejl/i);
    expect(text.code).toBe(0);
    expectGolden(GOLDEN, 'plans.txt', text.stdout);

    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(0);
    expectGolden(GOLDEN, 'plans.json', json.stdout);
    const envelope = JSON.parse(json.stdout) as { result: { plans: { status: string }[] } };
    expect(envelope.result.plans.map((p) => p.status)).toEqual(['onTrack', 'unknown']);

    // A list run on the same workspace adds the plans sheet to lister.xlsx, printed like the other sheets.
    const out = join(tempDir(), 'run');
    const run = await runCli([
      'run',
      '--delivery',
      dir,
      '--years',
      '2021',
      '--workspace',
      workspace,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'lister.xlsx'));
    const ws = wb.getWorksheet('Udviklingsplaner');
    expect(ws).toBeDefined();
    const row = (n: number) => (ws?.getRow(n).values as unknown[]).slice(1);
    expect(row(3).slice(0, 3)).toEqual(['Boligområde', 'Område-id', 'Godkendt']);
    expect(row(4).slice(0, 2)).toEqual(['Alfaparken', 'A']);
    expect(row(4).slice(10, 14)).toEqual([40, 'på rette spor', 'planlagt 40,0 pct. i 2030 ≤ 40 pct.', 'Nej']);
    expect(row(5).slice(10, 12)).toEqual(['ukendt', 'ukendt']);
    expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:3' });
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual(['Udviklingsplaner', 'Om']);

    // `explain` of a plan area with the workspace shows its plan status after the criteria.
    const figures = join(tempDir(), 'area_figures.csv');
    const derived = await figuresFromDelivery({ delivery: dir, years: [2019, 2020, 2021] });
    writeFileSync(figures, areaFiguresCsv(derived.figures));
    const explained = await runCli([
      'explain',
      'A',
      '--year',
      '2021',
      '--figures',
      figures,
      '--workspace',
      workspace,
    ]);
    expect(explained.stderr).toBe('');
    expect(explained.code).toBe(0);
    expectGolden(GOLDEN, 'explain-A.txt', explained.stdout);
    const plain = await runCli(['explain', 'A', '--year', '2021', '--figures', figures]);
    expect(plain.stdout).not.toContain('Udviklingsplan');
  });

  it('a bad option is a usage error', async () => {
    const r = await runCli([
      'plans',
      '--delivery',
      smallDelivery(),
      '--year',
      '2021',
      '--assume',
      'plans.projection=end',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid value for plans.projection: end (allowed: line2030, lastPlanned)');
  });
});
