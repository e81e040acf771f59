import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cliHarness.ts';

const root = mkdtempSync(join(tmpdir(), 'report-cli-'));
const SUPPLIED = resolve(import.meta.dirname, '..', '..', 'examples', 'supplied');
const delivery = join(root, 'levering');
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => {
  const r = await runCli([
    'synth',
    '--scale',
    '0.01',
    '--years',
    '2016-2024',
    '--seed',
    '3',
    '--out',
    delivery,
  ]);
  expect(r.code).toBe(0);
});

/** The rows of a `tables/<id>.csv` (no field holds a comma in these tables). */
function rowsOf(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

describe('boligmonitor report', () => {
  it('writes exactly contract §F, every published cell through disclosure control', async () => {
    const out = join(root, 'r');
    const r = await runCli([
      'report',
      '--delivery',
      delivery,
      '--year',
      '2024',
      '--out',
      out,
      '--workspace',
      ':memory:',
      '--supplied',
      SUPPLIED,
    ]);
    expect(r.stderr).not.toMatch(/fejl/);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'audit',
        'bilag.xlsx',
        'did.json',
        'figures',
        'manifest.json',
        'redegoerelse.html',
        'redegoerelse.pdf',
        'tables',
      ].sort(),
    );
    const tables = readdirSync(join(out, 'tables')).sort();
    for (const id of [
      'tabel-2.1',
      'figur-2.1a',
      'figur-2.1d',
      'figur-2.2b',
      'figur-2.3a',
      'figur-2.3b',
      'figur-3.1',
      'figur-3.2',
      'figur-3.3a',
      'figur-3.3b',
      'figur-3.4',
      'figur-3.5a',
      'figur-3.5b',
      'figur-4.5',
      'tabel-6.1',
      'tabel-6.2',
    ]) {
      expect(tables).toContain(`${id}.csv`);
    }
    for (const t of tables) {
      for (const row of rowsOf(join(out, 'tables', t))) {
        expect(['value', 'suppressed', 'missing', 'notApplicable']).toContain(row.status);
        expect(row.value === '', `${t} ${row.row}/${row.column}`).toBe(row.status !== 'value');
        // Counts of persons are never 1 or 2; figure 3.1 counts areas on the public lists, tables 2.2 and 2.4
        // dwellings and lettings, not persons.
        const notPersons = ['figur-3.1.csv', 'tabel-2.2.csv', 'tabel-2.4.csv'];
        if (row.unit === 'count' && !notPersons.includes(t)) expect(['1', '2']).not.toContain(row.value);
      }
    }
    const audit = readFileSync(join(out, 'audit', 'disclosure.csv'), 'utf8');
    expect(audit.split('\n')[0]).toBe('id,row,column,rule,primary_or_secondary,reason');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      extra: {
        report: { listYear: number; audit: { ok: boolean }; template: { source: string; sha256: string } };
      };
      outputs: { file: string }[];
    };
    expect(manifest.extra.report.listYear).toBe(2024);
    expect(manifest.extra.report.audit.ok).toBe(true);
    expect(manifest.extra.report.template.source).toBe('bundled');
    expect(manifest.outputs.map((o) => o.file)).toContain('redegoerelse.pdf');
    expect(manifest.outputs.map((o) => o.file)).toContain('did.json');
    // did.json (domain §10): the chapter 3 estimate with the options it used.
    const did = JSON.parse(readFileSync(join(out, 'did.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(did)).toEqual(
      expect.arrayContaining(['outcome', 'model', 'n', 'clusters', 'k', 'beta', 'se', 't', 'p', 'ci95']),
    );
    expect(Object.keys(did)).toEqual(expect.arrayContaining(['eventStudy', 'preTrend', 'options']));
    expect(did.outcome).toBe('any');
    expect(did.options).toMatchObject({ socialExportTreatmentList: 'first', socialExportPostFrom: 2022 });
    // The synthetic delivery says so in the tables' source line, never the registers of real persons.
    expect(readFileSync(join(out, 'redegoerelse.html'), 'utf8')).toContain(
      'Kilde: Syntetiske registerdata (boligmonitor synth, skala 0,01, frø 3); ingen virkelige personer.',
    );
  });

  it('a template naming an unknown fact fails, naming it, and writes nothing', async () => {
    const template = join(root, 'skabelon');
    mkdirSync(template);
    writeFileSync(
      join(template, 'template.json'),
      JSON.stringify({ titleDa: 'T', subtitleDa: 'S {{aar}}', sourceRegisterDa: 'K' }),
    );
    writeFileSync(
      join(template, '1.md'),
      '# 1 Indledning\n\nDer er {{udsatte.antal}} og {{ukendt.fakta}}.\n',
    );
    const out = join(root, 'bad');
    const r = await runCli([
      'report',
      '--delivery',
      delivery,
      '--year',
      '2024',
      '--template',
      template,
      '--out',
      out,
      '--workspace',
      ':memory:',
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('{{ukendt.fakta}} (1.md:3)');
    expect(existsSync(out)).toBe(false);
  });

  it('supplied tables with problems fail before the run, naming every problem, and write nothing', async () => {
    const supplied = join(root, 'leveret');
    mkdirSync(supplied);
    writeFileSync(
      join(supplied, 'tabel-6.1.csv'),
      'paragraph,offence_code,offence_text,year,count,source\n§ 156,70591,Pligt,2019,x,\n',
    );
    const out = join(root, 'bad-supplied');
    const r = await runCli([
      'report',
      '--delivery',
      delivery,
      '--year',
      '2024',
      '--out',
      out,
      '--supplied',
      supplied,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tabel-6.1.csv:2: column "count": value "x" is not a number');
    expect(r.stderr).toContain('tabel-6.1.csv:2: column "source": value "" is empty: a value is required');
    expect(existsSync(out)).toBe(false);
  });

  it('a list year before the report’s series is a usage error', async () => {
    const r = await runCli(['report', '--delivery', delivery, '--year', '2016', '--out', join(root, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year 2016');
  });
});
