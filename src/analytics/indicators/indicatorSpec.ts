import type { Assumptions } from '../../core/assumptions.ts';
import type { Year } from '../../core/model/ids.ts';
import type { MeasureDefinitions } from '../../core/model/ruleSet.ts';
import { DWELLING_KINDS } from '../delivery/deliverySchema.ts';

/** What the indicators of one list year are measured by: the rule set's measure definitions. */
export interface ListYearSpec {
  readonly year: Year;
  readonly measures: MeasureDefinitions;
}

/** Everything the indicator queries depend on. */
export interface IndicatorSpec {
  readonly years: readonly ListYearSpec[];
  readonly assumptions: Assumptions;
  /**
   * Whether the workspace has `dwelling_events` (contract A2): then the dwelling's state on each 1 January
   * decides whose residents count (dwellingStateQuery.ts); absent or false, the dwellings as built.
   */
  readonly dwellingEvents?: boolean;
}

/** The three laws whose convictions count for K2 (domain.md §2). */
export const K2_LAWS = ['straffeloven', 'vaabenloven', 'euforiserende_stoffer'] as const;

/** Decision types counted as a conviction under each `k2DecisionTypes` option. */
export const K2_DECISION_TYPES: Readonly<Record<Assumptions['k2DecisionTypes'], readonly string[]>> = {
  prisonFineWithdrawn: ['prison', 'suspended', 'fine', 'withdrawn_charge'],
  prisonFine: ['prison', 'suspended', 'fine'],
  all: ['prison', 'suspended', 'fine', 'withdrawn_charge', 'other'],
};

/**
 * Residents of non-public dwellings (`ownership = 'other'`) count only when the dwelling was built in this year
 * or later (domain.md §4: the areas are the public housing of 2010; `nonPublicBuiltFrom`).
 */
export const nonPublicBuiltFrom = (a: Assumptions): number => Number(a.nonPublicBuiltFrom);

/**
 * The dwelling kinds of those non-public dwellings whose residents count under each `nonPublicKinds` option
 * (domain.md §4; default family dwellings only).
 */
export const NON_PUBLIC_KINDS: Readonly<Record<Assumptions['nonPublicKinds'], readonly string[]>> = {
  family: ['family'],
  all: DWELLING_KINDS,
};

/** Age bounds (completed years at 1 January), inclusive. */
export const AGE_BOUNDS = {
  k1: [18, 64],
  k3: [30, 59],
  k4: [15, 64],
} as const;

export const k2AgeFloor = (a: Assumptions): number => Number(a.k2AgeFloor);
export const k4IncomeOffset = (a: Assumptions): number => (a.k4IncomeYear === 'Y-1' ? 1 : 2);
