import { areaFiguresCsv } from '../analytics/fixtures/areaFiguresCsv.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresFromDelivery } from '../../src/analytics/figuresFromDelivery.ts';
import { listedDenmark } from '../analytics/fixtures/listedDenmark.ts';
import { delivery, lives, person } from '../analytics/fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../analytics/fixtures/writeDelivery.ts';
import { tempDir } from '../tempDir.ts';
import { runCli } from './cliHarness.ts';

describe('boligmonitor run', () => {
  it('gives exactly the lists that `lists` gives for the area figures derived from the same delivery', async () => {
    const dir = writeCsvDelivery(listedDenmark());
    const work = tempDir();
    const fromDelivery = await runCli([
      'run',
      '--delivery',
      dir,
      '--years',
      '2020-2021',
      '--workspace',
      ':memory:',
      '--out',
      join(work, 'run'),
    ]);
    expect(fromDelivery.stderr).not.toMatch(/fejl/i);
    expect(fromDelivery.code).toBe(0);

    // Every snapshot year of the delivery, as `run` computes the years before 2020 its lists depend on.
    const derived = await figuresFromDelivery({ delivery: dir, years: [2019, 2020, 2021] });
    writeFileSync(join(work, 'area_figures.csv'), areaFiguresCsv(derived.figures));
    const fromFigures = await runCli([
      'lists',
      '--figures',
      join(work, 'area_figures.csv'),
      '--years',
      '2020-2021',
      '--out',
      join(work, 'lists'),
    ]);
    expect(fromFigures.code).toBe(0);

    const lists = readFileSync(join(work, 'run', 'lists.csv'), 'utf8');
    expect(lists.split('\n').length).toBeGreaterThan(3); // the fixture puts areas on lists
    for (const file of ['lists.csv', 'changes.csv']) {
      expect(readFileSync(join(work, 'run', file), 'utf8'), file).toBe(
        readFileSync(join(work, 'lists', file), 'utf8'),
      );
    }
    // The figures file carries repeating fractions (125/3) to 15 decimals, so the K2 ratio formed from them
    // can differ from the exact one in the 15th decimal; every other column is identical.
    const rowsOf = (dir: string) =>
      readFileSync(join(work, dir, 'indicators.csv'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(','));
    const [run, fig] = [rowsOf('run'), rowsOf('lists')];
    expect(run.map((r) => r.filter((_, i) => i !== 7))).toEqual(fig.map((r) => r.filter((_, i) => i !== 7)));
    for (const [i, r] of run.entries()) {
      if (i === 0) continue;
      expect(Math.abs(Number(r[7]) - Number(fig[i]?.[7]))).toBeLessThan(1e-12);
    }
  });

  it('strict: an invalid delivery exits 3 with a validation report and writes nothing', async () => {
    const rows = delivery({
      persons: [person('v1', '1980-06-01')],
      residence: [
        ...lives('v1', 'dA', [2021]),
        { year: 2021, person_id: 'v1', dwelling_id: 'dA', municipality_code: '999' },
      ],
    });
    const dir = writeCsvDelivery(rows);
    const out = join(tempDir(), 'out');
    const r = await runCli([
      'run',
      '--delivery',
      dir,
      '--years',
      '2021',
      '--workspace',
      ':memory:',
      '--out',
      out,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('FEJL residence.municipality_code.domain: ukendt kommunekode');
    expect(r.stderr).toContain('residence række 2, kolonne municipality_code: 999');
    expect(r.stderr).toContain('FEJL residence.year_person_id.unique');
    expect(existsSync(out)).toBe(false);
  });

  it('--quarantine: invalid rows go to rejects.csv, the run goes on, the manifest balances every table', async () => {
    const rows = delivery({
      persons: [person('v1', '1980-06-01'), person('v2', '1980-06-01')],
      residence: [
        ...lives('v1', 'dA', [2020, 2021]),
        ...lives('v2', 'dA', [2020, 2021]),
        { year: 2021, person_id: 'ghost', dwelling_id: 'dA', municipality_code: '101' },
      ],
      labour: [
        { year: 2019, person_id: 'v1', outside_fte: 1 },
        { year: 2020, person_id: 'v1', outside_fte: 2 },
        { year: 2020, person_id: 'v2', outside_fte: 0 },
      ],
    });
    const work = tempDir();
    const out = join(work, 'out');
    const r = await runCli([
      'run',
      '--delivery',
      writeCsvDelivery(rows),
      '--quarantine',
      '--out',
      out,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const rejects = readFileSync(join(out, 'rejects.csv'), 'utf8');
    expect(rejects).toBe(
      'table,row,rule_id,column,value,reason\n' +
        'labour,2,labour.outside_fte.range,outside_fte,2.0,andelen skal ligge mellem 0 og 1\n' +
        'residence,5,residence.person_id.reference,person_id,<person_id>,person findes ikke i persons\n',
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(manifest)).toContain('"table":"residence","rowsIn":5,"accepted":4,"rejected":1');
    expect(JSON.stringify(manifest)).toContain('"table":"labour","rowsIn":3,"accepted":2,"rejected":1');
    expect(existsSync(join(work, 'workspace.duckdb'))).toBe(true); // the default workspace, next to --out
    const report = (JSON.parse(r.stdout) as { result: { years: number[] } }).result;
    expect(report.years).toEqual([2021]);
  });

  it('a second run on an unchanged delivery skips validation, says so, and records it in the manifest', async () => {
    const dir = writeCsvDelivery(listedDenmark());
    const work = tempDir();
    const workspace = join(work, 'workspace.duckdb');
    const args = (out: string, ...more: string[]) => [
      'run',
      '--delivery',
      dir,
      '--years',
      '2020-2021',
      '--workspace',
      workspace,
      '--out',
      join(work, out),
      ...more,
    ];
    type Validation = { cached: boolean; validatedAt: string; validatorVersion: number };
    const manifestValidation = (out: string): Validation =>
      (
        JSON.parse(readFileSync(join(work, out, 'manifest.json'), 'utf8')) as {
          extra: { validation: Validation };
        }
      ).extra.validation;

    const first = await runCli(args('first'));
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('Validering genbrugt');
    const validatedAt = manifestValidation('first').validatedAt;
    expect(manifestValidation('first').cached).toBe(false);

    const second = await runCli(args('second'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      `Validering genbrugt: leverancen er uændret (SHA-256 af hver fil) siden valideringen ${validatedAt}.`,
    );
    expect(manifestValidation('second')).toEqual({ ...manifestValidation('first'), cached: true });

    const third = await runCli(args('third', '--json'));
    expect(third.code).toBe(0);
    const result = (JSON.parse(third.stdout) as { result: { validation: Validation; timings: unknown[] } })
      .result;
    expect(result.validation).toMatchObject({ cached: true, validatedAt });
    expect(result.timings).toContainEqual({ stage: 'validate', ms: 0 });
    expect(manifestValidation('third').cached).toBe(true);
    for (const file of ['lists.csv', 'changes.csv', 'indicators.csv']) {
      expect(readFileSync(join(work, 'second', file), 'utf8'), file).toBe(
        readFileSync(join(work, 'first', file), 'utf8'),
      );
    }
  });

  it('asks for list years the delivery has no snapshot for: a usage error', async () => {
    const dir = writeCsvDelivery(
      delivery({ persons: [person('v1', '1980-06-01')], residence: lives('v1', 'dA', [2021]) }),
    );
    const r = await runCli([
      'run',
      '--delivery',
      dir,
      '--years',
      '2023',
      '--workspace',
      ':memory:',
      '--out',
      join(tempDir(), 'o'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no residence snapshot for 2023');
  });
});
