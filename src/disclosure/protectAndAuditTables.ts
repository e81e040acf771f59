import type { MeasuredTable } from '../core/model/measuredTable.ts';
import { type DisclosureAudit, auditSuppression } from './auditSuppression.ts';
import type { CellValue } from './cell.ts';
import { type CellSpace, type Equation, cellSpaceFromTables } from './cellSpace.ts';
import { cellVectorsFrom } from './cellVectors.ts';
import { DEFAULT_DISCLOSURE_OPTIONS, type DisclosureOptions } from './disclosureOptions.ts';
import { type ProtectedTables, type Widening, protectTables } from './protectTables.ts';
import { publicationOrder } from './publicationOrder.ts';

/** Tables after disclosure control, with the audit of their suppression pattern. */
export interface AuditedTables extends ProtectedTables {
  readonly audit: DisclosureAudit;
}

/**
 * Disclosure control with its audit, for a report: `protectTables`, then `auditSuppression`; while a
 * suppressed cell's interval is too narrow — the bounds a reader knows (counts ≥ 0, a share between 0 and
 * 100 %) can pin a cell the sums alone cannot — one more published cell is suppressed for each failing cell:
 * the nearest by the relations (sharing a relation with it, or else with a suppressed cell linked to it),
 * the one latest in the publication order among the nearest; then both steps run again.
 *
 * Every round suppresses at least one more cell, so this ends; when no published cell is left to suppress,
 * the result carries the failing audit and the caller decides (a report fails loudly).
 */
export async function protectAndAuditTables(
  tables: readonly MeasuredTable[],
  options: DisclosureOptions = DEFAULT_DISCLOSURE_OPTIONS,
): Promise<AuditedTables> {
  const space = cellSpaceFromTables(tables);
  const order = publicationOrder(space, cellVectorsFrom(space).vectors);
  const rank = new Map(order.map((cell, k) => [cell, k]));
  const adjacency: Equation[][] = space.cells.map(() => []);
  for (const e of space.equations) for (const i of e.terms.keys()) adjacency[i]?.push(e);

  const widen: Widening[] = [];
  for (;;) {
    const result = protectTables(tables, options, widen);
    const audit = await auditSuppression(tables, result.tables, options);
    if (audit.ok) return { ...result, audit };
    const status = statusByIndex(space, result);
    const added = new Set<number>();
    for (const failure of audit.failures) {
      const start = space.indexOf(failure.cell);
      const next = nearestPublished(adjacency, status, start, rank);
      if (next === undefined || added.has(next)) continue;
      added.add(next);
      widen.push({ cell: space.cells[next]?.ref ?? failure.cell, widens: failure.cell });
    }
    if (added.size === 0) return { ...result, audit };
  }
}

function statusByIndex(space: CellSpace, result: ProtectedTables): CellValue['kind'][] {
  const byKey = new Map<string, CellValue['kind']>();
  for (const [table, cells] of result.tables) {
    for (const c of cells) byKey.set(JSON.stringify([table, c.row, c.column]), c.value.kind);
  }
  return space.cells.map(
    (c) => byKey.get(JSON.stringify([c.ref.table, c.ref.row, c.ref.column])) ?? 'missing',
  );
}

/** The published cell nearest to `start` through the relations, latest in the publication order on a tie. */
function nearestPublished(
  adjacency: readonly (readonly Equation[])[],
  status: readonly CellValue['kind'][],
  start: number,
  rank: ReadonlyMap<number, number>,
): number | undefined {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const found: number[] = [];
    const next: number[] = [];
    for (const i of frontier) {
      for (const e of adjacency[i] ?? []) {
        for (const j of e.terms.keys()) {
          if (seen.has(j)) continue;
          seen.add(j);
          (status[j] === 'value' ? found : next).push(j);
        }
      }
    }
    if (found.length > 0) return found.reduce((a, b) => ((rank.get(b) ?? 0) > (rank.get(a) ?? 0) ? b : a));
    frontier = next;
  }
  return undefined;
}
