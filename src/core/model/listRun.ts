import type { AreaFigures } from './areaFigures.ts';
import type { AreaAssessment } from './assessment.ts';
import type { Designation } from './designation.ts';
import type { Year } from './ids.ts';
import type { ListChange } from './listChange.ts';
import type { RuleSet } from './ruleSet.ts';
import type { Assumptions } from '../assumptions.ts';

/** What a list run needs: figures per area and year, earlier designations, the years and their rule sets. */
export interface ListRunInput {
  readonly figures: readonly AreaFigures[];
  /** Imported designations of earlier years (data contract §C); computed years take precedence. */
  readonly history: readonly Designation[];
  readonly years: readonly Year[];
  /** The rule set applied to each list year (the default per year, or one chosen rule set/scenario). */
  readonly ruleSetForYear: (year: Year) => RuleSet;
  readonly assumptions: Assumptions;
}

/** The result of a list run: `AreaFigures → AreaAssessment → Designation → ListChange`. */
export interface ListRun {
  readonly years: readonly Year[];
  readonly ruleSets: ReadonlyMap<Year, RuleSet>;
  readonly figures: readonly AreaFigures[];
  readonly assessments: readonly AreaAssessment[];
  /** Computed designations for `years`, sorted by year, list, area id. */
  readonly designations: readonly Designation[];
  /** Changes of each year in `years` against the year before (computed or imported). */
  readonly changes: readonly ListChange[];
}
