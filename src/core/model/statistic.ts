/**
 * What an analysis measured for one cell of a report table: the counts disclosure control needs, never
 * only a finished percentage (domain §7). Numbers here are plain JavaScript numbers: they are published,
 * not compared with a legal threshold.
 *
 * - `count`: a number of persons (or of dwellings, plans, …: `unit` says which).
 * - `share`: `numerator` over `denominator`, published in percent. The numerator may be fractional (full-time
 *   persons outside the labour market); `numeratorPersons` is how many persons contribute to it, and
 *   `denominator` is a count of persons.
 * - `mean`: `sum` over `n` persons (mean gross income in DKK, a grade).
 * - `derived`: a published number formed from other measured quantities (e.g. a decomposition part's share of
 *   a change); `persons` are the persons each quantity behind it rests on, the smallest of which decides the
 *   primary rule.
 * - `missing`: the analysis could not measure it (absent input table, year not in the delivery), with why.
 * - `notApplicable`: the cell has no meaning (a total of means, a year before a list existed).
 */
export type Statistic =
  | { readonly kind: 'count'; readonly count: number }
  | {
      readonly kind: 'share';
      readonly numerator: number;
      readonly denominator: number;
      readonly numeratorPersons: number;
    }
  | { readonly kind: 'mean'; readonly sum: number; readonly n: number }
  | { readonly kind: 'derived'; readonly value: number; readonly persons: readonly number[] }
  | { readonly kind: 'missing'; readonly why: string }
  | { readonly kind: 'notApplicable' };

export const UNITS = ['count', 'pct', 'mean', 'dkk', 'grade', 'ratio', 'share'] as const;
/** The unit of a published number (contract §F `tables/<id>.csv`). */
export type Unit = (typeof UNITS)[number];

/** One measured cell: where it sits in its table and what was measured. */
export interface MeasuredCell {
  readonly row: string;
  readonly column: string;
  readonly unit: Unit;
  readonly statistic: Statistic;
}
