import { requiredPersistenceYears } from '../history/persistentMembers.ts';
import type { Year } from '../model/ids.ts';
import { FIRST_LIST_YEAR, LIST_LINEAGE, type ListId } from '../model/lists.ts';
import type { RuleSet } from '../model/ruleSet.ts';

/**
 * Every list year whose decisions the requested years depend on, the requested years included, oldest first:
 * the year before each requested year (its changes compare with it, every list), and, for each list decided by
 * persistence, the earlier years of its window (the list it counts, under that year's name), followed through
 * the rules of each year. Years before the first lists (2010) are never needed: no area was on a list then.
 * Computing these years from the same input, under the same rule set per year, makes a run of one year give
 * exactly that year of a longer run.
 */
export function yearsNeeded(requested: readonly Year[], ruleSetForYear: (year: Year) => RuleSet): Year[] {
  const seen = new Set<string>();
  const years = new Set<Year>();
  const stack: [Year, ListId][] = [];
  const everyList = (y: Year): void => {
    if (y < FIRST_LIST_YEAR) return;
    for (const r of ruleSetForYear(y).lists) stack.push([y, r.list]);
  };
  for (const y of requested) {
    everyList(y);
    everyList(y - 1);
  }
  while (stack.length > 0) {
    const [y, list] = stack.pop() as [Year, ListId];
    const key = `${y}|${list}`;
    if (seen.has(key)) continue;
    seen.add(key);
    years.add(y);
    const rs = ruleSetForYear(y);
    const rule = rs.lists.find((r) => r.list === list);
    if (rule === undefined) continue;
    for (const dep of [...(rule.requires ?? []), ...(rule.excludes ?? [])]) stack.push([y, dep]);
    const p = rule.persistence;
    if (p === undefined) continue;
    for (let back = 1; back < requiredPersistenceYears(p, y); back++) {
      const earlier = y - back;
      if (earlier < FIRST_LIST_YEAR) break;
      const names = LIST_LINEAGE[p.of];
      for (const r of ruleSetForYear(earlier).lists)
        if (names.includes(r.list)) stack.push([earlier, r.list]);
    }
  }
  return [...years].sort((a, b) => a - b);
}
