import { assertNever } from '../assertNever.ts';
import type { Assumptions } from '../assumptions.ts';
import { add, div, HUNDRED, mean, mul, rational, sign, type Rational } from '../exact/rational.ts';
import { MEASURES, type FigureField, type Measure } from '../measures/measures.ts';
import type { AreaFigures, Denominators } from '../model/areaFigures.ts';
import type { MeasureId } from '../model/criteria.ts';
import type { AreaId, MunicipalityCode, Year } from '../model/ids.ts';

/** One data year of a measure: numerator (a count, or a sum of fractions or money) over a count of persons. */
export interface YearCount {
  readonly dataYear: Year;
  readonly numerator: Rational;
  readonly denominator: number;
}

/**
 * A measure's counts for one area and list year: the area's, per data year, and those of its reference (the
 * whole country for a national comparison, the area's region for a regional mean).
 */
export interface MeasureCounts {
  readonly area: readonly YearCount[];
  readonly reference: readonly YearCount[];
}

/** The exact counts behind one area's figures in one list year, as the register pipeline forms them. */
export interface AreaCounts {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  /** Residents at 1 January of the list year (the residents floor). */
  readonly residents: number;
  readonly counts: Readonly<Partial<Record<MeasureId, MeasureCounts>>>;
  /**
   * Per measure, why it is not computable (Danish: `convictions mangler for 2023`), when a source year is
   * missing from the delivery.
   */
  readonly missing: Readonly<Partial<Record<MeasureId, string>>>;
}

/**
 * A share over an averaging window (domain.md §4), in percent and exactly: the mean of the yearly shares
 * (`meanOfYears`, `currentResidents`; a year without persons has no share and is skipped) or one share pooled
 * over all the window's person-years (`pooled`). Null when no year has persons.
 */
export function windowPct(
  years: readonly YearCount[],
  averaging: Assumptions['k1Averaging'],
): Rational | null {
  const withPersons = years.filter((y) => y.denominator > 0);
  if (withPersons.length === 0) return null;
  if (averaging === 'pooled') {
    const n = withPersons.reduce((s, y) => add(s, y.numerator), rational(0));
    const d = withPersons.reduce((s, y) => s + y.denominator, 0);
    return mul(HUNDRED, div(n, rational(d)));
  }
  return mean(withPersons.map((y) => mul(HUNDRED, div(y.numerator, rational(y.denominator)))));
}

const pct = (c: YearCount | undefined): Rational | null =>
  c === undefined || c.denominator <= 0 ? null : mul(HUNDRED, div(c.numerator, rational(c.denominator)));

const latest = (years: readonly YearCount[]): YearCount | undefined =>
  [...years].sort((a, b) => b.dataYear - a.dataYear)[0];

/** The area's mean as a percentage of the reference's mean; null without persons or with a mean ≤ 0. */
function meanOfReferencePct(area: YearCount | undefined, ref: YearCount | undefined): Rational | null {
  if (area === undefined || ref === undefined || area.denominator <= 0 || ref.denominator <= 0) return null;
  const refMean = div(ref.numerator, rational(ref.denominator));
  if (sign(refMean) <= 0) return null;
  return mul(HUNDRED, div(div(area.numerator, rational(area.denominator)), refMean));
}

/** A measure's figures (its own, and its national one) as the registry says it is formed. */
function figuresOf(
  m: Measure,
  c: MeasureCounts | undefined,
  averaging: Assumptions['k1Averaging'],
): [FigureField, Rational | null][] {
  const area = c?.area ?? [];
  const reference = c?.reference ?? [];
  switch (m.counts) {
    case 'share':
      return [[m.field, pct(area[0])]];
    case 'windowShare':
      return [
        [m.field, windowPct(area, averaging)],
        ...(m.national === undefined
          ? []
          : [[m.national.field, windowPct(reference, averaging)] as [FigureField, Rational | null]]),
      ];
    case 'meanOfRegion':
      return [[m.field, meanOfReferencePct(area[0], reference[0])]];
    default:
      return assertNever(m.counts);
  }
}

/**
 * Area figures (data contract §B) from exact counts, each measure as the registry forms it: every percentage
 * and ratio is an exact rational, so the legal comparison is exact. A measure with a missing source year is
 * not computable (null, with the reason in `missingWhy`). Denominators are those of the latest data year (the
 * residents at 1 January of the list year).
 */
export function areaFiguresFromCounts(c: AreaCounts, averaging: Assumptions['k1Averaging']): AreaFigures {
  const values = Object.fromEntries(
    MEASURES.flatMap((m) =>
      c.missing[m.id] !== undefined
        ? [m.field, ...(m.national === undefined ? [] : [m.national.field])].map(
            (field): [FigureField, Rational | null] => [field, null],
          )
        : figuresOf(m, c.counts[m.id], averaging),
    ),
  ) as Record<FigureField, Rational | null>;
  const denominators: Partial<Record<keyof Denominators, number>> = {};
  for (const m of MEASURES)
    if (m.persons.kind === 'denominator')
      denominators[m.persons.key] = latest(c.counts[m.id]?.area ?? [])?.denominator ?? 0;
  return {
    year: c.year,
    areaId: c.areaId,
    name: c.name,
    municipalityCode: c.municipalityCode,
    residents: c.residents,
    ...values,
    denominators,
    ...(Object.keys(c.missing).length > 0 ? { missingWhy: c.missing } : {}),
  };
}
