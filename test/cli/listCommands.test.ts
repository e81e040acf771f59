import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCodes.ts';
import { LIST_OUTPUT_FILES } from '../../src/reports/lists/writeListOutputs.ts';
import { tempDir } from '../tempDir.ts';
import { entriesOf, runCli } from './cliHarness.ts';

const EXAMPLE = ['--figures', 'examples/area-figures.csv', '--history', 'examples/history.csv'];

describe('boligmonitor lists', () => {
  it('writes every output file and prints the Danish summary', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['lists', ...EXAMPLE, '--years', '2018-2024', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(entriesOf(out)).toEqual([...LIST_OUTPUT_FILES].sort());
    expect(r.stdout).toContain('Lister 2018–2024');
    expect(r.stdout).toContain('Antal boligområder pr. liste:');
    expect(r.stdout).toContain('Ændringer 2024 i forhold til 2023:');
  });

  it('--json prints counts per list and year that agree with lists.csv', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli(['lists', ...EXAMPLE, '--years', '2024', '--out', out, '--json']);
    expect(r.code).toBe(EXIT.ok);
    const report = (
      JSON.parse(r.stdout) as { result: { counts: { year: number; list: string; count: number }[] } }
    ).result;
    const rows = readFileSync(join(out, 'lists.csv'), 'utf8').trim().split('\n').slice(1);
    for (const c of report.counts) {
      expect(rows.filter((l) => l.startsWith(`${c.year},`) && l.endsWith(`,${c.list}`)).length, c.list).toBe(
        c.count,
      );
    }
    expect(report.counts.map((c) => c.list)).toEqual([
      'udsat',
      'parallelsamfund',
      'omdannelse',
      'forebyggelse',
    ]);
  });

  it('--assume is recorded in the manifest; an unknown assumption is a usage error', async () => {
    const out = join(tempDir(), 'out');
    const ok = await runCli([
      'lists',
      ...EXAMPLE,
      '--years',
      '2024',
      '--assume',
      'comparison=oneDecimal',
      '--out',
      out,
    ]);
    expect(ok.code).toBe(EXIT.ok);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      assumptions: Record<string, string>;
    };
    expect(manifest.assumptions['comparison']).toBe('oneDecimal');
    const bad = await runCli([
      'lists',
      ...EXAMPLE,
      '--assume',
      'comparison=rounded',
      '--out',
      join(tempDir(), 'o'),
    ]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('invalid value for comparison: rounded');
  });

  it('a year without figures is a usage error and writes nothing', async () => {
    const dir = tempDir();
    const r = await runCli(['lists', ...EXAMPLE, '--years', '2025', '--out', join(dir, 'out')]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(
      '--years: no figures for 2025 in examples/area-figures.csv (it has 2016–2024)',
    );
    expect(entriesOf(dir)).toEqual([]);
  });

  it('a required flag left out is a usage error', async () => {
    const r = await runCli(['lists', '--figures', 'examples/area-figures.csv']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain("required option '--out <dir>' not specified");
  });
});

describe('boligmonitor explain', () => {
  it("shows the area's decisions with margins, its changes and its history", async () => {
    const r = await runCli(['explain', '153-eventyrbakken', '--year', '2022', ...EXAMPLE]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain(
      'Eventyrbakken (153-eventyrbakken), Brøndby Kommune — listeår 2022, regelsæt 2021',
    );
    // Exactly 40 pct. is not over 40 pct.
    expect(r.stdout).toContain('K1 40,0 pct. ≤ 40 pct.: ikke opfyldt');
    expect(r.stdout).toContain('Historik:');
    expect(r.stdout).toContain('Forebyggelsesområder: 2022');
  });

  it('--json gives the decisions with their criteria', async () => {
    const r = await runCli(['explain', '153-eventyrbakken', '--year', '2022', ...EXAMPLE, '--json']);
    const envelope = JSON.parse(r.stdout) as {
      ok: boolean;
      command: string;
      result: { lists: string[]; decisions: { list: string; criteria: unknown[] }[] };
    };
    expect([envelope.ok, envelope.command]).toEqual([true, 'explain']);
    const report = envelope.result;
    expect(report.lists).toEqual(['forebyggelse']);
    expect(report.decisions.find((d) => d.list === 'udsat')?.criteria).toHaveLength(4);
  });

  it('an unknown area is a usage error', async () => {
    const r = await runCli(['explain', 'nowhere', '--year', '2022', ...EXAMPLE]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('area "nowhere" has no figures for 2022');
  });
});

describe('boligmonitor rulesets', () => {
  it('lists the four built-in rule sets with their criteria', async () => {
    const r = await runCli(['rulesets']);
    expect(r.code).toBe(EXIT.ok);
    for (const id of ['2010', '2013', '2018', '2021']) expect(r.stdout).toContain(`Regelsæt ${id}:`);
    expect(r.stdout).toContain('K2 >= 3 × landsgennemsnittet');
  });

  it('--json gives each rule set with its list years and hash', async () => {
    const r = await runCli(['rulesets', '--json']);
    const sets = (JSON.parse(r.stdout) as { result: { id: string; listYears: number[]; sha256: string }[] })
      .result;
    expect(sets.map((s) => [s.id, s.listYears.slice(0, 3)])).toEqual([
      ['2010', [2010, 2011, 2012]],
      ['2013', [2013, 2014, 2015]],
      ['2018', [2018, 2019, 2020]],
      ['2021', [2021, 2022, 2023]],
    ]);
  });
});

describe('boligmonitor compare', () => {
  it('shows the areas that enter or leave under a scenario, and writes differences with --out', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'k1-35.json'),
      JSON.stringify({
        id: 'k1-35',
        nameDa: 'K1 over 35 pct.',
        description: 'The 2021 rules with K1 at 35 %.',
        basedOn: '2021',
        set: { 'udsat.K1': { threshold: 35 } },
      }),
    );
    const out = join(dir, 'cmp');
    const r = await runCli([
      'compare',
      ...EXAMPLE,
      '--ruleset',
      join(dir, 'k1-35.json'),
      '--years',
      '2022',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    // Eventyrbakken has K1 exactly 40.0 in 2022: not over 40, but over 35.
    expect(r.stdout).toMatch(/\+ Eventyrbakken: /);
    expect(entriesOf(out)).toEqual(['differences.csv', 'manifest.json', 'official', 'scenario']);
    expect(readFileSync(join(out, 'differences.csv'), 'utf8')).toContain(
      '2022,udsat,153-eventyrbakken,Eventyrbakken,entersUnderScenario,',
    );
  });
});
