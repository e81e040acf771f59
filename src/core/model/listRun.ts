import type { AreaFigures } from './areaFigures.ts';
import type { AreaAssessment } from './assessment.ts';
import type { Designation } from './designation.ts';
import type { ImportedHistory } from './history.ts';
import type { Year } from './ids.ts';
import type { ListChange } from './listChange.ts';
import type { RuleSet } from './ruleSet.ts';
import type { Assumptions } from '../assumptions.ts';

/** What a list run needs: figures per area and year, earlier designations, the years and their rule sets. */
export interface ListRunInput {
  readonly figures: readonly AreaFigures[];
  /**
   * Imported designations of earlier years (data contract §C, official lists) with their completeness: used
   * for the years the figures do not decide.
   */
  readonly history: ImportedHistory;
  /** The requested list years. Earlier years they depend on are computed too where the figures cover them. */
  readonly years: readonly Year[];
  /** The rule set applied to each list year, context years included (the default per year, or a scenario). */
  readonly ruleSetForYear: (year: Year) => RuleSet;
  readonly assumptions: Assumptions;
}

/** The result of a list run: `AreaFigures → AreaAssessment → Designation → ListChange`. */
export interface ListRun {
  readonly years: readonly Year[];
  /**
   * Earlier years computed from the same figures because the requested years depend on them (persistence, the
   * first year's changes); their results are not part of the run's outputs.
   */
  readonly contextYears: readonly Year[];
  /** Years the requested years depend on that the figures do not cover: taken from the history, or unknown. */
  readonly uncoveredYears: readonly Year[];
  readonly ruleSets: ReadonlyMap<Year, RuleSet>;
  readonly figures: readonly AreaFigures[];
  readonly assessments: readonly AreaAssessment[];
  /** Computed designations for `years`, sorted by year, list, area id. */
  readonly designations: readonly Designation[];
  /**
   * Computed designations of the context years (`contextYears`), sorted likewise: what the run knows of the
   * earlier lists it had to decide (the report's table 2.4 reads the list in force in each year). Not an output.
   */
  readonly contextDesignations?: readonly Designation[];
  /** Changes of each year in `years` against what is known of the year before (computed or imported). */
  readonly changes: readonly ListChange[];
}
