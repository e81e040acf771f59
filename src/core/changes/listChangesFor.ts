import type { AreaAssessment } from '../model/assessment.ts';
import type { Designation } from '../model/designation.ts';
import type { Year } from '../model/ids.ts';
import type { ListChange } from '../model/listChange.ts';
import type { RuleSet } from '../model/ruleSet.ts';

/** One year's comparison input: this year's assessments against the year before. */
export interface ListChangesInput {
  readonly year: Year;
  readonly ruleSet: RuleSet;
  readonly assessments: readonly AreaAssessment[];
  /** Memberships of year − 1 (computed, or imported history for the first run year). */
  readonly previousDesignations: readonly Designation[];
  /** Assessments of year − 1 when that year was computed in this run. */
  readonly previousAssessments?: readonly AreaAssessment[];
  /** Rule set of year − 1, when known. */
  readonly previousRuleSet?: RuleSet;
  /** Names of areas that appear only in the history (no figures this year). */
  readonly areaNames?: ReadonlyMap<string, string>;
}

/** Entered / left / stayed per list and area between year − 1 and year, with reasons in criteria terms. */
export function listChangesFor(input: ListChangesInput): ListChange[] {
  void input;
  return [];
}
