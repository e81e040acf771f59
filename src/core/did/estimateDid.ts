import { clusteredOls, matrixOfColumns, type ClusteredFit } from './clusteredOls.ts';
import { tInference } from './clusterInference.ts';
import { waldF } from './clusterInference.ts';
import {
  eventStudyColumns,
  pooledDidColumns,
  TREATED_POST,
  treatedInYear,
  type DesignColumns,
} from './didDesignColumns.ts';
import { didDesignProblemOf } from './didDesignProblem.ts';
import {
  BOOTSTRAP_WEIGHTS,
  type DidDesignProblem,
  type DidEstimate,
  type DidOptions,
  type DidOutcome,
  type DidPanelRow,
  type EventStudyCoefficient,
} from './didModel.ts';
import { didPanelFrom, type DidPanel } from './didPanel.ts';
import { independentColumns, type ThinQr } from './independentColumns.ts';
import {
  absoluteCritical,
  bootstrapP,
  bootstrapTStatistics,
  bootstrapWeights,
} from './wildClusterBootstrap.ts';
import type { Matrix } from 'ml-matrix';

/**
 * The difference-in-differences of domain §10 on a panel of municipality-years: two-way fixed effects OLS (or
 * WLS with the out-movers as weights) with explicit unit and year dummies, β on D_m·Post_t with CR1 standard
 * errors clustered by unit and t inference with G − 1 degrees of freedom; the event study with D_m·1[t = k]
 * for every year but the reference year, and the joint Wald F test of its pre-period coefficients; optionally
 * a wild cluster bootstrap (docs/did.md).
 *
 * The panel holds only cells with out-movers (y finite, weight > 0); other input is an Error naming the row.
 * A design the data cannot support is `{ ok: false, problem }`, never NaN or a silent zero.
 */
export function estimateDid(rows: readonly DidPanelRow[], options: DidOptions): DidOutcome {
  checkOptions(options);
  const panel = didPanelFrom(rows, options.weighted);
  const problem = didDesignProblemOf(panel, options);
  if (problem !== undefined) return { ok: false, problem };
  const df = panel.units.length - 1;

  const pooled = fitted(panel, pooledDidColumns(panel, options.postFrom), [TREATED_POST]);
  if (!pooled.ok) return pooled;
  const column = pooled.names.indexOf(TREATED_POST);
  const main = tInference(
    pooled.fit.beta[column] as number,
    Math.sqrt(pooled.fit.vcov.get(column, column)),
    df,
    TREATED_POST,
  );

  const study = eventStudyColumns(panel, options.referenceYear);
  const event = fitted(panel, study, []);
  if (!event.ok) return event;
  const eventStudy: EventStudyCoefficient[] = [];
  const pre: number[] = [];
  for (const year of study.years) {
    const j = event.names.indexOf(treatedInYear(year));
    if (j < 0) continue;
    const c = tInference(
      event.fit.beta[j] as number,
      Math.sqrt(event.fit.vcov.get(j, j)),
      df,
      treatedInYear(year),
    );
    eventStudy.push({ year, beta: c.beta, se: c.se, ci95: c.ci95 });
    if (year < options.postFrom) pre.push(j);
  }
  if (pre.length === 0)
    return { ok: false, problem: { kind: 'tooFewPreYears', preYears: [options.referenceYear] } };
  const wald = waldF(event.fit.beta, event.fit.vcov, pre, df);
  if ('singularAt' in wald)
    return { ok: false, problem: { kind: 'singular', column: event.names[wald.singularAt] as string } };

  const model: DidEstimate = {
    n: panel.n,
    clusters: panel.units.length,
    k: pooled.fit.k,
    dropped: pooled.dropped,
    beta: main.beta,
    se: main.se,
    t: main.t,
    p: main.p,
    ci95: main.ci95,
    ...(options.bootstrap === undefined
      ? {}
      : { bootstrap: bootstrapOf(panel, pooled, column, main, options.bootstrap) }),
  };
  return { ok: true, result: { model, eventStudy, eventStudyDropped: event.dropped, preTrend: wald } };
}

type Fitted =
  | { ok: true; fit: ClusteredFit; x: Matrix; qr: ThinQr; names: string[]; dropped: string[] }
  | { ok: false; problem: DidDesignProblem };

