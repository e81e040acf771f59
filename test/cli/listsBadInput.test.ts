import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCodes.ts';
import { tempDir } from '../tempDir.ts';
import { entriesOf, runCli } from './cliHarness.ts';

const HEADER =
  'year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,k2_national_pct,k3_basic_pct,k4_income_pct';
const ROW_A = '2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50,50';
const ROW_B = '2021,751-beta,Beta,751,1200,40,35,1.5,0.75,50,70';

/** Writes the figures (and optional extra files), runs `lists`, and returns the result and the directory. */
async function listsWith(figures: string, extra: { history?: string; scenario?: string } = {}, json = false) {
  const dir = tempDir();
  writeFileSync(join(dir, 'figures.csv'), figures);
  const args = ['lists', '--figures', join(dir, 'figures.csv'), '--out', join(dir, 'out')];
  if (extra.history !== undefined) {
    writeFileSync(join(dir, 'history.csv'), extra.history);
    args.push('--history', join(dir, 'history.csv'));
  }
  if (extra.scenario !== undefined) {
    writeFileSync(join(dir, 'scenario.json'), extra.scenario);
    args.push('--ruleset', join(dir, 'scenario.json'));
  }
  if (json) args.push('--json');
  return { ...(await runCli(args)), dir };
}

/** Exit 3, the exact error line on stderr, and nothing written next to the figures. */
async function expectRejected(figures: string, line: (dir: string) => string, extra = {}) {
  const r = await listsWith(figures, extra);
  expect(r.code).toBe(EXIT.invalidInput);
  expect(r.stderr.split('\n')).toContain(`fejl: ${line(r.dir)}`);
  expect(entriesOf(r.dir).filter((e) => e !== 'history.csv' && e !== 'scenario.json')).toEqual([
    'figures.csv',
  ]);
  return r;
}

