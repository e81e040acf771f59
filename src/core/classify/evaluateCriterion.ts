import { assertNever } from '../assertNever.ts';
import type { Assumptions } from '../assumptions.ts';
import {
  ceil,
  compare,
  div,
  floor,
  HUNDRED,
  mul,
  rational,
  rationalFromNumber,
  roundHalfAwayFromZero,
  sign,
  sub,
  toNumber,
  type Rational,
} from '../exact/rational.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type { CriterionResult } from '../model/assessment.ts';
import type { Criterion, Operator } from '../model/criteria.ts';
import { criterionText } from './criterionText.ts';

/**
 * Evaluate one criterion on one area's figures: the compared value (exact), whether it is met (decided exactly:
 * no binary rounding), the margin (value − threshold, in percentage points, ratio units for K2 against the
 * national rate, or points of the regional mean for K4), the margin in persons when the denominator is known,
 * and a Danish sentence. A missing figure gives `notComputable` with the reason in Danish.
 */
export function evaluateCriterion(
  criterion: Criterion,
  figures: AreaFigures,
  assumptions: Assumptions,
): CriterionResult {
  const raw = rawValue(criterion, figures);
  if (typeof raw === 'string') return { kind: 'notComputable', criterion, why: raw };
  const value = assumptions.comparison === 'oneDecimal' ? roundHalfAwayFromZero(raw.value, 1) : raw.value;
  const threshold = rationalFromNumber(criterion.threshold);
  const met = isMet(criterion.operator, value, threshold);
  const difference = sub(value, threshold);
  const marginPersons =
    raw.personsPerUnit === null
      ? null
      : personsToFlip(criterion.operator, met, mul(difference, raw.personsPerUnit));
  return {
    kind: 'evaluated',
    criterion,
    value,
    met,
    margin: toNumber(difference),
    marginPersons,
    textDa: criterionText(criterion, value, met, 'da'),
  };
}

/** The law's operators, decided exactly. */
export function isMet(op: Operator, value: Rational, threshold: Rational): boolean {
  const c = compare(value, threshold);
  switch (op) {
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    default:
      return assertNever(op);
  }
}

type Raw = { value: Rational; personsPerUnit: Rational | null } | string;

/**
 * The compared value and how many persons one unit of it stands for (null when unknown), or the Danish
 * reason it cannot be computed.
 */
function rawValue(c: Criterion, f: AreaFigures): Raw {
  const raw = rawValueOf(c, f);
  const why = c.measure === 'NW' ? undefined : f.missingWhy?.[c.measure];
  // The source's own reason, when it knows why the figure is missing (a data year absent from the delivery).
  return typeof raw === 'string' && why !== undefined ? `${c.measure}: ${why}` : raw;
}

function rawValueOf(c: Criterion, f: AreaFigures): Raw {
  const d = f.denominators;
  const perPct = (n: number | undefined): Rational | null => (n === undefined ? null : rational(n, 100));
  switch (c.measure) {
    case 'K1':
      if (f.k1OutsidePct === null) return 'K1: andelen uden tilknytning til arbejde eller uddannelse mangler';
      return forPct(c, 'K1', f.k1OutsidePct, perPct(d?.n18to64));
    case 'K2':
      if (f.k2ConvictedPct === null) return 'K2: andelen af dømte mangler';
      if (c.reference === 'ratioToNational') {
        if (f.k2NationalPct === null) return 'K2: landsgennemsnit mangler';
        if (sign(f.k2NationalPct) <= 0) return 'K2: landsgennemsnittet er 0';
        const n = d?.n18plus;
        return {
          value: div(f.k2ConvictedPct, f.k2NationalPct),
          // one unit of the ratio is the national rate's share of the area's adults
          personsPerUnit: n === undefined ? null : mul(f.k2NationalPct, rational(n, 100)),
        };
      }
      return forPct(c, 'K2', f.k2ConvictedPct, perPct(d?.n18plus));
    case 'K3':
      if (f.k3BasicPct === null) return 'K3: andelen med alene grundskoleuddannelse mangler';
      return forPct(c, 'K3', f.k3BasicPct, perPct(d?.n30to59));
    case 'K4':
      if (f.k4IncomePct === null) return 'K4: indkomst i forhold til regionen mangler';
      // Income cannot be translated into a number of persons.
      return forPct(c, 'K4', f.k4IncomePct, null);
    case 'NW':
      if (f.nonwesternPct === null) return 'ikke-vestlige: andelen mangler';
      return forPct(c, 'NW', f.nonwesternPct, div(rational(f.residents), HUNDRED));
    default:
      return assertNever(c.measure);
  }
}

function forPct(c: Criterion, label: string, value: Rational, personsPerUnit: Rational | null): Raw {
  if (c.reference === 'ratioToNational') return `${label}: kan ikke sammenlignes med et landsgennemsnit`;
  return { value, personsPerUnit };
}

/**
 * Persons in the numerator that would have to change for the outcome to flip. With d = (value − threshold) ×
 * persons per unit = count − count at the threshold (counts may be fractional: averages over years), exactly:
 * - `>`:  met → ⌈d⌉ fewer (then count ≤ threshold); not met → ⌊−d⌋ + 1 more;
 * - `>=`: met → ⌊d⌋ + 1 fewer (then count < threshold); not met → ⌈−d⌉ more;
 * - `<`:  met → ⌈−d⌉ more; not met → ⌊d⌋ + 1 fewer.
 * At least one person.
 */
export function personsToFlip(op: Operator, met: boolean, d: Rational): number {
  const minusD = mul(d, rational(-1));
  let n: bigint;
  switch (op) {
    case '>':
      n = met ? ceil(d) : floor(minusD) + 1n;
      break;
    case '>=':
      n = met ? floor(d) + 1n : ceil(minusD);
      break;
    case '<':
      n = met ? ceil(minusD) : floor(d) + 1n;
      break;
    default:
      return assertNever(op);
  }
  return Number(n < 1n ? 1n : n);
}
