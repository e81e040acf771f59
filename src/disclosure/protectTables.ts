import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell, CellValue } from './cell.ts';
import { type CellSpace, type SpaceCell, cellRefText, cellSpaceFromTables } from './cellSpace.ts';
import { cellVectorsFrom } from './cellVectors.ts';
import type { DisclosureDecision } from './disclosureDecision.ts';
import { DEFAULT_DISCLOSURE_OPTIONS, type DisclosureOptions } from './disclosureOptions.ts';
import { gaussSuppression } from './gaussSuppression.ts';
import { type PrimaryFinding, primaryRuleFor } from './primaryRule.ts';
import { publishedValueOf } from './protectedQuantity.ts';

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
 * Disclosure control of a set of tables (domain §7): primary rules on every cell (`primaryRuleFor`), then
 * secondary suppression across all the tables and their relations (`gaussSuppression`), so that no
 * suppressed cell can be worked out from the published cells by the relations.
 *
 * The order in which cells are wanted published, fixed and documented (GaussSuppression's default, with its
 * option to publish zeros first):
 * 1. cells at a bound of what a reader knows first: a count of 0, a share of 0 % or 100 %. Hiding them
 *    protects little — a reader who sees a total of 0 knows every count under it — and a pattern that leans
 *    on them can be solved by the bounds although not by the sums alone (the audit would reject it);
 * 2. then more persons first (a count, a share's denominator, a mean's `n`, the fewest persons behind a
 *    derived number) — so the cells with the fewest persons are suppressed first;
 * 3. on a tie, cells built from more inner cells first (totals before their parts);
 * 4. on a tie, input order (table by table, cell by cell).
 *
 * Missing and not applicable cells take part in the relations as numbers nobody knows: they are never
 * published and need no protection. Relations that do not hold on the measured numbers are errors.
 */
export function protectTables(
  tables: readonly MeasuredTable[],
  options: DisclosureOptions = DEFAULT_DISCLOSURE_OPTIONS,
): ProtectedTables {
  const space = cellSpaceFromTables(tables);
  const findings = space.cells.map((c) =>
    c.quantity === null ? null : primaryRuleFor(c.measured.statistic, options, c.largeGroupsOnly),
  );
  const { vectors } = cellVectorsFrom(space);
  const primary = space.cells.filter((c) => findings[c.index] !== null).map((c) => c.index);
  const candidates = space.cells
    .filter((c) => c.quantity !== null && findings[c.index] === null)
    .sort(
      (a, b) =>
        Number(atBound(b)) - Number(atBound(a)) ||
        (b.quantity?.observations ?? 0) - (a.quantity?.observations ?? 0) ||
        (vectors[b.index]?.size ?? 0) - (vectors[a.index]?.size ?? 0) ||
        a.index - b.index,
    )
    .map((c) => c.index);
  const secondary = gaussSuppression({ vectors, primary, candidates });

  const decisions: DisclosureDecision[] = [];
  const cellsOf = new Map<string, Cell[]>(tables.map((t) => [t.id, []]));
  for (const cell of space.cells) {
    const finding = findings[cell.index] ?? null;
    const protects = secondary.get(cell.index);
    const decision = decisionFor(cell, finding, protects, space);
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

/** Whether a cell's number sits at a bound a reader knows anyway (a count of 0, a share of 0 % or 100 %). */
const atBound = (cell: SpaceCell): boolean =>
  cell.quantity !== null &&
  (cell.quantity.value <= cell.quantity.lower || cell.quantity.value >= cell.quantity.upper);

function decisionFor(
  cell: SpaceCell,
  finding: PrimaryFinding | null,
  protects: number | undefined,
  space: CellSpace,
): DisclosureDecision | null {
  const { table: id, row, column } = cell.ref;
  if (finding !== null) {
    return { id, row, column, rule: finding.rule, primaryOrSecondary: 'primary', reasonDa: finding.reasonDa };
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