describe('lists: bad input exits non-zero, names file/line/column/value, and writes no output directory', () => {
  it('the valid file is accepted (the baseline every case below breaks)', async () => {
    const r = await listsWith(`${HEADER}\n${ROW_A}\n${ROW_B}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(entriesOf(r.dir)).toEqual(['figures.csv', 'out']);
  });

  it('missing column', async () => {
    await expectRejected(
      `${HEADER.replace(',k3_basic_pct', '')}\n2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50\n`,
      (d) => `${join(d, 'figures.csv')}:1: column "k3_basic_pct": required column is missing`,
    );
  });

  it('unknown column', async () => {
    const r = await listsWith(`${HEADER},bogus\n${ROW_A},1\n`);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toContain(
      `fejl: ${join(r.dir, 'figures.csv')}:1: column "bogus": unknown column (known: `,
    );
    expect(entriesOf(r.dir)).toEqual(['figures.csv']);
  });

  it('non-numeric value', async () => {
    await expectRejected(
      `${HEADER}\n${ROW_A}\n2021,751-beta,Beta,751,1200,40,35,abc,0.75,50,70\n`,
      (d) => `${join(d, 'figures.csv')}:3: column "k2_convicted_pct": value "abc" is not a number`,
    );
  });

  it('percentage outside 0–100', async () => {
    await expectRejected(
      `${HEADER}\n2021,101-alfa,Alfa,101,1500,60,145,3,0.75,50,50\n`,
      (d) =>
        `${join(d, 'figures.csv')}:2: column "k1_outside_pct": value "145" is not a percentage between 0 and 100`,
    );
  });

  it('negative count', async () => {
    await expectRejected(
      `${HEADER}\n2021,101-alfa,Alfa,101,-1500,60,45,3,0.75,50,50\n`,
      (d) => `${join(d, 'figures.csv')}:2: column "residents": value "-1500" is a negative count`,
    );
  });

  it('duplicate (year, area)', async () => {
    await expectRejected(
      `${HEADER}\n${ROW_A}\n${ROW_B}\n${ROW_B}\n`,
      (d) =>
        `${join(d, 'figures.csv')}:4: column "area_id": value "751-beta" repeats year 2021 and area_id "751-beta" of line 3`,
    );
  });

  it('unknown municipality code', async () => {
    await expectRejected(
      `${HEADER}\n2021,101-alfa,Alfa,100,1500,60,45,3,0.75,50,50\n`,
      (d) =>
        `${join(d, 'figures.csv')}:2: column "municipality_code": value "100" is not a known municipality code (3 digits, e.g. "101")`,
    );
  });

  it('every problem of every file is reported in one go', async () => {
    const r = await listsWith(`${HEADER}\n2021,101-alfa,Alfa,100,1500,60,x,3,0.75,50,50\n`, {
      history: 'year,area_id,list\n2020,101-alfa,getto\n',
    });
    expect(r.code).toBe(EXIT.invalidInput);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('fejl: '));
    expect(errors).toEqual([
      `fejl: ${join(r.dir, 'figures.csv')}:2: column "municipality_code": value "100" is not a known municipality code (3 digits, e.g. "101")`,
      `fejl: ${join(r.dir, 'figures.csv')}:2: column "k1_outside_pct": value "x" is not a number`,
      `fejl: ${join(r.dir, 'history.csv')}:2: column "list": value "getto" is not a list (one of ghetto, hard_ghetto, udsat, parallelsamfund, omdannelse, forebyggelse)`,
    ]);
    expect(r.stderr).toContain('3 fejl; intet er skrevet.');
  });

  it('malformed scenario file: invalid JSON is reported with its line', async () => {
    const scenario = '{\n  "id": "x",\n  "basedOn": 2021,,\n}';
    await expectRejected(
      `${HEADER}\n${ROW_A}\n`,
      (d) => `${join(d, 'scenario.json')}:3: is not valid JSON: ${jsonError(scenario)}`,
      { scenario },
    );
  });

  it('malformed scenario file: every scenario problem is reported with the file and its JSON path', async () => {
    const r = await listsWith(`${HEADER}\n${ROW_A}\n`, {
      scenario: JSON.stringify({
        id: 'no-gate',
        nameDa: 'Uden ikke-vestlig-kriteriet',
        basedOn: '1999',
        bogus: 1,
      }),
    });
    expect(r.code).toBe(EXIT.invalidInput);
    const file = join(r.dir, 'scenario.json');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('fejl: '));
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^fejl: ${escape(file)}: at "bogus": unknown key`)),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^fejl: ${escape(file)}: at "basedOn": `)),
    );
    expect(entriesOf(r.dir)).toEqual(['figures.csv', 'scenario.json']);
  });

  it('an unknown rule set name is a usage error (exit 2)', async () => {
    const r = await runCli([
      'lists',
      '--figures',
      'examples/area-figures.csv',
      '--ruleset',
      '2099',
      '--out',
      join(tempDir(), 'out'),
    ]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(
      'fejl: 2099: is neither a built-in rule set (2010, 2013, 2018, 2021) nor a scenario file',
    );
  });

  it('with --json the errors are one JSON object on standard output', async () => {
    const r = await listsWith(`${HEADER}\n2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50,abc\n`, {}, true);
    expect(r.code).toBe(EXIT.invalidInput);
    const envelope = JSON.parse(r.stdout) as {
      ok: boolean;
      command: string;
      error: { exitCode: number; errors: unknown[] };
    };
    expect([envelope.ok, envelope.command, envelope.error.exitCode]).toEqual([false, 'lists', 3]);
    const report = envelope.error;
    expect(report.errors).toEqual([
      {
        file: join(r.dir, 'figures.csv'),
        line: 2,
        column: 'k4_income_pct',
        value: 'abc',
        message: 'is not a number',
      },
    ]);
  });

  it('a missing figures file is reported by name', async () => {
    const dir = tempDir();
    const r = await runCli(['lists', '--figures', join(dir, 'nope.csv'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toContain(`fejl: ${join(dir, 'nope.csv')}: no such file`);
    expect(entriesOf(dir)).toEqual([]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
