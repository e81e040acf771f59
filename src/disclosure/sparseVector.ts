import { type Rational, ZERO, add, isZero, mul } from '../core/exact/rational.ts';

/** A sparse vector of exact rationals: index → nonzero entry (no zero is ever stored). */
export type SparseVector = ReadonlyMap<number, Rational>;

/** `v + a·w`, keeping only nonzero entries. */
export function axpy(v: SparseVector, a: Rational, w: SparseVector): SparseVector {
  if (isZero(a)) return v;
  const out = new Map(v);
  for (const [k, x] of w) {
    const sum = add(out.get(k) ?? ZERO, mul(a, x));
    if (isZero(sum)) out.delete(k);
    else out.set(k, sum);
  }
  return out;
}

/** `a·v`. */
export function scale(v: SparseVector, a: Rational): SparseVector {
  if (isZero(a)) return new Map();
  return new Map([...v].map(([k, x]) => [k, mul(a, x)] as const));
}

/** The smallest index with a nonzero entry; undefined for the zero vector. */
export function firstIndex(v: SparseVector): number | undefined {
  let first: number | undefined;
  for (const k of v.keys()) if (first === undefined || k < first) first = k;
  return first;
}
