import type { ListRun } from '../core/model/listRun.ts';
import { listRunFromFigures } from '../core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import type { ListInputs } from './loadListInputs.ts';

/**
 * Runs the core for the requested years: every year — the earlier ones the core computes for persistence and
 * changes included — under the chosen rule set (`--ruleset`), or the rule set in force that year.
 */
export function listRunFromInputs(inputs: ListInputs): ListRun {
  const chosen = inputs.ruleSet;
  return listRunFromFigures({
    figures: inputs.figures,
    history: inputs.history,
    years: inputs.years,
    ruleSetForYear: (year) => chosen ?? defaultRuleSetForYear(year),
    assumptions: inputs.assumptions,
  });
}
