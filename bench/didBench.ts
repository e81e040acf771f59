/**
 * The difference-in-differences estimator on a panel the size of the report's: 98 municipalities × 8 years
 * (2017–2024), 40 treated, with and without a 999-draw wild cluster bootstrap (Webb weights). Median of 5,
 * wall and CPU time (the CPU time is what a loaded shared machine does not inflate).
 *   npx tsx bench/didBench.ts
 */
import { estimateDid } from '../src/core/did/estimateDid.ts';
import type { DidOptions, DidPanelRow } from '../src/core/did/didModel.ts';
import { seededUniform } from '../src/core/did/seededUniform.ts';

const next = seededUniform(98);
const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
const rows: DidPanelRow[] = [];
for (let m = 0; m < 98; m++) {
  const treated = m < 40;
  const unitEffect = 4 * normal();
  for (let year = 2017; year <= 2024; year++)
    rows.push({
      unit: String(101 + 2 * m),
      year,
      y: 30 + unitEffect - 1.1 * (year - 2017) + 1.5 * normal(),
      weight: 20 + Math.floor(next() * 2000),
      treated,
    });
}

function median(options: DidOptions): {
  ms: number;
  cpuMs: number;
  beta: number;
  ci95?: readonly [number, number];
} {
  const times: number[] = [];
  const cpu: number[] = [];
  let last = estimateDid(rows, options);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    last = estimateDid(rows, options);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  if (!last.ok) throw new Error(`no estimate: ${JSON.stringify(last.problem)}`);
  const m = last.result.model;
  return {
    ms: times.sort((a, b) => a - b)[2] as number,
    cpuMs: cpu.sort((a, b) => a - b)[2] as number,
    beta: m.beta,
    ...(m.bootstrap ? { ci95: m.bootstrap.ci95 } : {}),
  };
}

const base: DidOptions = { postFrom: 2022, referenceYear: 2021, weighted: true };
const plain = median(base);
const boot = median({ ...base, bootstrap: { draws: 999, weights: 'webb', seed: 1 } });
console.log(`panel: ${rows.length} cells, 98 clusters`);
console.log(
  `CR1 + event study:              ${plain.ms.toFixed(0)} ms wall, ${plain.cpuMs.toFixed(0)} ms CPU (β ${plain.beta.toFixed(3)})`,
);
console.log(
  `with 999-draw wild bootstrap:   ${boot.ms.toFixed(0)} ms wall, ${boot.cpuMs.toFixed(0)} ms CPU (interval ${boot.ci95?.map((x) => x.toFixed(3)).join(' … ')})`,
);
