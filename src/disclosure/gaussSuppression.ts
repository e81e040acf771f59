import { type Rational, div, mul, neg, rational } from '../core/exact/rational.ts';
import { type SparseVector, axpy, firstIndex, scale } from './sparseVector.ts';

/**
 * Secondary suppression by Gaussian elimination (Langsrud; the method of Statistics Norway's R package
 * GaussSuppression), exact.
 *
 * The candidates are taken one at a time in the given order, most wanted published first. Publishing a
 * candidate adds its vector to the span of what a reader knows; the candidate is suppressed instead when
 * that span would then contain the vector of a primary-suppressed cell, i.e. when publishing it would make a
 * primary cell computable from the published cells by the relations. Otherwise it is published.
 *
 * A secondary cell never becomes computable later: its vector together with the published ones spans a
 * primary cell, so if the published cells alone came to span it, they would span that primary cell too.
 * So checking the primary cells protects the secondary ones as well.
 *
 * The result is the best pattern for the order: no suppressed candidate could be published, given the
 * decisions on the candidates before it, without revealing a primary cell.
 */
export interface GaussSuppressionInput {
  /** Per cell (by index): its vector over the free parameters (`cellVectorsFrom`). */
  readonly vectors: readonly SparseVector[];
  /** Cells suppressed by a primary rule. */
  readonly primary: readonly number[];
  /** Cells that may be published, in the order they are wanted published (the rest are hidden anyway). */
  readonly candidates: readonly number[];
}

/** Secondary cells, each with the primary cell its publication would have revealed. */
export type SecondarySuppression = ReadonlyMap<number, number>;

/** The published vectors so far, fully reduced: each is 1 at its pivot and 0 at every other pivot. */
interface Basis {
  readonly byPivot: Map<number, SparseVector>;
}

/** What is left of `v` once the basis is taken out: zero exactly when `v` is in its span. */
function residual(v: SparseVector, basis: Basis): SparseVector {
  let out = v;
  for (const k of [...v.keys()]) {
    const b = basis.byPivot.get(k);
    const a = out.get(k);
    if (b !== undefined && a !== undefined) out = axpy(out, neg(a), b);
  }
  return out;
}

/** Whether `r − (r[p] / c[p])·c` is zero, i.e. `r` is a multiple of `c` (both residuals, `c[p] ≠ 0`). */
function becomesZero(r: SparseVector, c: SparseVector, p: number): boolean {
  const a = r.get(p);
  if (a === undefined || r.size !== c.size) return false;
  const cp = c.get(p) as Rational;
  for (const [k, x] of r) {
    const y = c.get(k);
    if (y === undefined) return false;
    const left = mul(x, cp);
    const right = mul(a, y);
    if (left.num !== right.num || left.den !== right.den) return false;
  }
  return true;
}

export function gaussSuppression(input: GaussSuppressionInput): SecondarySuppression {
  const basis: Basis = { byPivot: new Map() };
  // Residuals of the primary cells not yet computable; a primary cell whose vector is zero is determined by
  // the relations alone, and no choice of published cells can protect it (the audit reports it).
  const primaries = new Map<number, SparseVector>();
  for (const s of input.primary) {
    const v = input.vectors[s];
    if (v !== undefined && v.size > 0) primaries.set(s, v);
  }
  const secondary = new Map<number, number>();
  for (const c of input.candidates) {
    const r = residual(input.vectors[c] ?? new Map(), basis);
    const p = firstIndex(r);
    if (p === undefined) continue; // already computable: publishing it reveals nothing new
    const revealed = [...primaries].find(([, rs]) => becomesZero(rs, r, p));
    if (revealed !== undefined) {
      secondary.set(c, revealed[0]);
      continue;
    }
    const b = scale(r, div(rational(1), r.get(p) as Rational));
    for (const [q, v] of basis.byPivot) {
      const a = v.get(p);
      if (a !== undefined) basis.byPivot.set(q, axpy(v, neg(a), b));
    }
    basis.byPivot.set(p, b);
    for (const [s, rs] of primaries) {
      const a = rs.get(p);
      if (a !== undefined) primaries.set(s, axpy(rs, neg(a), b));
    }
  }
  return secondary;
}
