import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { parseMemoryLimit, parseThreads, SETTINGS } from '../../src/cli/settings.ts';
import { runCli } from './cliHarness.ts';

const cliReference = readFileSync('docs/cli.md', 'utf8');

describe('settings are declared once and documented', () => {
  it('every declared setting appears in the CLI reference (docs/cli.md)', () => {
    for (const [name, s] of Object.entries(SETTINGS)) expect(cliReference, name).toContain(s.flag);
  });
  it('every assumption appears in the CLI reference with its values and default', () => {
    for (const [name, a] of Object.entries(ASSUMPTIONS))
      expect(cliReference.replace(/\s+/g, ' '), name).toContain(
        `${name}=${a.values.join('|')} (default ${a.default})`,
      );
  });
  it('DuckDB settings are read once: a positive whole number of threads, a size with a unit', () => {
    expect(parseThreads('4')).toEqual({ ok: true, value: 4 });
    expect(parseThreads('0')).toEqual({ ok: false, error: '--threads 0: expected a positive integer' });
    expect(parseMemoryLimit('512MB')).toEqual({ ok: true, value: '512MB' });
    expect(parseMemoryLimit('lots')).toEqual({
      ok: false,
      error: '--memory-limit lots: expected a size such as 3GB or 512MB',
    });
  });
  it('a bad DuckDB setting is a usage error (exit 2) before anything is read', async () => {
    const r = await runCli([
      'run',
      '--delivery',
      'no-such-dir',
      '--out',
      'never-written',
      '--threads',
      'two',
      '--memory-limit',
      'lots',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fejl: --threads two: expected a positive integer');
    expect(r.stderr).toContain('fejl: --memory-limit lots: expected a size such as 3GB or 512MB');
  });
});
