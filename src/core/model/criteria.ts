import type { ListId } from './lists.ts';

/**
 * The measures the criteria are built from:
 * K1 outside job/education 18–64, K2 convicted, K3 basic-only education 30–59, K4 gross income,
 * NW immigrants and descendants from non-western countries.
 */
export const MEASURE_IDS = ['K1', 'K2', 'K3', 'K4', 'NW'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** Operators exactly as the law words them: "overstiger" `>`, "mindst" `>=`, "mindre end" `<`. */
export const OPERATORS = ['>', '>=', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * What a criterion's value is compared in:
 * - `pct`: the area's own percentage (e.g. K1 52.3 > 40);
 * - `ratioToNational`: area rate ÷ national rate (K2 from 2018: ≥ 3×);
 * - `pctOfRegion`: area mean as a percentage of the regional mean (K4: < 55 %).
 */
export const REFERENCE_KINDS = ['pct', 'ratioToNational', 'pctOfRegion'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** One legal criterion of a rule set: a measure, compared by an operator to a threshold. */
export interface Criterion {
  /** Unique within the rule set, e.g. `"udsat.K1"`. */
  readonly id: string;
  readonly measure: MeasureId;
  /** Legal reference, e.g. `"almenboligloven § 61 a, stk. 1, nr. 1"`. */
  readonly legalRef: string;
  /** One Danish sentence as the law words it. */
  readonly descriptionDa: string;
  readonly operator: Operator;
  readonly threshold: number;
  readonly reference: ReferenceKind;
  /** Number of years the value is averaged over (1 = single year). */
  readonly averagingYears: number;
}

/** Which criteria a list uses, with the minimum count that must be met (k of n). */
export interface CriterionGroup {
  readonly criteria: readonly Criterion[];
  /** At least this many of `criteria` must be met. */
  readonly minMet: number;
}

export type { ListId };
