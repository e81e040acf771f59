/**
 * `npx tsx bench/cliStartup.ts`: how long `boligmonitor --help` and `--version` take to start, as a user sees
 * it: each is a child process, timed from spawn to exit, one warm-up and then the median of `STARTUP_RUNS` (10).
 * Measured for the built CLI (`node bin/boligmonitor.js`, plain Node on dist/), for the sources run through
 * tsx (what bin/ did before the build), for `node -e 0` (Node's own start), and, with `BENCH_BEFORE=<git rev>`,
 * for the whole tree at that revision (`git archive`, sharing this checkout's node_modules). Writes
 * bench/RESULTS-startup.md. Target (issue "Ready for what comes next"): the built `--help` in ≤ 0.15 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.STARTUP_RUNS ?? '10');
const before = process.env.BENCH_BEFORE;
const TARGET_S = 0.15;
const work = join(root, 'bench', 'out', 'startup');
/** Directories this bench made outside the checkout, removed when it exits (also on failure). */
const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

interface Variant {
  readonly name: string;
  readonly args: readonly string[];
}

/** Wall seconds of one child process, from spawn to exit; fails loudly if it does not exit 0. */
function wallSeconds(args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return seconds;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** One warm-up (file cache, compile caches), then `runs` timed runs. */
function measure(args: readonly string[]): number[] {
  wallSeconds(args);
  return Array.from({ length: runs }, () => wallSeconds(args));
}

/** The entry point bin/boligmonitor.js had before the build: tsx compiles the sources at run time. */
function tsxEntry(): string {
  const file = join(work, 'tsxEntry.mjs');
  writeFileSync(
    file,
    [
      "import { register } from 'tsx/esm/api';",
      'register();',
      "const { main } = await import('../../../src/cli/main.ts');",
      'process.exitCode = await main(process.argv);',
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * The tree at a git revision, unpacked with `git archive` (read-only for the repository) into a temporary
 * directory outside the checkout, using this checkout's node_modules; built first if it has a build.
 */
function treeAt(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), `boligmonitor-startup-${rev}-`));
  temporary.push(dir);
  const tar = execFileSync('git', ['archive', '--format=tar', rev], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (existsSync(join(dir, 'tsconfig.build.json'))) {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: dir });
  }
  return join(dir, 'bin', 'boligmonitor.js');
}

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? 'unknown';
}

/** Other processes using a noticeable share of a CPU while the bench ran (from `ps`; not this bench). */
function busyProcesses(): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,pcpu=,args=', '--sort=-pcpu'], { encoding: 'utf8' }).stdout ?? '';
  return ps
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(
      ([pid, pcpu, ...args]) =>
        Number(pid) !== process.pid && Number(pcpu) >= 10 && !args.join(' ').includes('bench/cliStartup.ts'),
    )
    .map(([, pcpu, ...args]) => `${pcpu} % CPU: ${args.join(' ').slice(0, 90)}`);
}

mkdirSync(work, { recursive: true });
if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
  throw new Error('dist/ is missing: run `npm run build` first (the bench measures the built CLI)');
}
const variants: Variant[] = [
  { name: '`node bin/boligmonitor.js` (built, dist/)', args: ['bin/boligmonitor.js'] },
  { name: 'the sources through tsx (bin/ before the build)', args: [tsxEntry()] },
  ...(before === undefined
    ? []
    : [{ name: `\`node bin/boligmonitor.js\` at ${before} (before)`, args: [treeAt(before)] }]),
];
const loadStart = loadavg()[0] as number;
const busyStart = busyProcesses();
const nodeAlone = median(measure(['-e', '0']));
const rows = variants.flatMap((v) =>
  (['--help', '--version'] as const).map((flag) => {
    const times = measure([...v.args, flag]);
    return { variant: v.name, flag, median: median(times), times };
  }),
);
const loadEnd = loadavg()[0] as number;
const busyEnd = busyProcesses();

const s = (x: number): string => x.toFixed(3);
const builtHelp = rows.find((r) => r.variant === variants[0]?.name && r.flag === '--help');
const lines = [
  '# CLI start-up',
  '',
  `Target: \`boligmonitor --help\` in ≤ ${TARGET_S} s with the built CLI. Written by \`npx tsx bench/cliStartup.ts\``,
  `(median of ${runs} wall times of a spawned child process, after one warm-up).`,
  '',
  '## Machine',
  '',
  `- CPU: ${cpuModel()}, ${availableParallelism()} cores (nproc)`,
  `- Node ${process.version}`,
  `- Load average (1 min) at start ${loadStart.toFixed(2)}, at end ${loadEnd.toFixed(2)}`,
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ...(busyStart.length + busyEnd.length === 0
    ? ['- No other process used ≥ 10 % CPU (ps, over its lifetime) at start or end.']
    : [
        '- Other processes were running (ps: ≥ 10 % CPU over their lifetime, at start and end):',
        ...[...new Set([...busyStart, ...busyEnd])].map((p) => `  - ${p}`),
      ]),
  '',
  '## Results',
  '',
  '| entry point | command | median (s) | all runs (s) |',
  '| --- | --- | --- | --- |',
  `| \`node -e 0\` (Node alone) | | ${s(nodeAlone)} | |`,
  ...rows.map((r) => `| ${r.variant} | \`${r.flag}\` | ${s(r.median)} | ${r.times.map(s).join(', ')} |`),
  '',
  builtHelp === undefined
    ? ''
    : `Built \`--help\`: ${s(builtHelp.median)} s, ${builtHelp.median <= TARGET_S ? 'within' : 'over'} the target of ${TARGET_S} s.`,
  '',
];
const out = join(root, 'bench', 'RESULTS-startup.md');
writeFileSync(out, lines.join('\n'));
process.stdout.write(lines.join('\n'));
process.stdout.write(`\nWritten to ${out}; run \`npx prettier --write bench/RESULTS-startup.md\`.\n`);
