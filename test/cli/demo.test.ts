import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tempDir.ts';
import { runCli } from './cliHarness.ts';

describe('boligmonitor demo (the README’s first command) at a tiny scale', () => {
  it('generates a delivery, runs the register pipeline and writes the lists with a Danish summary', async () => {
    const out = join(tempDir(), 'demo');
    const r = await runCli(['demo', '--scale', '0.01', '--seed', '7', '--out', out]);
    expect(r.stderr).not.toMatch(/fejl/);
    expect(r.code).toBe(0);
    for (const f of [
      'indicators.csv',
      'lists.csv',
      'changes.csv',
      'lists.json',
      'lister.xlsx',
      'manifest.json',
    ]) {
      expect(existsSync(join(out, 'lister', f)), f).toBe(true);
    }
    expect(existsSync(join(out, 'levering', 'residence.parquet'))).toBe(true);
    for (const f of [
      'redegoerelse.html',
      'redegoerelse.pdf',
      'bilag.xlsx',
      'audit/disclosure.csv',
      'manifest.json',
    ]) {
      expect(existsSync(join(out, 'redegoerelse', f)), f).toBe(true);
    }
    expect(existsSync(join(out, 'redegoerelse', 'tables', 'tabel-2.1.csv'))).toBe(true);
    expect(existsSync(join(out, 'redegoerelse', 'figures', 'figur-3.1.svg'))).toBe(true);
    expect(r.stdout).toContain('Redegørelse om parallelsamfund 2024:');
    for (const f of ['duties.json', 'daginstitutioner.csv', 'sprogproever.csv', 'kombineret-udlejning.csv'])
      expect(existsSync(join(out, 'pligter', f)), f).toBe(true);
    expect(r.stdout).toContain(
      `Pligter, som listerne pr. 1. december 2024 udløser → ${join(out, 'pligter')}:`,
    );
    expect(r.stdout).toMatch(/Skoler med pligt til sprogprøver: (\d+ skoler?|mangler)/);
    // The delivery ends with the snapshot of 1 January 2024, so the count of 30 September 2024 cannot be decided
    // (its residence is that of 1 January 2025), and the latest count it decides is written beside.
    expect(r.stdout).toContain('Daginstitutioner over 30 pct. børn fra udsatte boligområder: mangler');
    expect(r.stdout).toContain(
      `Seneste optælling, som leveringen afgør, 30. september 2023 → ${join(out, 'pligter-2023')}:`,
    );
    expect(r.stdout).toMatch(
      /\n {2}Daginstitutioner over 30 pct\. børn fra udsatte boligområder: \d+ institution/,
    );
    expect(existsSync(join(out, 'pligter-2023', 'daginstitutioner.csv'))).toBe(true);
    expect(r.stdout).toContain(`serve --results ${join(out, 'lister')}`);
    expect(r.stdout).toContain('Syntetisk Danmark (skala 0,01, frø 7)');
    expect(r.stdout).toContain('Antal boligområder pr. liste:');
    expect(r.stdout).toMatch(/^2024 +2021 /m);
    expect(r.stdout).toContain('Ændringer 2024 i forhold til 2023:');
    const manifest = JSON.parse(readFileSync(join(out, 'lister', 'manifest.json'), 'utf8')) as {
      ruleSets: { year: number; id: string }[];
    };
    expect(manifest.ruleSets.find((r) => r.year === 2018)?.id).toBe('2018');
    expect(manifest.ruleSets.find((r) => r.year === 2024)?.id).toBe('2021');
    const indicators = readFileSync(join(out, 'lister', 'indicators.csv'), 'utf8');
    expect(indicators).not.toMatch(/person/i);
  });

  it('rejects a scale outside (0, 2] before doing anything', async () => {
    const out = join(tempDir(), 'demo');
    const r = await runCli(['demo', '--scale', '0', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scale');
    expect(existsSync(out)).toBe(false);
  });
});
