import { inverse, Matrix, QrDecomposition } from 'ml-matrix';

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
 * Weighted least squares of y on X (full column rank: run the rank check first) by QR of √W·X, and the CR1
 * cluster-robust variance with clusters 0 … G−1 — as Stata's `regress [aweight], vce(cluster)` and
 * statsmodels' `WLS(...).fit(cov_type='cluster')`. Needs N > K and G ≥ 2 (the caller checks).
 */
export function clusteredOls(
  x: Matrix,
  y: Float64Array,
  w: Float64Array,
  cluster: Int32Array,
  clusters: number,
): ClusteredFit {
  const n = x.rows;
  const k = x.columns;
  if (n <= k || clusters < 2)
    throw new Error(`clusteredOls needs N > K and G ≥ 2: N ${n}, K ${k}, G ${clusters}`);
  const xs = new Matrix(n, k);
  const ys = new Matrix(n, 1);
  for (let i = 0; i < n; i++) {
    const s = Math.sqrt(w[i] as number);
    for (let j = 0; j < k; j++) xs.set(i, j, x.get(i, j) * s);
    ys.set(i, 0, (y[i] as number) * s);
  }
  const qr = new QrDecomposition(xs);
  const betaM = qr.solve(ys);
  const rInv = inverse(qr.upperTriangularMatrix);
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
