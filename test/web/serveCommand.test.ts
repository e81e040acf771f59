import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../src/web/data/siteData.ts';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cliHarness.ts';
import { tempDir } from '../tempDir.ts';

describe('boligmonitor serve refuses what it cannot serve, before listening', () => {
  it('a directory that is not a finished run is invalid input (exit 3), with the reason', async () => {
    const r = await runCli(['serve', '--results', join(tempDir(), 'findes-ikke')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no such directory/);
  });

  it('the output of `lists` is served from its inputs, and refused once an input has changed', async () => {
    const dir = tempDir();
    const figures = join(dir, 'area-figures.csv');
    copyFileSync('examples/area-figures.csv', figures);
    const out = join(dir, 'lists');
    const lists = await runCli(['lists', '--figures', figures, '--years', '2023-2024', '--out', out]);
    expect(lists.code).toBe(0);
    const data = await loadSiteData(out);
    expect(data.run.years).toEqual([2023, 2024]);
    expect(data.run.assessments.filter((a) => a.year === 2024).length).toBeGreaterThan(20);
    appendFileSync(figures, '\n');
    const r = await runCli(['serve', '--results', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('has changed since the run');
  });

  it('a port that is not a port is a usage error (exit 2)', async () => {
    const r = await runCli(['serve', '--results', '.', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port');
  });
});
