import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cliHarness.ts';
import { tempDir } from '../tempDir.ts';

/** The header lines exactly as data contract §D writes them (plus changes.csv of the list outputs). */
const CONTRACT = {
  'indicators.csv':
    'year,area_id,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,k2_national_pct,k2_ratio,k3_basic_pct,k4_income_pct',
  'lists.csv': 'year,area_id,list',
  'changes.csv': 'year,list,area_id,name,change,reason_en,reason_da',
};

describe('output column names match the contract literally', () => {
  it('indicators.csv, lists.csv and changes.csv start with the contract header', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli([
      'lists',
      '--figures',
      'examples/area-figures.csv',
      '--years',
      '2024',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    for (const [file, header] of Object.entries(CONTRACT)) {
      expect(readFileSync(join(out, file), 'utf8').split('\n')[0], file).toBe(header);
    }
  });

  it('manifest.json carries version, rule set hashes, assumptions, input hashes, row counts and times', async () => {
    const out = join(tempDir(), 'out');
    await runCli(['lists', '--figures', 'examples/area-figures.csv', '--years', '2023-2024', '--out', out]);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining([
        'software',
        'command',
        'startedAt',
        'finishedAt',
        'ruleSets',
        'assumptions',
        'inputs',
        'rowCounts',
      ]),
    );
    expect(m['ruleSets']).toEqual([
      { year: 2023, id: '2021', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { year: 2024, id: '2021', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(m['rowCounts']).toEqual([{ table: 'area_figures', rowsIn: 225, accepted: 225, rejected: 0 }]);
    expect(m['command']).toBe(
      `boligmonitor lists --figures examples/area-figures.csv --years 2023-2024 --out ${out}`,
    );
    expect((m['assumptions'] as Record<string, string>)['comparison']).toBe('unrounded');
  });
});
