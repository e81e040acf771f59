import { Matrix } from 'ml-matrix';
import { assertNever } from '../assertNever.ts';
import type { BootstrapWeights } from './didModel.ts';
import { seededUniform } from './seededUniform.ts';

/** Webb's six-point weights: ±√(1/2), ±1, ±√(3/2), each with probability 1/6. */
const WEBB = [-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1, Math.sqrt(1.5)] as const;

/** One cluster's weight from a uniform u in [0, 1). */
function clusterWeight(kind: BootstrapWeights, u: number): number {
  switch (kind) {
    case 'rademacher':
      return u < 0.5 ? -1 : 1;
    case 'webb':
      return WEBB[Math.min(5, Math.floor(u * 6))] as number;
    default:
      return assertNever(kind);
  }
}

/**
 * The G × draws cluster weights, drawn cluster by cluster and draw by draw from one seeded stream: the same
 * seed, draws and G give the same weights. Shared by the null-imposed and the unrestricted bootstrap.
 */
export function bootstrapWeights(
  kind: BootstrapWeights,
  clusters: number,
  draws: number,
  seed: number,
): Float64Array[] {
  const next = seededUniform(seed);
  return Array.from({ length: draws }, () =>
    Float64Array.from({ length: clusters }, () => clusterWeight(kind, next())),
  );
}

/** What the bootstrap needs from the unrestricted fit: X (N × K), weights, clusters and (X'WX)^-1. */
export interface BootstrapDesign {
  readonly x: Matrix;
  readonly w: Float64Array;
  readonly cluster: Int32Array;
  readonly clusters: number;
  readonly bread: Matrix;
  /** The coefficient tested. */
  readonly column: number;
  readonly cr1: number;
}

/**
 * The bootstrap t statistics (β*_b − centre)/se*_b of `draws`, where y*_b = ŷ₀ + v_{g(i),b}·r_i for a
 * residual vector r from a fit ŷ₀ in the column space of X (restricted residuals for WCR, the unrestricted
 * residuals for WCU), and se* the CR1 standard error of the refit. The refit is linear in the cluster
 * weights v (as in boottest, Roodman et al. 2019): with a = W X (X'WX)^-1 e_β,
 *   β*_b − β(ŷ₀) = Σ_h v_h b_h,  b_h = Σ_{i∈h} a_i r_i,
 *   score_g(v) = Σ_h C_gh v_h,   C = diag(b) − P Q',  P_g = Σ_{i∈g} a_i x_i,  Q_h = (X'WX)^-1 Σ_{i∈h} w_i r_i x_i,
 * so each draw costs G² operations, not a new regression.
 */
export function bootstrapTStatistics(
  design: BootstrapDesign,
  r: Float64Array,
  weights: readonly Float64Array[],
): Float64Array {
  const { x, w, cluster, clusters: g, bread, column, cr1 } = design;
  const n = x.rows;
  const k = x.columns;
  const hRow = bread.getRow(column);
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += x.get(i, j) * (hRow[j] as number);
    a[i] = (w[i] as number) * s;
  }
  const b = new Float64Array(g);
  const p = new Matrix(g, k);
  const xwr = new Matrix(g, k);
  for (let i = 0; i < n; i++) {
    const c = cluster[i] as number;
    const ai = a[i] as number;
    const wr = (w[i] as number) * (r[i] as number);
    b[c] = (b[c] as number) + ai * (r[i] as number);
    for (let j = 0; j < k; j++) {
      const xij = x.get(i, j);
      p.set(c, j, p.get(c, j) + ai * xij);
      xwr.set(c, j, xwr.get(c, j) + wr * xij);
    }
  }
  const q = xwr.mmul(bread); // rows Q_h' (bread is symmetric)
  const cm = p.mmul(q.transpose()).mul(-1);
  for (let h = 0; h < g; h++) cm.set(h, h, cm.get(h, h) + (b[h] as number));
  const c = cm.to2DArray().map((row) => Float64Array.from(row));
  const out = new Float64Array(weights.length);
  weights.forEach((v, d) => {
    let num = 0;
    for (let h = 0; h < g; h++) num += (v[h] as number) * (b[h] as number);
    let ss = 0;
    for (let gi = 0; gi < g; gi++) {
      const row = c[gi] as Float64Array;
      let s = 0;
      for (let h = 0; h < g; h++) s += (row[h] as number) * (v[h] as number);
      ss += s * s;
    }
    const se = Math.sqrt(cr1 * ss);
    // A draw with a zero refit and a zero standard error carries no evidence: t* = 0, never NaN.
    out[d] = num === 0 ? 0 : num / se;
  });
  return out;
}

/** The share of |t*| at least |t| (two-sided, symmetric): the bootstrap p-value. */
export function bootstrapP(t: number, tStar: Float64Array): number {
  let at = 0;
  for (const s of tStar) if (Math.abs(s) >= Math.abs(t)) at++;
  return at / tStar.length;
}

/**
 * The 0.95 quantile of |t*| (the ⌈0.95·(B+1)⌉-th smallest, capped at B): the critical value of the symmetric
 * percentile-t interval β ± c·se.
 */
export function absoluteCritical(tStar: Float64Array): number {
  const sorted = Float64Array.from(tStar, Math.abs).sort();
  const rank = Math.min(sorted.length, Math.ceil(0.95 * (sorted.length + 1)));
  return sorted[rank - 1] as number;
}
