import type { DidDesignProblem, DidOptions } from './didModel.ts';
import { comparingYears, type DidPanel } from './didPanel.ts';

/**
 * The pre-period years that compare the groups: years before `postFrom` holding both a treated and a
 * control cell. The event study's pre-period coefficients are these years but the reference year.
 */
export const comparingPreYears = (panel: DidPanel, options: DidOptions): number[] =>
  comparingYears(panel).filter((t) => t < options.postFrom);

/**
 * Why the panel cannot support the design, checked before anything is fitted; undefined when it can.
 * - noTreated / noControl: no cell of a treated / a control unit;
 * - tooFewPreYears: fewer than two pre-period years holding both treated and control cells (the reference year
 *   and at least one to compare it with), or the reference year not among them;
 * - noPostYears: no year from `postFrom` holding both treated and control cells;
 * - tooFewClusters: G ≤ q, q = the pre-period coefficients of the event study: CR1's variance has rank at most
 *   G − 1, so the pre-trend test of q coefficients needs G ≥ q + 1 (and the t, G − 1 ≥ 1).
 * The rank checks of each fit come after (singular, or no residual degrees of freedom: tooFewClusters).
 */
export function didDesignProblemOf(panel: DidPanel, options: DidOptions): DidDesignProblem | undefined {
  if (!panel.unitTreated.some((t) => t)) return { kind: 'noTreated' };
  if (!panel.unitTreated.some((t) => !t)) return { kind: 'noControl' };
  const preYears = comparingPreYears(panel, options);
  if (preYears.length < 2) return { kind: 'tooFewPreYears', preYears };
  if (!preYears.includes(options.referenceYear))
    return { kind: 'tooFewPreYears', preYears, missingReferenceYear: options.referenceYear };
  if (!comparingYears(panel).some((t) => t >= options.postFrom)) return { kind: 'noPostYears' };
  const clusters = panel.units.length;
  if (clusters <= preYears.length - 1) return { kind: 'tooFewClusters', clusters };
  return undefined;
}
