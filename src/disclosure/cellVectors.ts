import { type Rational, div, isZero, neg, rational, rationalFromNumber } from '../core/exact/rational.ts';
import type { CellSpace } from './cellSpace.ts';
import { type SparseVector, axpy, scale } from './sparseVector.ts';

/**
 * Every cell as a linear combination of free "inner" quantities: the matrix of Gauss-elimination suppression
 * (Langsrud), found as a basis of the solutions of the relations.
 *
 * The relations `R·x = 0` are brought to reduced row echelon form, exactly (rationals), pivoting on the cells
 * that are the total of some relation first. The cells left without a pivot are the free parameters: in a
 * table with totals they are its inner cells, and each total becomes the sum of the inner cells below it.
 * Across tables that share a total, or in a decomposition, a cell may be a combination with negative or
 * fractional coefficients. A cell is computable from a set of published cells exactly when its vector lies in
 * the span of theirs.
 */
export interface CellVectors {
  /** Per cell (by index): its vector over the free parameters. */
  readonly vectors: readonly SparseVector[];
  /** The number of free parameters. */
  readonly dimension: number;
}

export function cellVectorsFrom(space: CellSpace): CellVectors {
  const rows: SparseVector[] = space.equations.map(
    (e) => new Map([...e.terms].map(([i, c]) => [i, rationalFromNumber(c)] as const)),
  );
  const isTotal = new Set(space.equations.map((e) => space.indexOf(e.relation.total)));
  const order = [
    ...space.cells.filter((c) => isTotal.has(c.index)),
    ...space.cells.filter((c) => !isTotal.has(c.index)),
  ].map((c) => c.index);

  const pivotRowOf = new Map<number, number>();
  const used = new Set<number>();
  for (const column of order) {
    const r = rows.findIndex((row, k) => !used.has(k) && row.has(column));
    if (r < 0) continue;
    const pivotRow = scale(rows[r] as SparseVector, div(rational(1), rows[r]?.get(column) as Rational));
    rows[r] = pivotRow;
    for (let k = 0; k < rows.length; k += 1) {
      const a = k === r ? undefined : rows[k]?.get(column);
      if (a !== undefined) rows[k] = axpy(rows[k] as SparseVector, neg(a), pivotRow);
    }
    used.add(r);
    pivotRowOf.set(column, r);
  }

  const parameterOf = new Map<number, number>();
  for (const cell of space.cells) {
    if (!pivotRowOf.has(cell.index)) parameterOf.set(cell.index, parameterOf.size);
  }
  const vectors = space.cells.map((cell): SparseVector => {
    const free = parameterOf.get(cell.index);
    if (free !== undefined) return new Map([[free, rational(1)]]);
    const row = rows[pivotRowOf.get(cell.index) as number] as SparseVector;
    const vector = new Map<number, Rational>();
    for (const [i, a] of row) {
      if (i === cell.index || isZero(a)) continue;
      vector.set(parameterOf.get(i) as number, neg(a));
    }
    return vector;
  });
  return { vectors, dimension: parameterOf.size };
}
