import type { CellSpace, SpaceCell } from './cellSpace.ts';
import type { SparseVector } from './sparseVector.ts';

/** Whether a cell's number sits at a bound a reader knows anyway (a count of 0, a share of 0 % or 100 %). */
const atBound = (cell: SpaceCell): boolean =>
  cell.quantity !== null &&
  (cell.quantity.value <= cell.quantity.lower || cell.quantity.value >= cell.quantity.upper);

/**
 * The measured cells (missing and not applicable ones left out) in the order they are wanted published,
 * fixed and documented (GaussSuppression's default, with its option to publish zeros first):
 *
 * 1. cells at a bound of what a reader knows first: a count of 0, a share of 0 % or 100 %. Hiding them
 *    protects little — a reader who sees a total of 0 knows every count under it — and a pattern that leans
 *    on them can be solved by the bounds although not by the sums alone (the audit would reject it);
 * 2. then more persons first (a count, a share's denominator, a mean's `n`, the fewest persons behind a
 *    derived number) — so the cells with the fewest persons are suppressed first;
 * 3. on a tie, cells built from more inner cells first (totals before their parts);
 * 4. on a tie, input order (table by table, cell by cell).
 */
export function publicationOrder(space: CellSpace, vectors: readonly SparseVector[]): number[] {
  return space.cells
    .filter((c) => c.quantity !== null)
    .sort(
      (a, b) =>
        Number(atBound(b)) - Number(atBound(a)) ||
        (b.quantity?.observations ?? 0) - (a.quantity?.observations ?? 0) ||
        (vectors[b.index]?.size ?? 0) - (vectors[a.index]?.size ?? 0) ||
        a.index - b.index,
    )
    .map((c) => c.index);
}
