import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cliHarness.ts';

// The whole chain of report chapter 3 on synthetic Denmarks that differ only in the planted effect: `synth
// --did-effect` adds percentage points to the vulnerable share of the treated municipalities' out-movers from
// the moves of 2022 on; `did` computes the lists (the treated municipalities are those of the computed 2021
// forebyggelse list), builds the panel in DuckDB and estimates. The estimator must find what was planted and,
// with nothing planted, cover zero. Scale 0.15 (seed 1, the demo's) has seven treated municipalities; at 0.05 there is one, and CR1 is then no guide.
const root = mkdtempSync(join(tmpdir(), 'did-planted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLANTED = 5;

interface Did {
  beta: number;
  ci95: [number, number];
  p: number;
  clusters: number;
}

async function estimate(effect: number): Promise<Did> {
  const out = join(root, `effect-${effect}`);
  const synth = await runCli([
    'synth',
    '--scale',
    '0.15',
    '--years',
    '2016-2024',
    '--seed',
    '1',
    '--did-effect',
    String(effect),
    '--out',
    out,
  ]);
  expect(synth.code).toBe(0);
  const r = await runCli(['did', '--delivery', out, '--year', '2024', '--workspace', ':memory:', '--json']);
  expect(r.stderr).not.toMatch(/fejl/);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { result: { did: Did } }).result.did;
}

let none: Did;
let planted: Did;
beforeAll(async () => {
  none = await estimate(0);
  planted = await estimate(PLANTED);
}, 600_000);

describe('the difference-in-differences on a synthetic Denmark with and without a planted effect', () => {
  it('covers zero when nothing is planted', () => {
    expect(none.ci95[0]).toBeLessThanOrEqual(0);
    expect(none.ci95[1]).toBeGreaterThanOrEqual(0);
  });

  it(`finds a planted effect of ${PLANTED} percentage points: the interval excludes zero and holds the effect`, () => {
    expect(planted.ci95[0]).toBeGreaterThan(0);
    expect(planted.ci95[0]).toBeLessThanOrEqual(PLANTED);
    expect(planted.ci95[1]).toBeGreaterThanOrEqual(PLANTED);
    expect(planted.p).toBeLessThan(0.05);
  });

  it('the planted effect moves β by about what was planted (same persons, same moves otherwise)', () => {
    expect(planted.clusters).toBe(none.clusters);
    expect(planted.beta - none.beta).toBeGreaterThan(PLANTED * 0.6);
    expect(planted.beta - none.beta).toBeLessThan(PLANTED * 1.4);
  });
});
