import { assertNever } from '../assertNever.ts';
import { compare, roundHalfAwayFromZero, type Rational } from '../exact/rational.ts';

/** A relation as printed between a value and its threshold (`52,3 pct. > 40 pct.`, `2,8× < 3×`). */
export type PrintedRelation = '>' | '≥' | '<' | '≤';

/** Whether `a relation b` holds, exactly. */
export function relationHolds(relation: PrintedRelation, a: Rational, b: Rational): boolean {
  const c = compare(a, b);
  switch (relation) {
    case '>':
      return c > 0;
    case '≥':
      return c >= 0;
    case '<':
      return c < 0;
    case '≤':
      return c <= 0;
    default:
      return assertNever(relation);
  }
}

/** Most decimals a displayed value is given; beyond this a value is shown rounded toward its true side. */
export const MAX_DISPLAY_DECIMALS = 12;

/**
 * How many decimals a value needs so that, rounded as printed, it still stands on the side of the threshold
 * that the printed relation states: at least `minDecimals` (one, as the lists are published), more only where
 * one decimal would contradict the decision — `64,97 pct. < 65 pct.`, not `65,0 pct. < 65 pct.`; `1,996× < 2×`,
 * not `2,0× < 2×`. The relation printed must hold for the exact value (it is the decision's own).
 */
export function honestDecimals(
  value: Rational,
  relation: PrintedRelation,
  threshold: Rational,
  minDecimals = 1,
): number {
  for (let d = minDecimals; d < MAX_DISPLAY_DECIMALS; d++) {
    if (relationHolds(relation, roundHalfAwayFromZero(value, d), threshold)) return d;
  }
  return MAX_DISPLAY_DECIMALS;
}
