import { compareRuns, type ScenarioDifference } from '../core/compare/compareRuns.ts';
import { LIST_IDS } from '../core/model/lists.ts';
import type { Year } from '../core/model/ids.ts';
import type { ListRun } from '../core/model/listRun.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';

/** A scenario's lists against the law in force: every area one run lists and the other does not, and why. */
export interface ScenarioComparison {
  readonly scenario: {
    readonly id: string;
    readonly nameDa: string;
    readonly basedOn: string | null;
  };
  readonly years: readonly Year[];
  /** Sorted by year, list (the law's order), change and area id. */
  readonly differences: readonly ScenarioDifference[];
}

/** The comparison of a scenario run with the run under the rule sets in force. */
export function scenarioComparisonFrom(
  official: ListRun,
  scenario: ListRun,
  scenarioRuleSet: RuleSet,
): ScenarioComparison {
  const differences = sortedDifferences(compareRuns(official, scenario));
  return {
    scenario: {
      id: scenarioRuleSet.id,
      nameDa: scenarioRuleSet.nameDa,
      basedOn: scenarioRuleSet.basedOn ?? null,
    },
    years: scenario.years,
    differences,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Differences sorted by year, list (in the law's order), change and area id. */
export function sortedDifferences(differences: readonly ScenarioDifference[]): ScenarioDifference[] {
  return [...differences].sort(
    (a, b) =>
      a.year - b.year ||
      LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
      cmp(a.change, b.change) ||
      cmp(a.areaId, b.areaId),
  );
}
