/**
 * Relative tolerance of the rank check: a column whose part orthogonal to the columns kept before it has a
 * norm below this share of its own norm is collinear. Exact collinearity in a dummy design leaves ~1e-15.
 */
export const COLLINEARITY_TOLERANCE = 1e-9;

/** √W·X_kept = Q·R: Q's columns orthonormal (length n), R upper triangular (kept × kept, row-major). */
export interface ThinQr {
  readonly q: readonly Float64Array[];
  readonly r: Float64Array;
}

/**
 * Which columns are linearly independent of the ones before them, in order (sequential modified Gram–Schmidt
 * on √w-scaled columns as the weighted fit sees them, re-orthogonalised when a pass cancels much of the
 * column: "twice is enough"). A collinear column is dropped and the later ones are checked against the kept
 * ones only, as Stata and R's `lm` do. The factorisation of the kept columns comes with it, for the fit.
 */
export function independentColumns(
  columns: readonly Float64Array[],
  w: Float64Array,
): { kept: number[]; dropped: number[]; qr: ThinQr } {
  const n = w.length;
  const sqrtW = w.map(Math.sqrt);
  const basis: Float64Array[] = [];
  const rColumns: Float64Array[] = [];
  const kept: number[] = [];
  const dropped: number[] = [];
  columns.forEach((column, j) => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = (column[i] as number) * (sqrtW[i] as number);
    const norm0 = euclidean(v);
    const coefficients = new Float64Array(basis.length + 1);
    let before = norm0;
    let norm = norm0;
    for (let pass = 0; pass < 2 && basis.length > 0; pass++) {
      basis.forEach((q, b) => {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += (q[i] as number) * (v[i] as number);
        for (let i = 0; i < n; i++) v[i] = (v[i] as number) - dot * (q[i] as number);
        coefficients[b] = (coefficients[b] as number) + dot;
      });
      norm = euclidean(v);
      if (norm > 0.5 * before) break;
      before = norm;
    }
    if (norm0 === 0 || norm <= COLLINEARITY_TOLERANCE * norm0) {
      dropped.push(j);
      return;
    }
    for (let i = 0; i < n; i++) v[i] = (v[i] as number) / norm;
    coefficients[basis.length] = norm;
    basis.push(v);
    rColumns.push(coefficients);
    kept.push(j);
  });
  const k = kept.length;
  const r = new Float64Array(k * k);
  rColumns.forEach((c, j) => c.forEach((value, i) => (r[i * k + j] = value)));
  return { kept, dropped, qr: { q: basis, r } };
}

function euclidean(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}
