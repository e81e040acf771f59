import type { Designation } from '../model/designation.ts';
import type { AreaId, MunicipalityCode } from '../model/ids.ts';
import { isListId, LIST_IDS } from '../model/lists.ts';
import { normaliseAreaName } from './normaliseAreaName.ts';

export { normaliseAreaName };

/** One row of `reference/official-lists/lists_by_year.csv` (line = 1-based line in the file). */
export interface OfficialListRow {
  readonly line: number;
  readonly year: number;
  readonly listType: string;
  readonly areaName: string;
  readonly municipalityCode: string;
}

/** A known area with the names it has been published under. */
export interface AreaRef {
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  readonly aliases?: readonly string[];
}

/**
 * Official 1 December lists → designations (`source: 'official'`). A row's area is found by normalised name
 * (or alias) within its municipality code. Rows of other list types — the unofficial recalculations
 * (`recalc_*`), the § 51 b combined-letting list (`kombineret_udlejning`) and any type that is not a list id —
 * are returned in `skipped`; rows whose area is not found, or is ambiguous, in `unmatched`. The same
 * (year, area, list) published twice gives one designation. Sorted by year, list, area id.
 */
export function designationsFromOfficialLists(
  rows: readonly OfficialListRow[],
  areas: readonly AreaRef[],
): { designations: Designation[]; unmatched: OfficialListRow[]; skipped: OfficialListRow[] } {
  const index = new Map<string, Set<AreaId>>();
  for (const a of areas) {
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      const k = `${a.municipalityCode}|${normaliseAreaName(name)}`;
      let s = index.get(k);
      if (s === undefined) index.set(k, (s = new Set()));
      s.add(a.areaId);
    }
  }
  const designations = new Map<string, Designation>();
  const unmatched: OfficialListRow[] = [];
  const skipped: OfficialListRow[] = [];
  for (const row of rows) {
    const list = row.listType;
    if (!isListId(list)) {
      skipped.push(row);
      continue;
    }
    const ids = index.get(`${row.municipalityCode}|${normaliseAreaName(row.areaName)}`);
    const [areaId] = ids ?? [];
    if (ids === undefined || ids.size !== 1 || areaId === undefined) {
      unmatched.push(row);
      continue;
    }
    designations.set(`${row.year}|${list}|${areaId}`, { year: row.year, areaId, list, source: 'official' });
  }
  return {
    designations: [...designations.values()].sort(
      (a, b) =>
        a.year - b.year ||
        LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
        (a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0),
    ),
    unmatched,
    skipped,
  };
}
