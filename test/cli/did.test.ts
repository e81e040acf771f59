import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delivery as smallDelivery, lives, person } from '../analytics/fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../analytics/fixtures/writeDelivery.ts';
import { runCli } from './cliHarness.ts';

const root = mkdtempSync(join(tmpdir(), 'did-cli-'));
const synthetic = join(root, 'levering');
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Scale 0.02, seed 1: the smallest synthetic Denmark found with an area on the first forebyggelse list (2021).
beforeAll(async () => {
  const r = await runCli([
    'synth',
    '--scale',
    '0.02',
    '--years',
    '2016-2024',
    '--seed',
    '1',
    '--out',
    synthetic,
  ]);
  expect(r.code).toBe(0);
});

interface DidJson {
  n: number;
  clusters: number;
  k: number;
  dropped: string[];
  beta: number;
  ci95: [number, number];
  eventStudy: { year: number }[];
  years: number[];
  bootstrap?: { draws: number };
  options: Record<string, unknown>;
}

describe('boligmonitor did', () => {
  it('prints the model, K and how it is counted, the estimate, the event study and the pre-trend test', async () => {
    const r = await runCli(['did', '--delivery', synthetic, '--year', '2024', '--workspace', ':memory:']);
    expect(r.stderr).not.toMatch(/fejl/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Difference-in-differences, listeår 2024: andelen af socialt udsatte blandt ' +
        'fraflyttere til andre kommuner.',
    );
    expect(r.stdout).toMatch(/K = \d+: konstant \+ \d+ kommunedummies \+ 7 årsdummies \+ β/);
    expect(r.stdout).toMatch(/Estimat: β = −?\d+,\d procentpoint \(95 pct\.-konfidensinterval: /);
    expect(r.stdout).toContain('Event study (referenceår 2021, procentpoint):');
    expect(r.stdout).toContain('Testen for parallelle trends før 2022');
  });

  it('--json gives did.json’s fields; K = intercept + (G − 1) + (T − 1) + β less the dropped; the options apply', async () => {
    const r = await runCli([
      'did',
      '--delivery',
      synthetic,
      '--workspace',
      ':memory:',
      '--outcome',
      'control',
      '--weighted',
      '--bootstrap',
      '49',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const envelope = JSON.parse(r.stdout) as { ok: boolean; result: { listYear: number; did: DidJson } };
    expect(envelope.ok).toBe(true);
    // Without --year: the delivery's latest snapshot.
    expect(envelope.result.listYear).toBe(2024);
    const d = envelope.result.did;
    expect(d.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(d.k).toBe(1 + (d.clusters - 1) + (d.years.length - 1) + 1 - d.dropped.length);
    expect(d.ci95[0]).toBeLessThanOrEqual(d.beta);
    expect(d.beta).toBeLessThanOrEqual(d.ci95[1]);
    expect(d.eventStudy.map((e) => e.year)).not.toContain(2021);
    expect(d.bootstrap?.draws).toBe(49);
    expect(d.options).toMatchObject({ socialExportOutcome: 'control', socialExportWeighted: true });
  });

  it('on a small delivery with no forebyggelse area, no estimate — and the reason, never a zero', async () => {
    const dir = writeCsvDelivery(
      smallDelivery({
        persons: [person('p1', '1980-06-01'), person('p2', '1990-06-01')],
        residence: [
          ...lives('p1', 'dA', [2020, 2021, 2022]),
          ...lives('p2', 'dOut', [2020, 2021]),
          ...lives('p2', 'dAarhus', [2022], '751'),
        ],
        labour: [{ year: 2021, person_id: 'p2', outside_fte: 1 }],
      }),
    );
    const r = await runCli(['did', '--delivery', dir, '--year', '2022', '--workspace', ':memory:', '--json']);
    expect(r.code).toBe(0);
    const did = (JSON.parse(r.stdout) as { result: { did: Record<string, unknown> } }).result.did;
    expect(did).toMatchObject({ beta: null, ci95: null, n: null });
    expect(did.problem).toMatchObject({
      textDa:
        'Modellen kan ikke estimeres: ingen kommuner har et område på listen over forebyggelsesområder pr. ' +
        '1. december 2021.',
    });
    const text = await runCli(['did', '--delivery', dir, '--year', '2022', '--workspace', ':memory:']);
    expect(text.stdout).toContain('Der er ikke beregnet et difference-in-differences-estimat.');
  });

  it('a delivery without the 2021 snapshot: the treated municipalities are unknown, and the reason says why', async () => {
    const dir = writeCsvDelivery(
      smallDelivery({
        persons: [person('p1', '1980-06-01')],
        residence: [...lives('p1', 'dOut', [2022]), ...lives('p1', 'dAarhus', [2023], '751')],
      }),
    );
    const r = await runCli(['did', '--delivery', dir, '--workspace', ':memory:', '--json']);
    expect(r.code).toBe(0);
    const result = (
      JSON.parse(r.stdout) as {
        result: { listYear: number; treatedMunicipalities: unknown; did: { problem: unknown } };
      }
    ).result;
    expect(result.listYear).toBe(2023);
    expect(result.treatedMunicipalities).toBeNull();
    expect(result.did.problem).toMatchObject({
      textDa: 'Modellen kan ikke estimeres: leveringen har ikke bopælsdata (1. januar) for 2021.',
    });
  });

  it('bad flags are usage errors (exit 2) before anything is read', async () => {
    const bad = await runCli([
      'did',
      '--delivery',
      synthetic,
      '--bootstrap',
      '0',
      '--assume',
      'socialExportPostFrom=x',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--bootstrap 0: expected a number of draws from 1 to 100000');
    expect(bad.stderr).toContain('invalid value for socialExportPostFrom: x');
    expect((await runCli(['did', '--delivery', synthetic, '--outcome', 'nowhere'])).code).toBe(2);
  });
});
