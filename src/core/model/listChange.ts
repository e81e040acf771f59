import type { AreaId, Year } from './ids.ts';
import type { ListId } from './lists.ts';

export const CHANGE_KINDS = ['entered', 'left', 'stayed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Why an area entered or left a list, in criteria terms. */
export type ChangeReason =
  | { readonly kind: 'criterionMet'; readonly criterionId: string; readonly textDa: string }
  | { readonly kind: 'criterionNoLongerMet'; readonly criterionId: string; readonly textDa: string }
  | { readonly kind: 'notAssessed'; readonly residents: number; readonly minResidents: number }
  /** Entered after a year below the residents floor: this year's criteria are not compared with that year. */
  | { readonly kind: 'assessedAgain'; readonly previousResidents: number; readonly minResidents: number }
  | { readonly kind: 'movedBetweenLists'; readonly from: ListId; readonly to: ListId }
  | { readonly kind: 'persistence'; readonly years: number }
  | { readonly kind: 'dependsOnList'; readonly list: ListId; readonly nowMember: boolean }
  | { readonly kind: 'ruleSetChanged'; readonly from: string; readonly to: string }
  | { readonly kind: 'noFigures' };

/** One area's change on one list between year − 1 and year. */
export interface ListChange {
  readonly year: Year;
  readonly list: ListId;
  readonly areaId: AreaId;
  readonly name: string;
  readonly change: ChangeKind;
  readonly reasons: readonly ChangeReason[];
  /** Danish text, e.g. `Ude af listen over udsatte boligområder: K2 ikke længere opfyldt (2,8× < 3×)`. */
  readonly textDa: string;
  /** English machine-oriented text, e.g. `left udsat: K2 no longer met (2.8x < 3x)`. */
  readonly textEn: string;
}
