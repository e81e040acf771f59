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

/** A persistence rule applied: `of` (or an earlier name) in each of the last `required` years. */
export interface PersistenceResult {
  readonly of: ListId;
  readonly required: number;
  /** Consecutive member years counted back from the list year (known or not known), capped at `required`. */
  readonly streak: number;
  /** Years of the window whose membership is not known, and why (the decision is then uncertain). */
  readonly unknown: readonly UnknownMembership[];
}

/** Whether a condition holds: yes, no, or unknown (a missing figure or year could tip it). */
export type ConditionState = 'yes' | 'no' | 'unknown';

/**
 * One condition of a list decision, in the order the law builds it, with what decided it. A decision is
 * made of these; its Danish and English sentences are rendered from them (`decisionText.ts`).
 */
export type DecisionCondition =
  /** The residents floor (§ 61 a, stk. 3): below it the area is not assessed at all. */
  | {
      readonly kind: 'floor';
      readonly residents: number;
      readonly minResidents: number;
      readonly state: ConditionState;
    }
  /** On another list the same year (parallelsamfund requires udsat); `state` is that membership. */
  | { readonly kind: 'requires'; readonly list: ListId; readonly state: ConditionState }
  /** Not on another list the same year (forebyggelse excludes udsat); `onList` is that membership. */
  | {
      readonly kind: 'excludes';
      readonly list: ListId;
      readonly onList: ConditionState;
      readonly state: ConditionState;
    }
  /** A criterion that must be met (the non-western share). */
  | { readonly kind: 'gate'; readonly result: CriterionResult; readonly state: ConditionState }
  /** At least `minMet` of the group's criteria met. */
  | {
      readonly kind: 'group';
      readonly results: readonly CriterionResult[];
      readonly minMet: number;
      readonly metCount: number;
      readonly notComputable: number;
      readonly state: ConditionState;
    }
  /** On `of` (or an earlier name of it) in each of the last `required` years. */
  | ({ readonly kind: 'persistence'; readonly state: ConditionState } & PersistenceResult);

/** An area's result for one list rule. */
export interface ListDecision {
  readonly list: ListId;
  readonly member: boolean;
  /** `true` when a missing figure or year means the decision could have gone the other way. */
  readonly uncertain: boolean;
  /** Every condition of the rule with its state: the structure of the decision. */
  readonly conditions: readonly DecisionCondition[];
  /** Every criterion evaluated for the decision (the gates' and the group's), in order. */
  readonly criteria: readonly CriterionResult[];
  /** The group's k of n, when the rule has a group (taken from its condition). */
  readonly metCount?: number;
  readonly groupSize?: number;
  /** Rendered from the conditions: `Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. > 60 pct. (2 af 4)`. */
  readonly reasonDa: string;
  /** The same in English: `udsat: K1 52.3% > 40%, K3 61.2% > 60% (2 of 4)`. */
  readonly reasonEn: string;
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
