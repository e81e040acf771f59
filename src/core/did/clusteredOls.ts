import { inverse, Matrix } from 'ml-matrix';
import { independentColumns, type ThinQr } from './independentColumns.ts';

/** A weighted least-squares fit with its CR1 cluster-robust variance. */
export interface ClusteredFit {
  readonly n: number;
  /** Regressors K (every column of X, fixed-effect dummies included). */
  readonly k: number;
  /** Clusters G. */
  readonly clusters: number;
  readonly beta: Float64Array;
  /** y − Xβ. */
  readonly residuals: Float64Array;
  /** (X'WX)^-1, K × K. */
  readonly bread: Matrix;
  /** CR1: bread · Σ_g X_g'W_g e_g e_g'W_g X_g · bread × G/(G−1) × (N−1)/(N−K). */
  readonly vcov: Matrix;
  /** The small-sample factor G/(G−1) × (N−1)/(N−K). */
  readonly cr1: number;
}

/** The regressors as an N × K matrix, one column per array. */
export function matrixOfColumns(columns: readonly Float64Array[], n: number): Matrix {
  const x = new Matrix(n, columns.length);
  columns.forEach((c, j) => {
    for (let i = 0; i < n; i++) x.set(i, j, c[i] as number);
  });
  return x;
}

/**
 * Weighted least squares of y on X (full column rank: run the rank check first) by the QR factor of √W·X
 * the rank check made (or a new one), and the CR1 cluster-robust variance with clusters 0 … G−1 — as Stata's
 * `regress [aweight], vce(cluster)` and statsmodels' `WLS(...).fit(cov_type='cluster')`. Needs N > K and
 * G ≥ 2 (the caller checks).
 */
export function clusteredOls(
  x: Matrix,
  y: Float64Array,
  w: Float64Array,
  cluster: Int32Array,
  clusters: number,
  factor?: ThinQr,
): ClusteredFit {
  const n = x.rows;
  const k = x.columns;
  if (n <= k || clusters < 2)
    throw new Error(`clusteredOls needs N > K and G ≥ 2: N ${n}, K ${k}, G ${clusters}`);
  const { q, r } = factor ?? fullRankQr(x, w);
  // β = R^-1 Q'√W y.
  const qty = new Matrix(k, 1);
  q.forEach((qj, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (qj[i] as number) * Math.sqrt(w[i] as number) * (y[i] as number);
    qty.set(j, 0, s);
  });
  const rInv = inverse(Matrix.from1DArray(k, k, r));
  const betaM = rInv.mmul(qty);
  const bread = rInv.mmul(rInv.transpose());
  const beta = Float64Array.from(betaM.getColumn(0));
  const fitted = x.mmul(betaM);
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = (y[i] as number) - fitted.get(i, 0);
  // Scores per cluster: s_g = Σ_{i∈g} w_i e_i x_i.
  const scores = new Matrix(clusters, k);
  for (let i = 0; i < n; i++) {
    const we = (w[i] as number) * (residuals[i] as number);
    const g = cluster[i] as number;
    for (let j = 0; j < k; j++) scores.set(g, j, scores.get(g, j) + we * x.get(i, j));
  }
  const meat = scores.transpose().mmul(scores);
  const cr1 = (clusters / (clusters - 1)) * ((n - 1) / (n - k));
  const vcov = bread.mmul(meat).mmul(bread).mul(cr1);
  // Symmetric by construction; make it exactly so for the Wald test's Cholesky.
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const m = (vcov.get(a, b) + vcov.get(b, a)) / 2;
      vcov.set(a, b, m);
      vcov.set(b, a, m);
    }
  return { n, k, clusters, beta, residuals, bread, vcov, cr1 };
}

/** The QR factor of √W·X, which must have full column rank. */
function fullRankQr(x: Matrix, w: Float64Array): ThinQr {
  const columns = Array.from({ length: x.columns }, (_, j) => Float64Array.from(x.getColumn(j)));
  const { dropped, qr } = independentColumns(columns, w);
  if (dropped.length > 0) throw new Error(`clusteredOls: X is collinear in columns ${dropped.join(', ')}`);
  return qr;
}
