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
import { measureOf, type Measure } from '../measures/measures.ts';
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
  const why = f.missingWhy?.[c.measure];
  // The source's own reason, when it knows why the figure is missing (a data year absent from the delivery).
  return typeof raw === 'string' && why !== undefined ? `${c.measure}: ${why}` : raw;
}

function rawValueOf(c: Criterion, f: AreaFigures): Raw {
  const m = measureOf(c.measure);
  const value = f[m.field];
  if (value === null) return m.missingDa;
  if (!m.references.includes(c.reference))
    return `${m.labelDa}: kan ikke sammenlignes ${REFERENCE_DA[c.reference]}`;
  const persons = personsOf(m, f);
  if (c.reference !== 'ratioToNational' || m.national === undefined) {
    return { value, personsPerUnit: persons === null ? null : div(rational(persons), HUNDRED) };
  }
  const national = f[m.national.field];
  if (national === null) return `${m.labelDa}: landsgennemsnit mangler`;
  if (sign(national) <= 0) return `${m.labelDa}: landsgennemsnittet er 0`;
  return {
    value: div(value, national),
    // one unit of the ratio is the national rate's share of the area's persons
    personsPerUnit: persons === null ? null : mul(national, rational(persons, 100)),
  };
}

/** How each comparison is named when a measure cannot be compared that way. */
const REFERENCE_DA: Record<Criterion['reference'], string> = {
  pct: 'som en andel',
  ratioToNational: 'med et landsgennemsnit',
  pctOfRegion: 'med regionen',
};

/** The persons a margin is counted in, when known and meaningful (not for income). */
function personsOf(m: Measure, f: AreaFigures): number | null {
  if (!m.marginInPersons) return null;
  switch (m.persons.kind) {
    case 'residents':
      return f.residents;
    case 'denominator':
      return f.denominators?.[m.persons.key] ?? null;
    default:
      return assertNever(m.persons);
  }
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
