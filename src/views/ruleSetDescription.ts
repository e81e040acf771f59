import type { Year } from '../core/model/ids.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import { ruleSetSha256 } from './ruleSetSha256.ts';

/** A rule set as published (`boligmonitor rulesets`, the web's method page): its rules, years in force, hash. */
export type RuleSetDescription = RuleSet & {
  /** The list years (2010 to `asOf`) whose rule set in force this is; empty for a scenario. */
  readonly listYears: readonly Year[];
  /** Whether it is still in force in `asOf`. */
  readonly inForce: boolean;
  /** SHA-256 of its canonical JSON: identifies exactly which rules a run used. */
  readonly sha256: string;
};

/** List years whose default rule set is `rs`, looked up over 2010 to `lastYear`. */
export function yearsInForce(rs: RuleSet, lastYear: Year): Year[] {
  const years: Year[] = [];
  for (let y = 2010; y <= lastYear; y++) if (defaultRuleSetForYear(y).id === rs.id) years.push(y);
  return years;
}

/** The description of a rule set as of a year (the current year, for the CLI). */
export function ruleSetDescriptionOf(rs: RuleSet, asOf: Year): RuleSetDescription {
  const listYears = yearsInForce(rs, asOf);
  return { ...rs, listYears, inForce: listYears.includes(asOf), sha256: ruleSetSha256(rs) };
}
