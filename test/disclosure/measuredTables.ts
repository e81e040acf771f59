import type { CellRef, MeasuredTable, Relation } from '../../src/core/model/measuredTable.ts';
import type { MeasuredCell, Statistic } from '../../src/core/model/statistic.ts';
import type { ProtectedTables } from '../../src/disclosure/protectTables.ts';

/** Small builders for hand-made tables. */
export const count = (row: string, column: string, n: number): MeasuredCell => ({
  row,
  column,
  unit: 'count',
  statistic: { kind: 'count', count: n },
});

export const share = (
  row: string,
  column: string,
  numerator: number,
  denominator: number,
  numeratorPersons = numerator,
): MeasuredCell => ({
  row,
  column,
  unit: 'pct',
  statistic: { kind: 'share', numerator, denominator, numeratorPersons },
});

export const cell = (row: string, column: string, statistic: Statistic): MeasuredCell => ({
  row,
  column,
  unit: statistic.kind === 'share' ? 'pct' : statistic.kind === 'mean' ? 'mean' : 'count',
  statistic,
});

export const ref = (table: string, row: string, column: string): CellRef => ({ table, row, column });

/** `total = Σ coefficient × part`, parts given as `[ref, coefficient]` or a ref (coefficient 1). */
export const relation = (
  total: CellRef,
  parts: readonly (CellRef | readonly [CellRef, number])[],
): Relation => ({
  total,
  parts: parts.map((p) => ('table' in p ? { cell: p, coefficient: 1 } : { cell: p[0], coefficient: p[1] })),
});

export const table = (
  id: string,
  cells: readonly MeasuredCell[],
  relations: readonly Relation[] = [],
  largeGroupsOnly?: boolean,
): MeasuredTable => ({ id, cells, relations, ...(largeGroupsOnly === undefined ? {} : { largeGroupsOnly }) });

/** A table with row and column totals (`I alt`) over the given inner counts. */
export function twoWayTable(
  id: string,
  rows: readonly string[],
  columns: readonly string[],
  inner: number[][],
) {
  const cells: MeasuredCell[] = [];
  const relations: Relation[] = [];
  const T = 'I alt';
  rows.forEach((r, i) => {
    columns.forEach((c, j) => cells.push(count(r, c, inner[i]?.[j] ?? 0)));
    cells.push(
      count(
        r,
        T,
        (inner[i] ?? []).reduce((a, b) => a + b, 0),
      ),
    );
    relations.push(
      relation(
        ref(id, r, T),
        columns.map((c) => ref(id, r, c)),
      ),
    );
  });
  columns.forEach((c, j) => {
    cells.push(
      count(
        T,
        c,
        inner.reduce((a, row) => a + (row[j] ?? 0), 0),
      ),
    );
    relations.push(
      relation(
        ref(id, T, c),
        rows.map((r) => ref(id, r, c)),
      ),
    );
  });
  cells.push(
    count(
      T,
      T,
      inner.flat().reduce((a, b) => a + b, 0),
    ),
  );
  relations.push(
    relation(
      ref(id, T, T),
      rows.map((r) => ref(id, r, T)),
    ),
  );
  relations.push(
    relation(
      ref(id, T, T),
      columns.map((c) => ref(id, T, c)),
    ),
  );
  return table(id, cells, relations);
}

/** The suppressed cells of a result as `table/row/column:primary|secondary`, sorted. */
export function suppressedCells(result: ProtectedTables): string[] {
  return [...result.tables]
    .flatMap(([id, cells]) =>
      cells.flatMap((c) =>
        c.value.kind === 'suppressed' ? [`${id}/${c.row}/${c.column}:${c.value.primaryOrSecondary}`] : [],
      ),
    )
    .sort();
}
