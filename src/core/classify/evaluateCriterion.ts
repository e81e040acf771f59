import { assertNever } from '../assertNever.ts';
import type { Assumptions } from '../assumptions.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type { CriterionResult } from '../model/assessment.ts';
import type { Criterion, Operator } from '../model/criteria.ts';
import { criterionText } from './criterionText.ts';

/**
 * Evaluate one criterion on one area's figures: the compared value, whether it is met, the margin
 * (value − threshold, in percentage points, ratio units for K2 against the national rate, or points of the
 * regional mean for K4), the margin in persons when the denominator is known, and a Danish sentence.
 * A missing figure gives `notComputable` with the reason in Danish.
 */
export function evaluateCriterion(
  criterion: Criterion,
  figures: AreaFigures,
  assumptions: Assumptions,
): CriterionResult {
  const raw = rawValue(criterion, figures);
  if (typeof raw === 'string') return { kind: 'notComputable', criterion, why: raw };
  const value = assumptions.comparison === 'oneDecimal' ? roundOneDecimal(raw.value) : raw.value;
  const met = isMet(criterion.operator, value, criterion.threshold);
  const margin = value - criterion.threshold;
  const marginPersons =
    raw.personsPerUnit === null ? null : personsToFlip(criterion.operator, met, margin * raw.personsPerUnit);
  return {
    kind: 'evaluated',
    criterion,
    value,
    met,
    margin,
    marginPersons,
    textDa: criterionText(criterion, value, met, 'da'),
  };
}

export function isMet(op: Operator, value: number, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    default:
      return assertNever(op);
  }
}

/** Round to one decimal, half away from zero, as the published lists print (tolerating binary noise). */
export function roundOneDecimal(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}

/**
 * The compared value and how many persons one unit of it stands for (null when unknown), or the Danish
 * reason it cannot be computed.
 */
function rawValue(c: Criterion, f: AreaFigures): { value: number; personsPerUnit: number | null } | string {
  const d = f.denominators;
  const perPct = (n: number | undefined): number | null => (n === undefined ? null : n / 100);
  switch (c.measure) {
    case 'K1':
      if (f.k1OutsidePct === null) return 'K1: andelen uden tilknytning til arbejde eller uddannelse mangler';
      return forPct(c, 'K1', f.k1OutsidePct, perPct(d?.n18to64));
    case 'K2':
      if (f.k2ConvictedPct === null) return 'K2: andelen af dømte mangler';
      if (c.reference === 'ratioToNational') {
        if (f.k2NationalPct === null) return 'K2: landsgennemsnit mangler';
        if (f.k2NationalPct <= 0) return 'K2: landsgennemsnittet er 0';
        // A plain division: exact thresholds (6 / 2 = 3) compare exactly.
        const n = d?.n18plus;
        return {
          value: f.k2ConvictedPct / f.k2NationalPct,
          personsPerUnit: n === undefined ? null : (f.k2NationalPct * n) / 100,
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
      return forPct(c, 'NW', f.nonwesternPct, f.residents / 100);
    default:
      return assertNever(c.measure);
  }
}

function forPct(
  c: Criterion,
  label: string,
  value: number,
  personsPerUnit: number | null,
): { value: number; personsPerUnit: number | null } | string {
  if (c.reference === 'ratioToNational') return `${label}: kan ikke sammenlignes med et landsgennemsnit`;
  return { value, personsPerUnit };
}

/**
 * Persons in the numerator that would have to change for the outcome to flip. With d = (value − threshold) ×
 * persons per unit = count − count at the threshold (counts may be fractional: averages over years):
 * - `>`:  met → ⌈d⌉ fewer (then count ≤ threshold); not met → ⌊−d⌋ + 1 more;
 * - `>=`: met → ⌊d⌋ + 1 fewer (then count < threshold); not met → ⌈−d⌉ more;
 * - `<`:  met → ⌈−d⌉ more; not met → ⌊d⌋ + 1 fewer.
 * d is rounded to 9 decimals first so binary noise (12.3 × 10 = 123.00000000000001) cannot add a person.
 */
export function personsToFlip(op: Operator, met: boolean, dRaw: number): number {
  const d = Math.round(dRaw * 1e9) / 1e9;
  let n: number;
  switch (op) {
    case '>':
      n = met ? Math.ceil(d) : Math.floor(-d) + 1;
      break;
    case '>=':
      n = met ? Math.floor(d) + 1 : Math.ceil(-d);
      break;
    case '<':
      n = met ? Math.ceil(-d) : Math.floor(d) + 1;
      break;
    default:
      return assertNever(op);
  }
  return Math.max(1, n);
}
