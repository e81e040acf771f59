import type { ImportedHistory, Membership } from '../model/history.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ListId } from '../model/lists.ts';

/** Look-ups into imported history that respect each list's completeness. */
export interface HistoryIndex {
  /**
   * The area's membership of any of `lists` (one list under its names) in `year`: `yes` when named; `no` when
   * every one of those lists the history has for that year is complete and none names it; `unknown` when one is
   * partial; undefined when the history has none of them for that year.
   */
  membership(areaId: AreaId, year: Year, lists: readonly ListId[]): Membership | undefined;
  /** Whether the history has any of `lists` for `year`. */
  covers(year: Year, lists: readonly ListId[]): boolean;
  /** Areas named on some list of `year`. */
  membersIn(year: Year): readonly AreaId[];
}

export function historyIndex(history: ImportedHistory): HistoryIndex {
  const named = new Set(history.designations.map((d) => `${d.year}|${d.list}|${d.areaId}`));
  const completeness = new Map(history.lists.map((l) => [`${l.year}|${l.list}`, l.completeness]));
  const members = new Map<Year, Set<AreaId>>();
  for (const d of history.designations) {
    let s = members.get(d.year);
    if (s === undefined) members.set(d.year, (s = new Set()));
    s.add(d.areaId);
  }
  const covered = (year: Year, lists: readonly ListId[]): ListId[] =>
    lists.filter((l) => completeness.has(`${year}|${l}`));
  return {
    membership(areaId, year, lists) {
      const have = covered(year, lists);
      if (have.length === 0) return undefined;
      if (have.some((l) => named.has(`${year}|${l}|${areaId}`))) return { state: 'yes', source: 'history' };
      if (have.every((l) => completeness.get(`${year}|${l}`) === 'complete'))
        return { state: 'no', source: 'history' };
      return { state: 'unknown', why: { kind: 'partialList', year } };
    },
    covers: (year, lists) => covered(year, lists).length > 0,
    membersIn: (year) => [...(members.get(year) ?? [])],
  };
}

/**
 * History from designations alone, every (year, list) they name taken as complete: for callers that hold a
 * complete list of memberships (tests, a designations file without completeness flags).
 */
export function completeHistoryOf(designations: ImportedHistory['designations']): ImportedHistory {
  const counts = new Map<string, { year: Year; list: ListId; named: number }>();
  for (const d of designations) {
    const k = `${d.year}|${d.list}`;
    const c = counts.get(k) ?? { year: d.year, list: d.list, named: 0 };
    counts.set(k, { ...c, named: c.named + 1 });
  }
  return {
    designations,
    lists: [...counts.values()].map((c) => ({ ...c, completeness: 'complete', officialCount: null })),
  };
}
