import type { Designation } from './designation.ts';
import type { Year } from './ids.ts';
import type { ListId } from './lists.ts';

/**
 * How much of one imported list (year, list) is known: `complete` when every member is named, `partial` when
 * fewer members are named than the list had (official count) or the source says so. An area absent from a
 * partial list may still have been on it: its membership is unknown, never "not on the list".
 */
export const HISTORY_COMPLETENESS = ['complete', 'partial'] as const;
export type HistoryCompleteness = (typeof HISTORY_COMPLETENESS)[number];

/** One imported list of one year, with how completely it is known. */
export interface HistoryList {
  readonly year: Year;
  readonly list: ListId;
  readonly completeness: HistoryCompleteness;
  /** Members named in the history. */
  readonly named: number;
  /** The official number of members, when known. */
  readonly officialCount: number | null;
}

/**
 * Imported designations of earlier years (data contract §C, or the official lists) and the lists they cover.
 * A (year, list) not among `lists` is not known at all.
 */
export interface ImportedHistory {
  readonly designations: readonly Designation[];
  readonly lists: readonly HistoryList[];
}

export const NO_HISTORY: ImportedHistory = { designations: [], lists: [] };

/** Why an area's membership of a list in a year is not known. */
export type UnknownMembership =
  /** That year was computed, but its decision was uncertain (a figure is missing). */
  | { readonly kind: 'uncertainDecision'; readonly year: Year }
  /** The imported list of that year is only partly known and does not name the area. */
  | { readonly kind: 'partialList'; readonly year: Year }
  /** That year was computed, but the area has no figures for it. */
  | { readonly kind: 'noFigures'; readonly year: Year }
  /** Neither computed nor in the imported history. */
  | { readonly kind: 'noHistory'; readonly year: Year };

/** What is known of an area's membership of a list (under any of its names) in one year, and from where. */
export type Membership =
  | { readonly state: 'yes'; readonly source: 'computed' | 'history' }
  /** `noList`: the list did not exist that year (before 2010, or a list the rules of the year did not have). */
  | { readonly state: 'no'; readonly source: 'computed' | 'history' | 'noList' }
  | { readonly state: 'unknown'; readonly why: UnknownMembership };
