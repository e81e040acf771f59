import type { Cell } from '../../disclosure/cell.ts';
import type { Unit } from '../../core/model/statistic.ts';

/** A row or column of a report table: its key (as in `tables/<id>.csv`) and its Danish label. */
export interface Axis {
  readonly key: string;
  readonly labelDa: string;
}

/**
 * How a figure is drawn from its table (tables have none):
 * - `lines`: one line per row, the columns are the x axis (years) in order;
 * - `bars`: one group per column, one bar per row (`stacked` when the rows are parts of a whole);
 * - `map`: a choropleth of municipalities; row keys are municipality codes, `column` names the value shown.
 */
export type ChartSpec =
  | { readonly kind: 'lines'; readonly yLabelDa: string }
  | { readonly kind: 'bars'; readonly yLabelDa: string; readonly stacked: boolean }
  | { readonly kind: 'map'; readonly column: string; readonly legendDa: string };

/** One table or figure of the report, with the ids of contract §F (`tabel-2.1`, `figur-2.1a`, `boks-1.1`). */
export interface ReportTable {
  readonly id: string;
  /** The caption as the seed prints it: `Tabel 2.1 Andel ikke-vestlige …`. */
  readonly titleDa: string;
  readonly rows: readonly Axis[];
  readonly columns: readonly Axis[];
  /** Every (row, column) pair once, after disclosure control. */
  readonly cells: readonly Cell[];
  readonly unit: Unit;
  /** "Anm.:" notes, in order; the renderer adds "Diskretioneret" when a cell is suppressed. */
  readonly notesDa: readonly string[];
  /** The "Kilde:" line. */
  readonly sourceDa: string;
  /** How the figure is drawn; absent for a table. */
  readonly chart?: ChartSpec;
}
