import type { Year } from '../model/ids.ts';
import type { RuleSet } from '../model/ruleSet.ts';

/** The rule sets of the law, oldest first: ids '2010', '2013', '2018', '2021'. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [];

export function ruleSetById(id: string): RuleSet | undefined {
  return BUILT_IN_RULE_SETS.find((rs) => rs.id === id);
}

/** The rule set in force for a list year; throws RangeError before 2010. */
export function defaultRuleSetForYear(year: Year): RuleSet {
  throw new RangeError(`no rule set for list year ${year}`);
}
