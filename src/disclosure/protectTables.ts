import type { CellRef, MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell, CellValue } from './cell.ts';
import { type CellSpace, type SpaceCell, cellRefText, cellSpaceFromTables } from './cellSpace.ts';
import { cellVectorsFrom } from './cellVectors.ts';
import type { DisclosureDecision } from './disclosureDecision.ts';
import { DEFAULT_DISCLOSURE_OPTIONS, type DisclosureOptions } from './disclosureOptions.ts';
import { gaussSuppression } from './gaussSuppression.ts';
import { type PrimaryFinding, primaryRuleFor } from './primaryRule.ts';
import { publishedValueOf } from './protectedQuantity.ts';
import { publicationOrder } from './publicationOrder.ts';

/** A published cell to suppress as well, to widen the feasible interval of the suppressed cell `widens`. */
export interface Widening {
  readonly cell: CellRef;
  readonly widens: CellRef;
}

/** The rule of a cell suppressed to protect another. */
export const SECONDARY_RULE = 'secondary';

/** Tables after disclosure control, and one decision per suppressed cell. */
export interface ProtectedTables {
  /** Table id → its cells in input order, each a value, suppressed, missing or not applicable. */
  readonly tables: ReadonlyMap<string, readonly Cell[]>;
  /** One row per suppressed cell, in input order (table by table, cell by cell). */
  readonly decisions: readonly DisclosureDecision[];
}

/**
 * Disclosure control of a set of tables (domain §7): primary rules on every cell of persons (`primaryRuleFor`;
 * a table of dwellings or lettings, `notPersons`, has none), then
 * secondary suppression across all the tables and their relations (`gaussSuppression`), so that no
 * suppressed cell can be worked out from the published cells by the relations.
 *
 * Cells are wanted published in a fixed, documented order (`publicationOrder`): zeros and shares of 0 % or
 * 100 % first, then the cells with the most persons, totals before their parts, then input order.
 *
 * `widen` names published cells to suppress as well, each to widen the feasible interval of a suppressed
 * cell that the audit found too narrow (`protectAndAuditTables` finds them); they are protected like primary
 * cells and logged as secondary.
 *
 * A share over nobody (denominator 0) is suppressed by the persons rule but needs no secondary protection: its
 * numerator is 0 whatever is published, and it rests on no person.
 *
 * Missing and not applicable cells take part in the relations as numbers nobody knows: they are never
 * published and need no protection. Relations that do not hold on the measured numbers are errors.
 */
export function protectTables(
  tables: readonly MeasuredTable[],
  options: DisclosureOptions = DEFAULT_DISCLOSURE_OPTIONS,
  widen: readonly Widening[] = [],
): ProtectedTables {
  const space = cellSpaceFromTables(tables);
  const findings = space.cells.map((c) =>
    c.quantity === null || c.notPersons
      ? null
      : primaryRuleFor(c.measured.statistic, options, c.largeGroupsOnly),
  );
  const widened = new Map<number, number>();
  for (const w of widen) {
    const i = space.indexOf(w.cell);
    if (findings[i] === null && space.cells[i]?.quantity !== null) widened.set(i, space.indexOf(w.widens));
  }
  const { vectors } = cellVectorsFrom(space);
  // A share over nobody is suppressed but needs no protection: its numerator is 0 whatever is published.
  const restsOnNobody = (c: SpaceCell): boolean =>
    c.quantity !== null && c.quantity.upper - c.quantity.lower <= 0;
  const primary = space.cells
    .filter((c) => (findings[c.index] !== null && !restsOnNobody(c)) || widened.has(c.index))
    .map((c) => c.index);
  const candidates = publicationOrder(space, vectors).filter((i) => findings[i] === null && !widened.has(i));
  const secondary = gaussSuppression({ vectors, primary, candidates });

  const decisions: DisclosureDecision[] = [];
  const cellsOf = new Map<string, Cell[]>(tables.map((t) => [t.id, []]));
  for (const cell of space.cells) {
    const finding = findings[cell.index] ?? null;
    const decision = decisionFor(cell, finding, secondary.get(cell.index), widened.get(cell.index), space);
    if (decision !== null) decisions.push(decision);
    cellsOf.get(cell.ref.table)?.push({
      row: cell.ref.row,
      column: cell.ref.column,
      unit: cell.measured.unit,
      value: cellValueOf(cell, decision),
    });
  }
  return { tables: cellsOf, decisions };
}

function decisionFor(
  cell: SpaceCell,
  finding: PrimaryFinding | null,
  protects: number | undefined,
  widens: number | undefined,
  space: CellSpace,
): DisclosureDecision | null {
  const { table: id, row, column } = cell.ref;
  if (finding !== null) {
    return { id, row, column, rule: finding.rule, primaryOrSecondary: 'primary', reasonDa: finding.reasonDa };
  }
  if (widens !== undefined) {
    const other = space.cells[widens]?.ref;
    return {
      id,
      row,
      column,
      rule: SECONDARY_RULE,
      primaryOrSecondary: 'secondary',
      reasonDa:
        'Sekundær diskretionering: cellen skjules, så det mulige interval for ' +
        `${other === undefined ? 'en diskretioneret celle' : cellRefText(other)} ikke er for snævert.`,
    };
  }
  if (protects === undefined) return null;
  const other = space.cells[protects]?.ref;
  return {
    id,
    row,
    column,
    rule: SECONDARY_RULE,
    primaryOrSecondary: 'secondary',
    reasonDa:
      'Sekundær diskretionering: offentliggjort ville cellen sammen med de offentliggjorte celler og ' +
      `summerne gøre ${other === undefined ? 'en diskretioneret celle' : cellRefText(other)} beregnelig.`,
  };
}

function cellValueOf(cell: SpaceCell, decision: DisclosureDecision | null): CellValue {
  const statistic = cell.measured.statistic;
  if (statistic.kind === 'missing') return { kind: 'missing', why: statistic.why };
  if (statistic.kind === 'notApplicable') return { kind: 'notApplicable' };
  if (decision !== null) {
    return { kind: 'suppressed', rule: decision.rule, primaryOrSecondary: decision.primaryOrSecondary };
  }
  const value = publishedValueOf(statistic);
  if (value === null) throw new Error(`disclosure: no value to publish for ${cellRefText(cell.ref)}`);
  return { kind: 'value', value };
}
