import { assertNever } from '../core/assertNever.ts';
import type { Statistic } from '../core/model/statistic.ts';

/**
 * The one number of a cell that disclosure control protects, and that the table's relations add:
 *
 * - `count`: the count, at least 0;
 * - `share`: the numerator, between 0 and the denominator;
 * - `mean`: the sum, of either sign (incomes can be negative, grades go down to −3);
 * - `derived`: the value itself, of either sign (a part of a decomposition).
 *
 * A reader is assumed to know every denominator of a share and every `n` of a mean: they are counts of
 * persons, published elsewhere or nearly so. So a published share reveals its numerator and a published mean
 * its sum, a relation among shares binds the numerators (their denominators add too, and are checked), and
 * a relation among means binds the sums. This is the cautious assumption: a reader who knows less learns less.
 */
export interface ProtectedQuantity {
  /** The relation family: counts and derived numbers may be added together, shares with shares, means with means. */
  readonly family: 'value' | 'share' | 'mean';
  /** The number relations add. */
  readonly value: number;
  /** What a reader knows about it without the cell: its lower and upper bound (±Infinity when unbounded). */
  readonly lower: number;
  readonly upper: number;
  /** The known companion that also adds in relations: a share's denominator, a mean's `n`; null otherwise. */
  readonly companion: number | null;
  /** The persons (or observations) the cell rests on: a count, a denominator, an `n`, the fewest persons. */
  readonly observations: number;
}

/** The protected quantity of a measured statistic; null for a missing or not applicable cell (nobody knows it). */
export function protectedQuantityOf(statistic: Statistic): ProtectedQuantity | null {
  switch (statistic.kind) {
    case 'count':
      return {
        family: 'value',
        value: statistic.count,
        lower: 0,
        upper: Infinity,
        companion: null,
        observations: statistic.count,
      };
    case 'share':
      return {
        family: 'share',
        value: statistic.numerator,
        lower: 0,
        upper: statistic.denominator,
        companion: statistic.denominator,
        observations: statistic.denominator,
      };
    case 'mean':
      return {
        family: 'mean',
        value: statistic.sum,
        lower: -Infinity,
        upper: Infinity,
        companion: statistic.n,
        observations: statistic.n,
      };
    case 'derived':
      return {
        family: 'value',
        value: statistic.value,
        lower: -Infinity,
        upper: Infinity,
        companion: null,
        observations: statistic.persons.length === 0 ? 0 : Math.min(...statistic.persons),
      };
    case 'missing':
    case 'notApplicable':
      return null;
    default:
      return assertNever(statistic);
  }
}

/**
 * The number a published cell shows: a count; a share in percent (100 × numerator / denominator); a mean
 * (sum / n); a derived number as it is. Null for a missing or not applicable cell, or a share or mean over
 * nobody (never published: the persons rule suppresses it).
 */
export function publishedValueOf(statistic: Statistic): number | null {
  switch (statistic.kind) {
    case 'count':
      return statistic.count;
    case 'share':
      return statistic.denominator === 0 ? null : (100 * statistic.numerator) / statistic.denominator;
    case 'mean':
      return statistic.n === 0 ? null : statistic.sum / statistic.n;
    case 'derived':
      return statistic.value;
    case 'missing':
    case 'notApplicable':
      return null;
    default:
      return assertNever(statistic);
  }
}
