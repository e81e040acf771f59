/**
 * Relative tolerance of the rank check: a column whose part orthogonal to the columns kept before it has a
 * norm below this share of its own norm is collinear. Exact collinearity in a dummy design leaves ~1e-15.
 */
export const COLLINEARITY_TOLERANCE = 1e-9;

/**
 * Which columns are linearly independent of the ones before them, in order (sequential modified Gram–Schmidt
 * with one re-orthogonalisation, on √w-scaled columns as the weighted fit sees them). A collinear column is
 * dropped and the later ones are checked against the kept ones only, as Stata and R's `lm` do.
 */
export function independentColumns(
  columns: readonly Float64Array[],
  w: Float64Array,
): { kept: number[]; dropped: number[] } {
  const n = w.length;
  const sqrtW = w.map(Math.sqrt);
  const basis: Float64Array[] = [];
  const kept: number[] = [];
  const dropped: number[] = [];
  columns.forEach((column, j) => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = (column[i] as number) * (sqrtW[i] as number);
    const norm0 = euclidean(v);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += (q[i] as number) * (v[i] as number);
        for (let i = 0; i < n; i++) v[i] = (v[i] as number) - dot * (q[i] as number);
      }
    }
    const norm = euclidean(v);
    if (norm0 === 0 || norm <= COLLINEARITY_TOLERANCE * norm0) {
      dropped.push(j);
      return;
    }
    for (let i = 0; i < n; i++) v[i] = (v[i] as number) / norm;
    basis.push(v);
    kept.push(j);
  });
  return { kept, dropped };
}

function euclidean(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}
