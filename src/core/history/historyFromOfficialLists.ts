import type { HistoryList, ImportedHistory } from '../model/history.ts';
import { isListId, LIST_IDS, type ListId } from '../model/lists.ts';
import {
  designationsFromOfficialLists,
  normaliseAreaName,
  type AreaRef,
  type OfficialListRow,
} from './designationsFromOfficialLists.ts';

/** The official number of members of a list in a year (null: not known). */
export interface OfficialCount {
  readonly year: number;
  readonly listType: string;
  readonly officialCount: number | null;
}

/**
 * Official lists as history, each (year, list) with its completeness: `complete` when the rows name as many
 * distinct areas as the official count, `partial` when they name fewer or the count is not known. Lists with an
 * official count and no named member are there too, as partial (their members are unknown, not absent).
 * Designations, unmatched and skipped rows as `designationsFromOfficialLists`.
 */
export function historyFromOfficialLists(
  rows: readonly OfficialListRow[],
  areas: readonly AreaRef[],
  counts: readonly OfficialCount[],
): { history: ImportedHistory; unmatched: OfficialListRow[]; skipped: OfficialListRow[] } {
  const { designations, unmatched, skipped } = designationsFromOfficialLists(rows, areas);
  const named = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!isListId(r.listType)) continue;
    const k = `${r.year}|${r.listType}`;
    const s = named.get(k) ?? new Set<string>();
    s.add(`${r.municipalityCode}|${normaliseAreaName(r.areaName)}`);
    named.set(k, s);
  }
  const official = new Map<string, number | null>();
  for (const c of counts) if (isListId(c.listType)) official.set(`${c.year}|${c.listType}`, c.officialCount);
  const keys = new Set([...named.keys(), ...official.keys()]);
  const lists: HistoryList[] = [...keys].map((k) => {
    const [year, list] = k.split('|') as [string, ListId];
    const n = named.get(k)?.size ?? 0;
    const count = official.get(k) ?? null;
    return {
      year: Number(year),
      list,
      completeness: count !== null && n >= count ? 'complete' : 'partial',
      named: n,
      officialCount: count,
    };
  });
  lists.sort((a, b) => a.year - b.year || LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list));
  return { history: { designations, lists }, unmatched, skipped };
}
