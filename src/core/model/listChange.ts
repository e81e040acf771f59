import type { UnknownMembership } from './history.ts';
import type { AreaId, Year } from './ids.ts';
import type { ListId } from './lists.ts';

/**
 * An area's change on one list between year − 1 and year. `unknown`: one side is not known (the list of
 * year − 1 is only partly known or missing, or this year's decision is uncertain) — nothing is claimed about
 * entering or leaving.
 */
export const CHANGE_KINDS = ['entered', 'left', 'stayed', 'unknown'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A membership or criterion outcome as known in one year. */
export type Known = 'yes' | 'no' | 'unknown';

/** How a criterion came out this year, and last year when the same criterion was decided then. */
export type CriterionOutcome = 'met' | 'notMet' | 'notComputable';

/** Why an area entered, left or may have changed on a list, in criteria terms. */
export type ChangeReason =
  /**
   * A criterion this year. `previously` is last year's outcome of the same criterion (same id, operator,
   * threshold and reference), or `unknown` when it was not decided then: only a known opposite outcome gives
   * "nu opfyldt" / "ikke længere opfyldt"; otherwise the wording is neutral ("opfyldt", "ikke opfyldt").
   */
  | {
      readonly kind: 'criterion';
      readonly criterionId: string;
      readonly outcome: CriterionOutcome;
      readonly previously: CriterionOutcome | 'unknown';
      readonly textDa: string;
      readonly textEn: string;
    }
  | { readonly kind: 'notAssessed'; readonly residents: number; readonly minResidents: number }
  /** Entered after a year below the residents floor: this year's criteria are not compared with that year. */
  | { readonly kind: 'assessedAgain'; readonly previousResidents: number; readonly minResidents: number }
  | { readonly kind: 'movedBetweenLists'; readonly from: ListId; readonly to: ListId }
  | { readonly kind: 'persistence'; readonly years: number }
  /** A list this one depends on, now and (as far as known) the year before. */
  | {
      readonly kind: 'dependsOnList';
      readonly list: ListId;
      readonly nowMember: boolean;
      readonly before: Known;
    }
  | { readonly kind: 'ruleSetChanged'; readonly from: string; readonly to: string }
  /** The list did not exist the year before (new under this year's rules). */
  | { readonly kind: 'newList'; readonly list: ListId; readonly year: Year }
  /** Last year's membership is not known, and why. */
  | { readonly kind: 'previousUnknown'; readonly why: UnknownMembership }
  /** This year's decision is uncertain: a missing figure or an unknown earlier year could tip it. */
  | { readonly kind: 'decisionUncertain'; readonly reasonDa: string }
  | { readonly kind: 'noFigures' };

/** One area's change on one list between year − 1 and year. */
export interface ListChange {
  readonly year: Year;
  readonly list: ListId;
  readonly areaId: AreaId;
  readonly name: string;
  readonly change: ChangeKind;
  /** Membership the year before and this year, as far as known. */
  readonly before: Known;
  readonly after: Known;
  readonly reasons: readonly ChangeReason[];
  /** Danish text, e.g. `Ude af listen over udsatte boligområder: K2 ikke længere opfyldt (2,8× < 3×)`. */
  readonly textDa: string;
  /** English machine-oriented text, e.g. `left udsat: K2 no longer met (2.8x < 3x)`. */
  readonly textEn: string;
}
