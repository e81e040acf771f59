import fCdf from '@stdlib/stats-base-dists-f-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/** t-based inference for one coefficient with `df` degrees of freedom (G − 1 for a cluster fit). */
export interface TInference {
  readonly beta: number;
  readonly se: number;
  readonly t: number;
  /** Two-sided. */
  readonly p: number;
  readonly ci95: readonly [number, number];
}

/** t, the two-sided p-value and the 95 % interval β ± t_{0.975; df}·se. The standard error must be > 0. */
export function tInference(beta: number, se: number, df: number, what: string): TInference {
  if (!(se > 0))
    throw new Error(`the standard error of ${what} is ${se}: the residuals fit exactly, t is undefined`);
  const t = beta / se;
  const half = tQuantile(0.975, df) * se;
  return { beta, se, t, p: 2 * tCdf(-Math.abs(t), df), ci95: [beta - half, beta + half] };
}

/**
 * The joint Wald test that the coefficients `indices` are all zero, as an F statistic:
 * F = (Rb)'(RVR')^-1(Rb)/q with F(q, dfDenominator) — statsmodels' `wald_test(..., use_f=True)` on a cluster
 * fit with `use_t` (denominator G − 1). `undefined` when RVR' is not positive definite.
 */
export function waldF(
  beta: Float64Array,
  vcov: Matrix,
  indices: readonly number[],
  dfDenominator: number,
): { stat: number; df: number; p: number } | { singularAt: number } {
  const q = indices.length;
  const rvr = new Matrix(q, q);
  const rb = new Matrix(q, 1);
  indices.forEach((a, i) => {
    rb.set(i, 0, beta[a] as number);
    indices.forEach((b, j) => rvr.set(i, j, vcov.get(a, b)));
  });
  const singularAt = firstDegeneratePivot(rvr);
  if (singularAt !== undefined) return { singularAt: indices[singularAt] as number };
  const solved = new CholeskyDecomposition(rvr).solve(rb);
  let quad = 0;
  for (let i = 0; i < q; i++) quad += rb.get(i, 0) * solved.get(i, 0);
  const stat = quad / q;
  return { stat, df: q, p: 1 - fCdf(stat, q, dfDenominator) };
}

/** Relative tolerance on a Cholesky pivot (against the diagonal it came from) below which RVR' is singular. */
const PIVOT_TOLERANCE = 1e-10;

/** The first index whose Cholesky pivot vanishes (relative to its diagonal), or undefined: positive definite. */
function firstDegeneratePivot(a: Matrix): number | undefined {
  const q = a.rows;
  const l = new Matrix(q, q);
  for (let j = 0; j < q; j++) {
    let d = a.get(j, j);
    for (let k = 0; k < j; k++) d -= l.get(j, k) ** 2;
    if (!(a.get(j, j) > 0) || !(d > PIVOT_TOLERANCE * a.get(j, j))) return j;
    const ljj = Math.sqrt(d);
    l.set(j, j, ljj);
    for (let i = j + 1; i < q; i++) {
      let s = a.get(i, j);
      for (let k = 0; k < j; k++) s -= l.get(i, k) * l.get(j, k);
      l.set(i, j, s / ljj);
    }
  }
  return undefined;
}
