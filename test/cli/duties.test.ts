import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedDenmark } from '../analytics/fixtures/listedDenmark.ts';
import { writeCsvDelivery } from '../analytics/fixtures/writeDelivery.ts';
import { tempDir } from '../tempDir.ts';
import { entriesOf, runCli } from './cliHarness.ts';

describe('boligmonitor duties', () => {
  it('prints the duties in Danish; those whose tables the delivery lacks are missing with why', async () => {
    const dir = writeCsvDelivery(listedDenmark());
    const r = await runCli(['duties', '--delivery', dir, '--year', '2021', '--workspace', ':memory:']);
    expect(r.stderr).not.toMatch(/fejl/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pligter, som listerne pr. 1. december udløser, listeår 2021');
    expect(r.stdout).toContain(
      '(dagtilbudsloven § 26 a, stk. 1)\n  Mangler: leveringen har ikke daycare og daycare_institutions.',
    );
    expect(r.stdout).toContain(
      '(folkeskoleloven § 11 a)\n  Mangler: leveringen har ikke schools og school_enrolment.',
    );
    expect(r.stdout).toMatch(
      /kombineret udlejning kan anvendes \(almenboligloven § 51 b, stk\. 1\)\n {2}\d+ af 2 områder/,
    );
  });

  it('--json gives one envelope; --out writes duties.json, one CSV per duty and the manifest atomically', async () => {
    const dir = writeCsvDelivery(listedDenmark());
    const work = tempDir();
    const out = join(work, 'pligter');
    const r = await runCli([
      'duties',
      '--delivery',
      dir,
      '--year',
      '2021',
      '--workspace',
      ':memory:',
      '--out',
      out,
      '--json',
      '--assume',
      'languageTestLists=Y-3..Y-1',
    ]);
    expect(r.code).toBe(0);
    const envelope = JSON.parse(r.stdout) as {
      ok: boolean;
      result: {
        duties: { options: Record<string, string>; kombineretUdlejning: { kind: string; areas: unknown[] } };
      };
    };
    expect(envelope.ok).toBe(true);
    expect(envelope.result.duties.options.languageTestLists).toBe('Y-3..Y-1');
    expect(envelope.result.duties.kombineretUdlejning.kind).toBe('computed');
    expect(envelope.result.duties.kombineretUdlejning.areas).toHaveLength(2);
    expect(entriesOf(out)).toEqual([
      'daginstitutioner.csv',
      'duties.json',
      'kombineret-udlejning.csv',
      'laeringstilbud.csv',
      'manifest.json',
      'sprogproever.csv',
    ]);
    expect(readFileSync(join(out, 'kombineret-udlejning.csv'), 'utf8').split('\n')[0]).toBe(
      'municipality_code,area_id,name,residents,k1_data_year,k1_pct,applies,text_da',
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { extra?: unknown };
    expect(JSON.stringify(manifest)).toContain('"languageTestLists":"Y-3..Y-1"');
    expect(readFileSync(join(out, 'duties.json'), 'utf8')).not.toMatch(/"a\d+"/); // no person ids
  });

  it('rejects an unknown duty option value as a usage error, writing nothing', async () => {
    const dir = writeCsvDelivery(listedDenmark());
    const work = tempDir();
    const r = await runCli([
      'duties',
      '--delivery',
      dir,
      '--year',
      '2021',
      '--assume',
      'daycareResidenceSnapshot=later',
      '--out',
      join(work, 'x'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid value for daycareResidenceSnapshot: later');
    expect(existsSync(join(work, 'x'))).toBe(false);
  });
});
