/**
 * `npm run bench`: generates benchmark deliveries (scale 0.1 and 1.0, 2014–2024, Parquet) under bench/data/
 * and measures each stage of `boligmonitor run --years 2018-2024` in child processes: wall time, peak RSS
 * (GNU time), and the stage timings the run reports. Median of 3. Replaces the results section of
 * bench/RESULTS.md (between its `results:start` and `results:end` markers).
 *
 * Options (environment): BENCH_SCALES=0.1,1.0  BENCH_RUNS=3  BENCH_GENERATOR=synth|plain
 * BENCH_REUSE=1 measures an existing delivery under bench/data/ instead of generating it again (its generation
 * time is read from the `<dir>.generation.json` written when it was generated).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scales = (process.env.BENCH_SCALES ?? '0.1,1.0').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? '3');
const generator = process.env.BENCH_GENERATOR ?? 'synth';
const reuse = process.env.BENCH_REUSE === '1';
const YEARS = '2018-2024';

interface Measured {
  readonly wallS: number;
  readonly maxRssMb: number;
  readonly stdout: string;
}

/** Runs a command under GNU time; returns wall seconds and peak RSS. */
function timed(cmd: string, args: readonly string[]): Measured {
  const timeFile = join(root, 'bench', 'out', '.time');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, cmd, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const [wall, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? [];
  return { wallS: Number(wall), maxRssMb: Number(rss) / 1024, stdout: r.stdout };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

interface Generated {
  readonly dir: string;
  readonly how: string;
  readonly wallS: number;
  readonly maxRssMb: number;
}

function generate(scale: number): Generated {
  const synthDir = join(root, 'bench', 'data', `synth-${scale}`);
  const useSynth = generator === 'synth' && existsSync(join(root, 'src', 'synth', 'generateDelivery.ts'));
  const dir = useSynth ? synthDir : join(root, 'bench', 'data', `plain-${scale}`);
  const record = `${dir}.generation.json`;
  if (reuse && existsSync(dir) && existsSync(record))
    return JSON.parse(readFileSync(record, 'utf8')) as Generated;
  const gen = generateAnew(scale, useSynth, synthDir);
  writeFileSync(record, JSON.stringify(gen));
  return gen;
}

function generateAnew(scale: number, useSynth: boolean, synthDir: string): Generated {
  if (useSynth) {
    rmSync(synthDir, { recursive: true, force: true });
    const args = [
      'bin/boligmonitor.js',
      'synth',
      '--scale',
      String(scale),
      '--years',
      '2014-2024',
      '--seed',
      '1',
    ];
    const m = timed('node', [...args, '--out', synthDir]);
    return {
      dir: synthDir,
      how: 'boligmonitor synth (synthetic Denmark)',
      wallS: m.wallS,
      maxRssMb: m.maxRssMb,
    };
  }
  const plainDir = join(root, 'bench', 'data', `plain-${scale}`);
  rmSync(plainDir, { recursive: true, force: true });
  const m = timed('npx', ['tsx', 'bench/makeBenchDelivery.ts', String(scale), '2014', '2024', plainDir]);
  return {
    dir: plainDir,
    how: 'bench/makeBenchDelivery.ts (plain volumes)',
    wallS: m.wallS,
    maxRssMb: m.maxRssMb,
  };
}

interface RunReport {
  readonly timings: readonly { stage: string; ms: number }[];
}

function pipeline(dir: string, scale: number, years: string): { m: Measured; stages: Map<string, number> } {
  const out = join(root, 'bench', 'out', `run-${scale}-${years}`);
  const ws = join(root, 'bench', 'out', `ws-${scale}.duckdb`);
  rmSync(ws, { force: true });
  rmSync(`${ws}.wal`, { force: true });
  const args = ['bin/boligmonitor.js', 'run', '--delivery', dir, '--years', years, '--workspace', ws];
  const m = timed('node', [...args, '--out', out, '--json']);
  const report = JSON.parse(m.stdout) as RunReport;
  return { m, stages: new Map(report.timings.map((t) => [t.stage, t.ms / 1000])) };
}

mkdirSync(join(root, 'bench', 'out'), { recursive: true });
const loadBefore = loadavg()[0] ?? 0;
const lines: string[] = [];
const fmt = (x: number, d = 1): string => x.toFixed(d);
for (const scale of scales) {
  process.stderr.write(`scale ${scale}: generating…\n`);
  const gen = generate(scale);
  const full: { m: Measured; stages: Map<string, number> }[] = [];
  const single: { m: Measured; stages: Map<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`scale ${scale}: run ${i + 1}/${runs}…\n`);
    full.push(pipeline(gen.dir, scale, YEARS));
    single.push(pipeline(gen.dir, scale, '2024'));
  }
  const stage = (xs: typeof full, s: string): number => median(xs.map((x) => x.stages.get(s) ?? 0));
  const afterLoading = (x: (typeof full)[number]): number =>
    (x.stages.get('indicators') ?? 0) + (x.stages.get('classify') ?? 0) + (x.stages.get('write') ?? 0);
  const listYears = Number(YEARS.slice(5)) - Number(YEARS.slice(0, 4)) + 1;
  lines.push(
    `### Scale ${scale}`,
    '',
    `Delivery: ${gen.how}, 2014–2024, Parquet, ${du(gen.dir)}. Generation: ${fmt(gen.wallS)} s, peak RSS ${fmt(gen.maxRssMb, 0)} MB (one run).`,
    '',
    `| run ${YEARS} (median of ${runs}) | seconds |`,
    '|---|---|',
    ...['load', 'validate', 'indicators', 'classify', 'write'].map(
      (s) => `| ${s} | ${fmt(stage(full, s), 2)} |`,
    ),
    `| **whole command (wall)** | **${fmt(median(full.map((x) => x.m.wallS)))}** |`,
    `| peak RSS | ${fmt(median(full.map((x) => x.m.maxRssMb)), 0)} MB |`,
    `| after loading, per list year of the ${listYears}: (indicators + classify + write) / ${listYears} | ${fmt(
      median(full.map(afterLoading)) / listYears,
      2,
    )} |`,
    `| a run of one list year (2024) after loading: indicators + classify + write | ${fmt(
      median(single.map(afterLoading)),
      2,
    )} |`,
    `| a run of one list year (2024): whole command (wall), peak RSS | ${fmt(
      median(single.map((x) => x.m.wallS)),
    )} s, ${fmt(median(single.map((x) => x.m.maxRssMb)), 0)} MB |`,
    '',
    `All runs 2018–2024 (wall s): ${full.map((x) => fmt(x.m.wallS)).join(', ')}; validate (s): ${full
      .map((x) => fmt(x.stages.get('validate') ?? 0, 2))
      .join(
        ', ',
      )}; indicators (s): ${full.map((x) => fmt(x.stages.get('indicators') ?? 0, 2)).join(', ')}; peak RSS (MB): ${full
      .map((x) => fmt(x.m.maxRssMb, 0))
      .join(', ')}`,
    '',
    `All runs 2024 after loading (s): ${single.map((x) => fmt(afterLoading(x), 2)).join(', ')}`,
    '',
  );
}
const loadAfter = loadavg()[0] ?? 0;
const machine = [
  `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; RAM ${fmt(totalmem() / 2 ** 30, 0)} GiB`,
  `- Node ${process.version}; DuckDB ${duckdbVersion()}; 2 DuckDB threads, memory limit 3GB`,
  `- Load average (1 min) at start ${fmt(loadBefore, 2)}, at end ${fmt(loadAfter, 2)}`,
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
];
const generated = [
  '<!-- results:start -->',
  '',
  '### Machine',
  '',
  ...machine,
  '',
  ...lines,
  '<!-- results:end -->',
];
const resultsFile = join(root, 'bench', 'RESULTS.md');
const previous = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
  : '# Benchmark results\n\n<!-- results:start -->\n<!-- results:end -->\n';
writeFileSync(
  resultsFile,
  previous.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, generated.join('\n')),
);
process.stdout.write(['', ...machine, '', ...lines].join('\n'));

function du(dir: string): string {
  return execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0] ?? '?';
}

function duckdbVersion(): string {
  const pkg = JSON.parse(
    readFileSync(join(root, 'node_modules', '@duckdb', 'node-api', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}
