import type { ListRun } from '../core/model/listRun.ts';
import { listRunFromFigures } from '../core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import type { ListInputs } from './loadListInputs.ts';

/**
 * Runs the core for the requested years. Earlier years that the figures cover (from 2010) are computed too,
 * under the rule set in force each year, so persistence and the first year's changes rest on the figures
 * rather than only on imported history; the chosen rule set (`--ruleset`) applies to the requested years.
 * The result is restricted to the requested years.
 */
export function listRunFromInputs(inputs: ListInputs): ListRun {
  const requested = new Set(inputs.years);
  const last = Math.max(...inputs.years);
  const context = [...new Set(inputs.figures.map((f) => f.year))].filter(
    (y) => y >= 2010 && y < last && !requested.has(y),
  );
  const chosen = inputs.ruleSet;
  const run = listRunFromFigures({
    figures: inputs.figures,
    history: inputs.history,
    years: [...context, ...inputs.years].sort((a, b) => a - b),
    ruleSetForYear: (year) => (requested.has(year) && chosen !== null ? chosen : defaultRuleSetForYear(year)),
    assumptions: inputs.assumptions,
  });
  return context.length === 0 ? run : restrictRun(run, inputs.years);
}

function restrictRun(run: ListRun, years: readonly number[]): ListRun {
  const keep = new Set(years);
  return {
    years: run.years.filter((y) => keep.has(y)),
    ruleSets: new Map([...run.ruleSets].filter(([y]) => keep.has(y))),
    figures: run.figures,
    assessments: run.assessments.filter((a) => keep.has(a.year)),
    designations: run.designations.filter((d) => keep.has(d.year)),
    changes: run.changes.filter((c) => keep.has(c.year)),
  };
}
