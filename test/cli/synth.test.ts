import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cliHarness.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('boligmonitor synth', () => {
  it('generates a delivery and reports its realism', async () => {
    const out = join(root, 'd');
    const r = await runCli([
      'synth',
      '--scale',
      '0.002',
      '--years',
      '2017-2019',
      '--seed',
      '4',
      '--out',
      out,
      '--report',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'residence.parquet'))).toBe(true);
    expect(r.stdout).toContain('Syntetisk Danmark skrevet til');
    expect(r.stdout).toContain('Lister pr. år');
  });

  it('rejects a bad scale as a usage error and writes nothing', async () => {
    const out = join(root, 'bad');
    const r = await runCli(['synth', '--scale', '0', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scale');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out or --report', async () => {
    const r = await runCli(['synth']);
    expect(r.code).toBe(2);
  });
});
