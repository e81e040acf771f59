import type { Assumptions } from '../assumptions.ts';
import { add, div, HUNDRED, mean, mul, rational, sign, type Rational } from '../exact/rational.ts';
import type { AreaFigures, MissingFigure } from '../model/areaFigures.ts';
import type { AreaId, MunicipalityCode, Year } from '../model/ids.ts';

/** One data year of a measure: numerator (a count, or a sum of fractions or money) over a count of persons. */
export interface YearCount {
  readonly dataYear: Year;
  readonly numerator: Rational;
  readonly denominator: number;
}

/** The exact counts behind one area's figures in one list year, as the register pipeline forms them. */
export interface AreaCounts {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  /** Residents at 1 January of the list year, and the non-western ones among them. */
  readonly nonwestern: YearCount | null;
  /** K1, K2 (area and national) per data year of the averaging window. */
  readonly k1: readonly YearCount[];
  readonly k2: readonly YearCount[];
  readonly k2National: readonly YearCount[];
  readonly k3: YearCount | null;
  /** K4: summed gross income over taxpayers, in the area and in its region. */
  readonly k4: YearCount | null;
  readonly k4Region: YearCount | null;
  /**
   * Per measure, null when its source years are all in the delivery, else why not (Danish: `convictions
   * mangler for 2023`): the measure is then not computable.
   */
  readonly missing: Readonly<Record<MissingFigure, string | null>>;
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

const pct = (c: YearCount | null): Rational | null =>
  c === null || c.denominator <= 0 ? null : mul(HUNDRED, div(c.numerator, rational(c.denominator)));

const latest = (years: readonly YearCount[]): YearCount | undefined =>
  [...years].sort((a, b) => b.dataYear - a.dataYear)[0];

/**
 * Area figures (data contract §B) from exact counts: every percentage and the K4 ratio is an exact rational, so
 * the legal comparison is exact. K4 = the area's mean income as a percentage of the region's mean (not
 * computable when the region's mean is not positive). Denominators are those of the latest data year (the
 * residents at 1 January of the list year).
 */
export function areaFiguresFromCounts(c: AreaCounts, averaging: Assumptions['k1Averaging']): AreaFigures {
  const ok = (m: MissingFigure): boolean => c.missing[m] === null;
  const missingWhy = Object.fromEntries(
    Object.entries(c.missing).filter((e): e is [MissingFigure, string] => e[1] !== null),
  );
  const k4 =
    ok('K4') && c.k4 !== null && c.k4Region !== null && c.k4.denominator > 0 && c.k4Region.denominator > 0
      ? ratioOfMeans(c.k4, c.k4Region)
      : null;
  return {
    year: c.year,
    areaId: c.areaId,
    name: c.name,
    municipalityCode: c.municipalityCode,
    residents: c.nonwestern?.denominator ?? 0,
    nonwesternPct: pct(c.nonwestern),
    k1OutsidePct: ok('K1') ? windowPct(c.k1, averaging) : null,
    k2ConvictedPct: ok('K2') ? windowPct(c.k2, averaging) : null,
    k2NationalPct: ok('K2') ? windowPct(c.k2National, averaging) : null,
    k3BasicPct: ok('K3') ? pct(c.k3) : null,
    k4IncomePct: k4,
    denominators: {
      n18to64: latest(c.k1)?.denominator ?? 0,
      n18plus: latest(c.k2)?.denominator ?? 0,
      n30to59: c.k3?.denominator ?? 0,
      nIncome: c.k4?.denominator ?? 0,
    },
    ...(Object.keys(missingWhy).length > 0 ? { missingWhy } : {}),
  };
}

function ratioOfMeans(area: YearCount, region: YearCount): Rational | null {
  const regionMean = div(region.numerator, rational(region.denominator));
  if (sign(regionMean) <= 0) return null;
  return mul(HUNDRED, div(div(area.numerator, rational(area.denominator)), regionMean));
}
