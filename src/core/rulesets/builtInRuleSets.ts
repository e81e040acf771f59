import type { Year } from '../model/ids.ts';
import type { RuleSet } from '../model/ruleSet.ts';
import { RULE_SET_2010 } from './ruleSet2010.ts';
import { RULE_SET_2013 } from './ruleSet2013.ts';
import { RULE_SET_2018 } from './ruleSet2018.ts';
import { RULE_SET_2021 } from './ruleSet2021.ts';

/** The rule sets of the law, oldest first: ids '2010', '2013', '2018', '2021'. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [
  RULE_SET_2010,
  RULE_SET_2013,
  RULE_SET_2018,
  RULE_SET_2021,
];

export function ruleSetById(id: string): RuleSet | undefined {
  return BUILT_IN_RULE_SETS.find((rs) => rs.id === id);
}

/** The rule set in force for a list year: 2010–2012 → 2010, 2013–2017 → 2013, 2018–2020 → 2018, 2021 → 2021. */
export function defaultRuleSetForYear(year: Year): RuleSet {
  if (!Number.isInteger(year) || year < 2010)
    throw new RangeError(`no rule set for list year ${year} (lists start in 2010)`);
  if (year <= 2012) return RULE_SET_2010;
  if (year <= 2017) return RULE_SET_2013;
  if (year <= 2020) return RULE_SET_2018;
  return RULE_SET_2021;
}
