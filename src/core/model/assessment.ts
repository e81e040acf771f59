import type { Rational } from '../exact/rational.ts';
import type { UnknownMembership } from './history.ts';
import type { AreaId, MunicipalityCode, Year } from './ids.ts';
import type { Criterion } from './criteria.ts';
import type { ListId } from './lists.ts';

/** One criterion evaluated for one area and year. */
export type CriterionResult =
  | {
      readonly kind: 'evaluated';
      readonly criterion: Criterion;
      /** The compared value, exact: pct, ratio to national, or pct of region, unrounded. */
      readonly value: Rational;
      readonly met: boolean;
      /** value − threshold (pct points or ratio); positive = on the "met" side for > and >=. */
      readonly margin: number;
      /** Persons that would have to change for the outcome to flip, when denominators are known. */
      readonly marginPersons: number | null;
      /** Danish, e.g. `K1 52,3 pct. > 40 pct.` */
      readonly textDa: string;
    }
  | {
      readonly kind: 'notComputable';
      readonly criterion: Criterion;
      /** Why, in Danish, e.g. `K2: landsgennemsnit mangler`. */
      readonly why: string;
    };

/** An area's result for one list rule. */
export interface ListDecision {
  readonly list: ListId;
  readonly member: boolean;
  /** `true` when a missing figure means the decision could have gone the other way. */
  readonly uncertain: boolean;
  readonly criteria: readonly CriterionResult[];
  /** The persistence rule's outcome, for lists decided by one (omdannelse, hard ghetto). */
  readonly persistence?: PersistenceResult;
  /** Number of group criteria met, and the group size (k of n). */
  readonly metCount?: number;
  readonly groupSize?: number;
  /** One Danish sentence: `Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. > 60 pct. (2 af 4)`. */
  readonly reasonDa: string;
}

/** A persistence rule applied: `of` (or an earlier name) in each of the last `required` years. */
export interface PersistenceResult {
  readonly of: ListId;
  readonly required: number;
  /** Consecutive member years counted back from the list year (known or not known), capped at `required`. */
  readonly streak: number;
  /** Years of the window whose membership is not known, and why (the decision is then uncertain). */
  readonly unknown: readonly UnknownMembership[];
}

/** Everything the rule set says about one area in one list year. */
export interface AreaAssessment {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  readonly residents: number;
  readonly ruleSetId: string;
  /** Below the residents floor: not assessed, no list. */
  readonly eligible: boolean;
  readonly decisions: readonly ListDecision[];
  /** Lists the area is on this year. */
  readonly lists: readonly ListId[];
  /** One Danish summary sentence. */
  readonly summaryDa: string;
}
