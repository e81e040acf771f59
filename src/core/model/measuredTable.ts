import type { MeasuredCell } from './statistic.ts';

/** A cell of some table: the table's id (`tabel-2.1`), and the cell's row and column keys. */
export interface CellRef {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/**
 * A linear relation among published cells, which secondary suppression must not let a reader solve for a
 * suppressed cell: `total = Σ coefficient × part`. Coefficients are usually 1 (a row or column `I alt`);
 * a decomposition has `Δ = stayers + in − out`. Parts and total may lie in different tables (tables that
 * share a total).
 */
export interface Relation {
  readonly total: CellRef;
  readonly parts: readonly { readonly cell: CellRef; readonly coefficient: number }[];
}

/** What an analysis hands to disclosure control: one table's measured cells and the relations among them. */
export interface MeasuredTable {
  readonly id: string;
  readonly cells: readonly MeasuredCell[];
  readonly relations: readonly Relation[];
  /**
   * The table shows large groups only (chapter 4's origin groups): a cell resting on no more observations than
   * the disclosure option `disclosureGroupObservationsOver` (default 100) is suppressed. Absent: not applied.
   */
  readonly largeGroupsOnly?: boolean;
  /**
   * The table counts dwellings, tenancies or lettings, not persons (chapter 2.4 and 2.6): the primary rules,
   * which protect persons (domain §7), do not apply to its cells. They still take part in secondary
   * suppression and the audit through the relations they share with other tables. Absent: persons.
   */
  readonly notPersons?: boolean;
}
