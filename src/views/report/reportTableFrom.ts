import type { Cell } from '../../disclosure/cell.ts';
import type { Unit } from '../../core/model/statistic.ts';
import type { Axis, ChartSpec, ReportTable } from './reportTable.ts';

/** Everything about a table or figure except its cells: what the catalogue of a chapter declares. */
export interface ReportTableSpec {
  readonly id: string;
  readonly titleDa: string;
  readonly rows: readonly Axis[];
  readonly columns: readonly Axis[];
  readonly unit: Unit;
  readonly notesDa: readonly string[];
  readonly sourceDa: string;
  readonly chart?: ChartSpec;
}

/**
 * A report table from its declared spec and its published cells, in the spec's row and column order. A cell
 * the analysis did not measure is a defect, not a blank: it fails here, naming the cell.
 */
export function reportTableFrom(spec: ReportTableSpec, cells: readonly Cell[]): ReportTable {
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  const ordered: Cell[] = [];
  for (const row of spec.rows) {
    for (const column of spec.columns) {
      const cell = byKey.get(`${row.key}\u0000${column.key}`);
      if (cell === undefined) throw new Error(`${spec.id}: no cell for row ${row.key}, column ${column.key}`);
      ordered.push(cell);
    }
  }
  return { ...spec, cells: ordered };
}