/**
 * The rank check, then the fit: collinear columns dropped and named; a required column among them is
 * `singular`; no residual degrees of freedom (N ≤ K) is `tooFewClusters`.
 */
function fitted(panel: DidPanel, design: DesignColumns, required: readonly string[]): Fitted {
  const { kept, dropped, qr } = independentColumns(design.columns, panel.w);
  const droppedNames = dropped.map((j) => design.names[j] as string);
  const missing = required.find((name) => droppedNames.includes(name));
  if (missing !== undefined) return { ok: false, problem: { kind: 'singular', column: missing } };
  if (panel.n <= kept.length)
    return { ok: false, problem: { kind: 'tooFewClusters', clusters: panel.units.length } };
  const x = matrixOfColumns(
    kept.map((j) => design.columns[j] as Float64Array),
    panel.n,
  );
  const fit = clusteredOls(x, panel.y, panel.w, panel.unitIndex, panel.units.length, qr);
  return { ok: true, fit, x, qr, names: kept.map((j) => design.names[j] as string), dropped: droppedNames };
}

/**
 * The wild cluster bootstrap of β (one weight per unit and draw, from the seed): the p-value with the null
 * β = 0 imposed (WCR: residuals of the model without D·Post), and the symmetric percentile-t interval of the
 * unrestricted bootstrap (WCU): β ± c·se, c the 95th percentile of |t*|.
 */
function bootstrapOf(
  panel: DidPanel,
  pooled: Extract<Fitted, { ok: true }>,
  column: number,
  main: { beta: number; se: number; t: number },
  options: NonNullable<DidOptions['bootstrap']>,
): NonNullable<DidEstimate['bootstrap']> {
  const clusters = panel.units.length;
  const weights = bootstrapWeights(options.weights, clusters, options.draws, options.seed);
  const design = {
    x: pooled.x,
    w: panel.w,
    cluster: panel.unitIndex,
    clusters,
    bread: pooled.fit.bread,
    column,
    cr1: pooled.fit.cr1,
  };
  // D·Post is the last column (added last, and kept): the restricted model's QR factor is the leading block.
  const k = pooled.x.columns;
  if (column !== k - 1) throw new Error(`${TREATED_POST} is column ${column}, not the last of ${k}`);
  const restrictedQr: ThinQr = {
    q: pooled.qr.q.slice(0, k - 1),
    r: Float64Array.from(
      { length: (k - 1) ** 2 },
      (_, i) => pooled.qr.r[Math.floor(i / (k - 1)) * k + (i % (k - 1))] as number,
    ),
  };
  const restricted = clusteredOls(
    pooled.x.subMatrixColumn(Array.from({ length: k - 1 }, (_, j) => j)),
    panel.y,
    panel.w,
    panel.unitIndex,
    clusters,
    restrictedQr,
  );
  const p = bootstrapP(main.t, bootstrapTStatistics(design, restricted.residuals, weights));
  const c = absoluteCritical(bootstrapTStatistics(design, pooled.fit.residuals, weights));
  return {
    draws: options.draws,
    weights: options.weights,
    seed: options.seed,
    ci95: [main.beta - c * main.se, main.beta + c * main.se],
    p,
  };
}

/** The options are the caller's: a bad one is an Error, not a design problem. */
function checkOptions(options: DidOptions): void {
  const { postFrom, referenceYear, bootstrap } = options;
  if (!Number.isInteger(postFrom)) throw new Error(`postFrom is not a year: ${postFrom}`);
  if (!Number.isInteger(referenceYear)) throw new Error(`referenceYear is not a year: ${referenceYear}`);
  if (referenceYear >= postFrom)
    throw new Error(
      `referenceYear ${referenceYear} is not before postFrom ${postFrom}: the reference year is a pre-period year`,
    );
  if (bootstrap === undefined) return;
  if (!Number.isInteger(bootstrap.draws) || bootstrap.draws < 19)
    throw new Error(
      `bootstrap draws is not an integer ≥ 19: ${bootstrap.draws} (a 95 % interval needs at least 19)`,
    );
  if (!BOOTSTRAP_WEIGHTS.includes(bootstrap.weights))
    throw new Error(`bootstrap weights is not one of ${BOOTSTRAP_WEIGHTS.join(', ')}: ${bootstrap.weights}`);
  if (!Number.isInteger(bootstrap.seed))
    throw new Error(`bootstrap seed is not an integer: ${bootstrap.seed}`);
}
