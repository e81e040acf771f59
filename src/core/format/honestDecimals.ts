import { assertNever } from '../assertNever.ts';
import { ceilTo, compare, floorTo, roundHalfAwayFromZero, type Rational } from '../exact/rational.ts';

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

/** A value as it is to be printed: the rounded value and its number of decimals. */
export interface HonestValue {
  readonly shown: Rational;
  readonly decimals: number;
}

/**
 * How a value is printed so that it still stands on the side of the threshold that the printed relation
 * states: rounded half away from zero to at least `minDecimals` (one, as the lists are published), more only
 * where fewer would contradict the decision — `64,97 pct. < 65 pct.`, not `65,0 pct. < 65 pct.`; `1,996× < 2×`,
 * not `2,0× < 2×`. A value closer to the threshold than 12 decimals can show is rounded toward its true side
 * (`40,000000000001 pct. > 40 pct.` for 40.000000000000001). The relation must hold for the exact value (it is
 * the decision's own).
 */
export function honestValue(
  value: Rational,
  relation: PrintedRelation,
  threshold: Rational,
  minDecimals = 1,
): HonestValue {
  for (let d = minDecimals; d <= MAX_DISPLAY_DECIMALS; d++) {
    const shown = roundHalfAwayFromZero(value, d);
    if (relationHolds(relation, shown, threshold)) return { shown, decimals: d };
  }
  const d = MAX_DISPLAY_DECIMALS;
  const shown = relation === '>' || relation === '≥' ? ceilTo(value, d) : floorTo(value, d);
  return { shown, decimals: d };
}

/** The number of decimals of `honestValue`. */
export function honestDecimals(
  value: Rational,
  relation: PrintedRelation,
  threshold: Rational,
  minDecimals = 1,
): number {
  return honestValue(value, relation, threshold, minDecimals).decimals;
}
