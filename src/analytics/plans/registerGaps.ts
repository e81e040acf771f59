import { compare, neg, rationalFromNumber, sub, type Rational } from '../../core/exact/rational.ts';
import { formatRationalDa } from '../../core/format/formatDa.ts';
import type { AreaId } from '../../core/model/ids.ts';
import type { PlanAccount } from '../../core/plans/planAccount.ts';
import { publicFamilySharePct } from '../../core/plans/planShare.ts';
import type { RegisterPlanShareRow } from './registerPlanShares.ts';

/**
 * A reported line's year t describes the end of t; the registers describe 1 January. The line is compared with
 * the registers of 1 January t + 1.
 */
export const REGISTER_YEAR_AFTER_LINE = 1;

/** A realised (or start) line's share beside the same share recomputed from the registers. */
export interface RegisterComparison {
  readonly areaId: AreaId;
  readonly lineYear: number;
  readonly registerYear: number;
  readonly reportedPct: Rational | null;
  /** Null when the registers have no count for the area and year (or count nothing); `whyDa` says which. */
  readonly registerPct: Rational | null;
  /** Register − reported, in percentage points; null when either is unknown. */
  readonly gapPoints: Rational | null;
  readonly aboveTolerance: boolean;
  readonly whyDa: string | null;
}

/**
 * The reported shares of every plan's start and realised lines beside the registers' (domain §9, beyond the
 * seed), and the gaps larger than `tolerancePoints` (option `plans.registerGapTolerancePct`), each named.
 */
export function registerComparisons(
  accounts: readonly PlanAccount[],
  rows: readonly RegisterPlanShareRow[],
  tolerancePoints: Rational,
): { readonly comparisons: RegisterComparison[]; readonly gaps: RegisterComparison[] } {
  const byKey = new Map(rows.map((r) => [`${r.areaId}\u0000${r.year}`, r]));
  const comparisons: RegisterComparison[] = [];
  for (const a of accounts) {
    for (const line of [...(a.start === null ? [] : [a.start]), ...a.realised]) {
      const registerYear = line.year + REGISTER_YEAR_AFTER_LINE;
      const row = byKey.get(`${a.plan.areaId}\u0000${registerYear}`);
      const registerPct =
        row === undefined
          ? null
          : publicFamilySharePct({
              publicFamilyDwellings: row.publicFamilyDwellings,
              otherDwellings: row.otherDwellings,
              commercialM2: rationalFromNumber(row.commercialM2 ?? 0),
            });
      const gapPoints =
        registerPct === null || line.sharePct === null ? null : sub(registerPct, line.sharePct);
      const size =
        gapPoints === null ? null : compare(gapPoints, neg(gapPoints)) >= 0 ? gapPoints : neg(gapPoints);
      comparisons.push({
        areaId: a.plan.areaId,
        lineYear: line.year,
        registerYear,
        reportedPct: line.sharePct,
        registerPct,
        gapPoints,
        aboveTolerance: size !== null && compare(size, tolerancePoints) > 0,
        whyDa:
          row === undefined
            ? `registrene har ingen opgørelse for området pr. 1. januar ${registerYear}`
            : registerPct === null
              ? `registrene tæller ingen boliger i området pr. 1. januar ${registerYear}`
              : line.sharePct === null
                ? `årsrapportens linje for ${line.year} tæller ingen boliger`
                : null,
      });
    }
  }
  return { comparisons, gaps: comparisons.filter((c) => c.aboveTolerance) };
}

/** A gap in Danish: `2019: rapporteret 80,0 pct., registrene 76,5 pct. (−3,5 procentpoint)`. */
export function registerGapDa(c: RegisterComparison): string {
  const pct = (x: Rational | null): string => (x === null ? 'ukendt' : `${formatRationalDa(x, 1)} pct.`);
  const gap =
    c.gapPoints === null
      ? (c.whyDa ?? 'ukendt')
      : `${compare(c.gapPoints, neg(c.gapPoints)) > 0 ? '+' : ''}${formatRationalDa(c.gapPoints, 1).replace('-', '−')} procentpoint`;
  return `${c.lineYear}: rapporteret ${pct(c.reportedPct)}, registrene pr. 1. januar ${c.registerYear} ${pct(c.registerPct)} (${gap})`;
}
