/**
 * The report on the national delivery with its workspace already loaded: `boligmonitor report` run
 * `BENCH_RUNS` (3) times on the same workspace under GNU `time` (wall time, peak RSS), with the run's own
 * stage and report-step timings (`--json`). Prints a Markdown table for bench/RESULTS.md.
 *
 *   npm run build && npx tsx bench/reportBench.ts [DELIVERY] [WORKSPACE]
 *
 * The first call loads and validates the delivery into WORKSPACE if it is not there yet (not timed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const delivery = process.argv[2] ?? 'bench/data/nat-1.0';
const workspace = process.argv[3] ?? 'bench/out/report-workspace.duckdb';
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'bench-report-'));

interface Round {
  wallS: number;
  peakMb: number;
  stages: Record<string, number>;
  steps: Record<string, number>;
}

function report(out: string): Round {
  const timeFile = join(scratch, 'time.txt');
  const stdout = execFileSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M',
      '-o',
      timeFile,
      'node',
      'bin/boligmonitor.js',
      'report',
      '--delivery',
      delivery,
      '--year',
      '2024',
      '--workspace',
      workspace,
      '--out',
      out,
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const [wall = '0', kb = '0'] = readFileSync(timeFile, 'utf8').trim().split(/\s+/);
  const result = (
    JSON.parse(stdout) as {
      result: { timings: { stage: string; ms: number }[]; reportTimings: { step: string; ms: number }[] };
    }
  ).result;
  return {
    wallS: Number(wall),
    peakMb: Math.round(Number(kb) / 1024),
    stages: Object.fromEntries(result.timings.map((t) => [t.stage, t.ms / 1000])),
    steps: Object.fromEntries(result.reportTimings.map((t) => [t.step, t.ms / 1000])),
  };
}

try {
  report(join(scratch, 'warm'));
  const rounds: Round[] = [];
  for (let i = 0; i < runs; i++) rounds.push(report(join(scratch, `r${i}`)));
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const steps = Object.keys(rounds[0]?.steps ?? {});
  console.log(`| measure | median of ${runs} |\n|---|---|`);
  console.log(
    `| wall time, report of 2024 (workspace loaded) | ${median(rounds.map((r) => r.wallS)).toFixed(1)} s |`,
  );
  console.log(`| peak RSS | ${median(rounds.map((r) => r.peakMb))} MB |`);
  for (const stage of ['load', 'validate', 'indicators', 'classify', 'write']) {
    console.log(`| stage ${stage} | ${median(rounds.map((r) => r.stages[stage] ?? 0)).toFixed(1)} s |`);
  }
  for (const s of steps)
    console.log(`| report step ${s} | ${median(rounds.map((r) => r.steps[s] ?? 0)).toFixed(1)} s |`);
  console.log(
    `\nLoad average after the rounds: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
