import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tempDir.ts';
import { runCli } from './cliHarness.ts';

const FIGURES = ['--figures', 'examples/area-figures.csv', '--history', 'examples/history.csv'];

/** Every command prints one envelope with --json: `{ ok, command, result }` or `{ ok, command, error }`. */
const parse = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;

describe('--json prints one envelope for every command', () => {
  const successes: [string, () => string[]][] = [
    ['lists', () => ['lists', ...FIGURES, '--years', '2024', '--out', join(tempDir(), 'out'), '--json']],
    ['explain', () => ['explain', '153-eventyrbakken', '--year', '2024', ...FIGURES, '--json']],
    [
      'compare',
      () => [
        'compare',
        ...FIGURES,
        '--ruleset',
        'examples/scenarios/2021-uden-etnisk.json',
        '--years',
        '2024',
        '--json',
      ],
    ],
    ['rulesets', () => ['rulesets', '--json']],
  ];
  for (const [command, args] of successes) {
    it(`${command}: { ok: true, command, result }`, async () => {
      const r = await runCli(args());
      expect(r.code).toBe(0);
      const envelope = parse(r.stdout);
      expect(Object.keys(envelope)).toEqual(['ok', 'command', 'result']);
      expect(envelope).toMatchObject({ ok: true, command });
      expect(envelope['result']).toBeTypeOf('object');
    });
  }
  it('a failure: { ok: false, command, error: { exitCode, messages, errors } }', async () => {
    const r = await runCli(['explain', 'no-such-area', '--year', '2024', ...FIGURES, '--json']);
    expect(r.code).toBe(2);
    const envelope = parse(r.stdout);
    expect(Object.keys(envelope)).toEqual(['ok', 'command', 'error']);
    expect(envelope).toMatchObject({ ok: false, command: 'explain' });
    const error = envelope['error'] as Record<string, unknown>;
    expect(Object.keys(error)).toEqual(['exitCode', 'messages', 'errors']);
    expect(error['exitCode']).toBe(2);
    expect(error['messages']).toEqual([
      'area "no-such-area" has no figures for 2024 in examples/area-figures.csv (25 areas have figures that year)',
    ]);
  });
});
