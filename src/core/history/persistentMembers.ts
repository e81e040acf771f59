import type { Designation } from '../model/designation.ts';
import type { AreaId, Year } from '../model/ids.ts';
import { LIST_LINEAGE } from '../model/lists.ts';
import type { Persistence } from '../model/ruleSet.ts';

/** Years of membership the persistence rule requires for a list year (the transitional rule included). */
export function requiredPersistenceYears(p: Persistence, year: Year): number {
  return p.transitional !== undefined && year <= p.transitional.throughYear ? p.transitional.years : p.years;
}

/** Membership of the `of` list in one year: yes, no, or unknown (this year's decision was uncertain). */
export type YearMembership = 'yes' | 'no' | 'unknown';

export interface PersistenceOutcome {
  readonly required: number;
  /** Consecutive member years counted back from `year` (capped at `required`). */
  readonly streak: number;
  /** `unknown` when a year in the streak was uncertain and the rule would be met if it counted. */
  readonly state: YearMembership;
}

/**
 * The persistence rule: on `p.of` (or an earlier name of it, LIST_LINEAGE) in each of the last N years, this
 * one included. `memberIn(y)` answers for one year; a year without membership (not on the list, not assessed,
 * before any data) breaks the run.
 */
export function persistenceOutcome(
  p: Persistence,
  year: Year,
  memberIn: (year: Year) => YearMembership,
): PersistenceOutcome {
  const required = requiredPersistenceYears(p, year);
  let streak = 0;
  let unknown = false;
  for (let y = year; y > year - required; y--) {
    const m = memberIn(y);
    if (m === 'no') break;
    if (m === 'unknown') unknown = true;
    streak++;
  }
  const state = streak < required ? 'no' : unknown ? 'unknown' : 'yes';
  return { required, streak, state };
}

/**
 * The areas that meet a persistence rule in `year`, from list memberships alone (computed or official): the
 * derivation of the hårde ghetto / omdannelse lists from the ghetto / parallelsamfund lists.
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
      persistenceOutcome(p, year, (y) => (byYear.get(y)?.has(id) === true ? 'yes' : 'no')).state === 'yes',
  );
}
