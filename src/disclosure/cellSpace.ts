import type { CellRef, MeasuredTable, Relation } from '../core/model/measuredTable.ts';
import type { MeasuredCell } from '../core/model/statistic.ts';
import { type ProtectedQuantity, protectedQuantityOf } from './protectedQuantity.ts';

/** One cell of a set of tables, numbered across all of them in input order (table by table, cell by cell). */
export interface SpaceCell {
  readonly index: number;
  readonly ref: CellRef;
  readonly measured: MeasuredCell;
  /** Null for a missing or not applicable cell: nobody knows its number, and nobody needs to protect it. */
  readonly quantity: ProtectedQuantity | null;
  readonly largeGroupsOnly: boolean;
  /** The cell counts dwellings or lettings, not persons: no primary rule applies (`MeasuredTable.notPersons`). */
  readonly notPersons: boolean;
}

/** A relation as an equation over cell indices: Σ coefficient × quantity = 0 (the total +1, each part −c). */
export interface Equation {
  readonly relation: Relation;
  /** Cell index → coefficient, merged (a cell named twice gets one summed coefficient), zeros dropped. */
  readonly terms: ReadonlyMap<number, number>;
}

/** The cells of a set of tables and the equations their relations make. */
export interface CellSpace {
  readonly cells: readonly SpaceCell[];
  readonly equations: readonly Equation[];
  /** The index of a cell; throws when no table has it. */
  indexOf(ref: CellRef): number;
}

/** `tabel-2.1 (I alt, 2024)`: how messages and reasons name a cell. */
export const cellRefText = (ref: CellRef): string => `${ref.table} (${ref.row}, ${ref.column})`;

const keyOf = (ref: CellRef): string => JSON.stringify([ref.table, ref.row, ref.column]);

/** Relative tolerance of the check that a relation holds on the measured numbers. */
const TOLERANCE = 1e-9;

/**
 * Number the cells of `tables` and turn their relations into equations, checking what an analysis could get
 * wrong: a table id or a (row, column) given twice, a relation naming an unknown cell, a relation mixing
 * counts with shares or means, and a relation that does not hold on the measured numbers (for shares the
 * numerators and the denominators each add; for means the sums and the `n`s).
 */
export function cellSpaceFromTables(tables: readonly MeasuredTable[]): CellSpace {
  const cells: SpaceCell[] = [];
  const index = new Map<string, number>();
  const tableIds = new Set<string>();
  for (const table of tables) {
    if (tableIds.has(table.id)) throw new Error(`disclosure: table given twice: ${table.id}`);
    tableIds.add(table.id);
    for (const measured of table.cells) {
      const ref: CellRef = { table: table.id, row: measured.row, column: measured.column };
      const key = keyOf(ref);
      if (index.has(key)) throw new Error(`disclosure: cell given twice: ${cellRefText(ref)}`);
      index.set(key, cells.length);
      cells.push({
        index: cells.length,
        ref,
        measured,
        quantity: protectedQuantityOf(measured.statistic),
        largeGroupsOnly: table.largeGroupsOnly === true,
        notPersons: table.notPersons === true,
      });
    }
  }
  const indexOf = (ref: CellRef): number => {
    const i = index.get(keyOf(ref));
    if (i === undefined) throw new Error(`disclosure: unknown cell ${cellRefText(ref)}`);
    return i;
  };
  const equations = tables.flatMap((table) =>
    table.relations.map((relation) => equationOf(relation, table.id, cells, indexOf)),
  );
  return { cells, equations, indexOf };
}

function equationOf(
  relation: Relation,
  tableId: string,
  cells: readonly SpaceCell[],
  indexOf: (ref: CellRef) => number,
): Equation {
  const where = `relation of ${tableId} with total ${cellRefText(relation.total)}`;
  const named = (ref: CellRef): number => {
    try {
      return indexOf(ref);
    } catch (e) {
      throw new Error(`disclosure: ${where}: ${(e as Error).message.replace(/^disclosure: /, '')}`);
    }
  };
  const signed = [
    { index: named(relation.total), coefficient: 1 },
    ...relation.parts.map((p) => {
      if (!Number.isFinite(p.coefficient)) {
        throw new Error(`disclosure: ${where}: coefficient ${p.coefficient} of ${cellRefText(p.cell)}`);
      }
      return { index: named(p.cell), coefficient: -p.coefficient };
    }),
  ];
  const terms = new Map<number, number>();
  for (const { index, coefficient } of signed) terms.set(index, (terms.get(index) ?? 0) + coefficient);
  for (const [i, c] of terms) if (c === 0) terms.delete(i);

  const quantities = signed.map((s) => cells[s.index]?.quantity ?? null);
  const families = new Set(quantities.flatMap((q) => (q === null ? [] : [q.family])));
  if (families.size > 1) {
    throw new Error(`disclosure: ${where}: mixes ${[...families].join(' and ')} cells`);
  }
  if (quantities.every((q) => q !== null)) {
    checkHolds(
      signed.map((s, k) => ({ coefficient: s.coefficient, x: quantities[k]?.value ?? 0 })),
      `${where} does not hold`,
    );
    if (quantities.some((q) => q?.companion !== null)) {
      const name = families.has('share') ? 'denominators' : 'numbers of persons';
      checkHolds(
        signed.map((s, k) => ({ coefficient: s.coefficient, x: quantities[k]?.companion ?? 0 })),
        `${where} does not hold for the ${name}`,
      );
    }
  }
  return { relation, terms };
}

function checkHolds(terms: readonly { coefficient: number; x: number }[], message: string): void {
  const residual = terms.reduce((sum, t) => sum + t.coefficient * t.x, 0);
  const scale = Math.max(1, ...terms.map((t) => Math.abs(t.coefficient * t.x)));
  if (Math.abs(residual) > TOLERANCE * scale) {
    const [total, ...parts] = terms;
    const partsSum = parts.reduce((sum, t) => sum - t.coefficient * t.x, 0);
    throw new Error(`disclosure: ${message}: total ${total?.x} but the parts give ${partsSum}`);
  }
}
