import type { CriterionGroup, Criterion } from './criteria.ts';
import type { ListId } from './lists.ts';

/**
 * How one list is decided, in the order the law builds it. All present conditions must hold:
 * - `requires`: the area is on these lists the same year (parallelsamfund requires udsat);
 * - `excludes`: the area is not on these lists the same year (forebyggelse excludes udsat);
 * - `gates`: criteria that must each be met (the non-western share);
 * - `group`: at least k of n criteria met;
 * - `persistence`: on the `of` list (or its earlier name) in each of the last `years` years, this one included.
 */
export interface ListRule {
  readonly list: ListId;
  readonly legalRef: string;
  readonly descriptionDa: string;
  readonly requires?: readonly ListId[];
  readonly excludes?: readonly ListId[];
  readonly gates?: readonly Criterion[];
  readonly group?: CriterionGroup;
  readonly persistence?: Persistence;
}

export interface Persistence {
  readonly of: ListId;
  readonly years: number;
  /** Transitional rule: for list years up to and including `throughYear`, `years` is replaced. */
  readonly transitional?: { readonly throughYear: number; readonly years: number };
}

/** A complete rule set: the law in force for a range of list years, or a scenario derived from one. */
export interface RuleSet {
  readonly id: string;
  readonly nameDa: string;
  readonly description: string;
  /** The rule set a scenario derives from; absent for built-in sets. */
  readonly basedOn?: string;
  /** Areas are assessed only with at least this many residents at 1 January (§ 61 a, stk. 3). */
  readonly minResidents: number;
  /** How the register pipeline measures the indicators under this rule set. */
  readonly measures: MeasureDefinitions;
  /** Lists in the order they are decided (a rule may depend on lists earlier in this array). */
  readonly lists: readonly ListRule[];
}

/**
 * Measure definitions that differ between rule sets (domain.md §3–4). Averaging windows are on the
 * criteria (`averagingYears`); everything else that changes how a figure is computed lives here.
 */
export interface MeasureDefinitions {
  /**
   * K3 basic-only education: `anySource` counts foreign (self-reported/imputed) education and counts unknown
   * as basic (2013–2017); `danishOrRecognised` counts only education completed or recognised in Denmark (2018 →).
   */
  readonly k3Education: 'anySource' | 'danishOrRecognised';
  /** Number of years K1 and K2 are averaged over (2010: 4; from 2013: 2). */
  readonly averagingYears: number;
}
