/**
 * Times every statement of a register pipeline run (load, validate, indicators) on a delivery, slowest
 * first: `npx tsx bench/profileRun.ts DELIVERY_DIR [FROM-TO] [WORKSPACE]`. For finding where the time goes;
 * the numbers in RESULTS.md come from `bench/run.ts` (whole commands in child processes).
 */
import { rmSync } from 'node:fs';
import { DEFAULT_ASSUMPTIONS } from '../src/core/assumptions.ts';
import { defaultRuleSetForYear } from '../src/core/rulesets/builtInRuleSets.ts';
import { openDb, type Db } from '../src/analytics/db.ts';
import { areaFiguresFromWorkspace } from '../src/analytics/indicators/areaFiguresFromWorkspace.ts';
import { loadDelivery } from '../src/analytics/load/loadDelivery.ts';
import type { Query } from '../src/analytics/sql.ts';

const [dir, range = '2018-2024', workspace = 'bench/out/profile.duckdb'] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: profileRun.ts DELIVERY_DIR [FROM-TO] [WORKSPACE]');
const [from, to] = range.split('-').map(Number) as [number, number];
rmSync(workspace, { force: true });
rmSync(`${workspace}.wal`, { force: true });

const timings: { ms: number; sql: string }[] = [];
const raw = await openDb({ path: workspace });
async function timed<R>(q: Query, f: () => Promise<R>): Promise<R> {
  const t = performance.now();
  const r = await f();
  timings.push({
    ms: performance.now() - t,
    sql: q.sql.replace(/\s+/g, ' ').slice(0, Number(process.env.WIDTH ?? 150)),
  });
  return r;
}
const db: Db = {
  run: (q) => timed(q, () => raw.run(q)),
  all: <T extends object>(q: Query) => timed(q, () => raw.all<T>(q)),
  close: () => raw.close(),
};

const t0 = performance.now();
const loaded = await loadDelivery(db, dir, { quarantine: process.env.QUARANTINE === '1' });
console.log('load', loaded.timings, 'ok', loaded.report.ok);
const t1 = performance.now();
const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
const result = await areaFiguresFromWorkspace(
  db,
  {
    years: years.map((year) => ({ year, measures: defaultRuleSetForYear(year).measures })),
    assumptions: DEFAULT_ASSUMPTIONS,
  },
  'profile',
);
const t2 = performance.now();
console.log(
  `indicators ${(t2 - t1).toFixed(0)} ms, figures ${result.figures.length}; total ${(t2 - t0).toFixed(0)} ms`,
);
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.TOP ?? 25))) {
  console.log(`${(t.ms / 1000).toFixed(2).padStart(7)} s  ${t.sql}`);
}
raw.close();
