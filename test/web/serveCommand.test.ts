import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cliHarness.ts';
import { tempDir } from '../tempDir.ts';

describe('boligmonitor serve refuses what it cannot serve, before listening', () => {
  it('a directory that is not a finished run is invalid input (exit 3), with the reason', async () => {
    const r = await runCli(['serve', '--results', join(tempDir(), 'findes-ikke')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no such directory/);
  });

  it('the output of `lists` (no workspace, only the listed areas) is refused with what to run instead', async () => {
    const out = join(tempDir(), 'lists');
    const lists = await runCli([
      'lists',
      '--figures',
      'examples/area-figures.csv',
      '--years',
      '2024',
      '--out',
      out,
    ]);
    expect(lists.code).toBe(0);
    const r = await runCli(['serve', '--results', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('boligmonitor run');
  });

  it('a port that is not a port is a usage error (exit 2)', async () => {
    const r = await runCli(['serve', '--results', '.', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port');
  });
});
