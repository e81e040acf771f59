// Load test of `boligmonitor serve` (not a test: run by hand, results in bench/RESULTS.md).
//
//   npm run build && npx tsx bench/loadServe.ts [RESULTS_DIR[,RESULTS_DIR…]] [RATE] [SECONDS]
//
// Starts the built CLI's server on a free port in its own process (one `--results` per comma-separated
// directory: several runs, scenario runs beside them), then drives it with autocannon at a fixed overall rate
// (default 500 requests/s for 60 s, 20 connections) over every area page, every area's API answer, the lists'
// pages and API answers, the front page and each scenario's pages and answers, in turn. Prints requests/s,
// latency percentiles, errors and non-2xx answers, the machine's load average before and after, and whether
// the target (zero errors, p99 ≤ 20 ms) was met, as JSON.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';

/** The part of autocannon's result this bench reads (the package ships no types). */
interface AutocannonResult {
  readonly requests: { readonly total: number; readonly average: number };
  readonly latency: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly throughput: { readonly average: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}
const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

const [resultsDirs = 'out/demo/lister', rateText = '500', secondsText = '60'] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
/** The p99 latency the site must keep at the rate, in milliseconds (issue "Boligmonitor on the web"). */
const TARGET_P99_MS = 20;
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

const server = spawn(
  process.execPath,
  [
    'bin/boligmonitor.js',
    'serve',
    ...resultsDirs.split(',').flatMap((d) => ['--results', d]),
    '--port',
    '0',
    '--host',
    '127.0.0.1',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) resolve(m[1] as string);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

try {
  const years = (await (await fetch(`${base}/api/v1/years`)).json()) as {
    computed: { year: number; lists: string[] }[];
    scenarios: { id: string; years: number[] }[];
  };
  const latest = years.computed[years.computed.length - 1] as { year: number; lists: string[] };
  const areas = new Set<string>();
  for (const y of years.computed) {
    const changes = (await (await fetch(`${base}/api/v1/changes/${y.year}`)).json()) as {
      changes: { areaId: string }[];
    };
    for (const c of changes.changes) areas.add(c.areaId);
  }
  const search = (await (await fetch(`${base}/api/v1/search?q=a`)).json()) as { areas: { areaId: string }[] };
  for (const a of search.areas) areas.add(a.areaId);
  const paths = [
    '/',
    ...[...areas].flatMap((id) => [`/omraader/${id}`, `/api/v1/areas/${id}`]),
    ...latest.lists.flatMap((l) => [`/lister/${latest.year}/${l}`, `/api/v1/lists/${latest.year}/${l}`]),
    '/api/v1/years',
    `/api/v1/lists/${latest.year}`,
  ];
  // Each scenario: its page, its latest year's lists and their answers, and the areas' scenario pages.
  for (const sc of years.scenarios) {
    const year = sc.years[sc.years.length - 1] as number;
    const lists = (await (await fetch(`${base}/api/v1/scenarios/${sc.id}/lists/${year}`)).json()) as {
      lists: { list: string }[];
    };
    paths.push(
      `/scenarier/${sc.id}`,
      ...lists.lists.flatMap((l) => [
        `/scenarier/${sc.id}/lister/${year}/${l.list}`,
        `/api/v1/scenarios/${sc.id}/lists/${year}/${l.list}`,
      ]),
      ...[...areas].flatMap((id) => [
        `/scenarier/${sc.id}/omraader/${id}`,
        `/api/v1/scenarios/${sc.id}/areas/${id}`,
      ]),
    );
  }
  // Warm-up: every URL once, so the measured minute is the steady state (each page is rendered once per
  // server and then served from memory); the cold renders are timed on their own.
  const cold: number[] = [];
  for (const path of paths) {
    const t = performance.now();
    await (await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    cold.push(performance.now() - t);
  }
  cold.sort((a, b) => a - b);
  const loadBefore = load();
  const result = await autocannon({
    url: base,
    connections: 20,
    overallRate: rate,
    duration: seconds,
    // As a browser asks: gzip accepted.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  process.stdout.write(
    `${JSON.stringify(
      {
        tool: `autocannon ${AUTOCANNON_VERSION}`,
        results: resultsDirs.split(','),
        target: `${rate} requests/s for ${seconds} s, 20 connections, ${paths.length} URLs in turn (${areas.size} areas, ${years.scenarios.length} scenarios)`,
        loadAverage: { before: loadBefore, after: load() },
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        coldRenderMs: {
          median: Math.round(cold[Math.floor(cold.length / 2)] as number),
          max: Math.round(cold[cold.length - 1] as number),
        },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        throughputBytesPerSecond: result.throughput.average,
        targetMet:
          result.errors === 0 &&
          result.timeouts === 0 &&
          result.non2xx === 0 &&
          result.latency.p99 <= TARGET_P99_MS,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  server.kill('SIGTERM');
}
