import type { Designation } from '../model/designation.ts';
import type { Membership, UnknownMembership } from '../model/history.ts';
import type { AreaId, Year } from '../model/ids.ts';
import { LIST_LINEAGE } from '../model/lists.ts';
import type { Persistence } from '../model/ruleSet.ts';

/** Years of membership the persistence rule requires for a list year (the transitional rule included). */
export function requiredPersistenceYears(p: Persistence, year: Year): number {
  return p.transitional !== undefined && year <= p.transitional.throughYear ? p.transitional.years : p.years;
}

/** Membership of the `of` list in one year: yes, no, or unknown. */
export type YearMembership = Membership['state'];

export interface PersistenceOutcome {
  readonly required: number;
  /** Consecutive member years (known or unknown) counted back from `year`, capped at `required`. */
  readonly streak: number;
  /**
   * `yes` when every year of the window is a known member year; `no` when a year of the window is known not
   * to be one; otherwise `unknown`, with the years that are not known in `unknown`.
   */
  readonly state: YearMembership;
  /** The years of the window whose membership is not known, with why (oldest first). */
  readonly unknown: readonly UnknownMembership[];
}

/**
 * The persistence rule: on `p.of` (or an earlier name of it, LIST_LINEAGE) in each of the last N years, this
 * one included. `memberIn(y)` answers for one year; a year known not to be a member year (not on the list, not
 * assessed, before the lists existed) breaks the run, a year not known leaves the outcome unknown.
 */
export function persistenceOutcome(
  p: Persistence,
  year: Year,
  memberIn: (year: Year) => Membership,
): PersistenceOutcome {
  const required = requiredPersistenceYears(p, year);
  let streak = 0;
  const unknown: UnknownMembership[] = [];
  for (let y = year; y > year - required; y--) {
    const m = memberIn(y);
    if (m.state === 'no') break;
    if (m.state === 'unknown') unknown.push(m.why);
    streak++;
  }
  const state = streak < required ? 'no' : unknown.length > 0 ? 'unknown' : 'yes';
  return { required, streak, state, unknown: state === 'unknown' ? unknown.reverse() : [] };
}

/**
 * The areas that meet a persistence rule in `year`, from list memberships alone (complete official lists, or
 * computed): the derivation of the hårde ghetto / omdannelse lists from the ghetto / parallelsamfund lists.
 */
export function persistentMembers(p: Persistence, year: Year, memberships: readonly Designation[]): AreaId[] {
  const lineage = new Set(LIST_LINEAGE[p.of]);
  const byYear = new Map<Year, Set<AreaId>>();
  for (const d of memberships) {
    if (!lineage.has(d.list)) continue;
    let set = byYear.get(d.year);
    if (set === undefined) byYear.set(d.year, (set = new Set()));
    set.add(d.areaId);
  }
  const current = [...(byYear.get(year) ?? [])].sort();
  return current.filter(
    (id) =>
      persistenceOutcome(p, year, (y) =>
        byYear.get(y)?.has(id) === true
          ? { state: 'yes', source: 'history' }
          : { state: 'no', source: 'history' },
      ).state === 'yes',
  );
}
