import { add, compare, div, HUNDRED, isZero, mul, rational, type Rational } from '../exact/rational.ts';
import { formatRationalDa } from '../format/formatDa.ts';
import { honestValue } from '../format/honestDecimals.ts';

/** § 168 a, stk. 1: 75 m² of commercial floor area counts as one dwelling. */
export const COMMERCIAL_M2_PER_DWELLING = 75n;

/** The legal target: almene familieboliger at most 40 pct. of all dwellings by 1 January 2030. */
export const PLAN_TARGET_PCT: Rational = rational(40n);

/** The counts a share is formed from: one line, or the sum of several plans' lines. */
export interface ShareParts {
  readonly publicFamilyDwellings: number;
  readonly otherDwellings: number;
  readonly commercialM2: Rational;
}

/** All dwellings a line counts: public family + other + commercial m² / 75 (exact). */
export function countedDwellings(p: ShareParts): Rational {
  return add(
    rational(BigInt(p.publicFamilyDwellings + p.otherDwellings)),
    div(p.commercialM2, rational(COMMERCIAL_M2_PER_DWELLING)),
  );
}

/**
 * The share of public family dwellings in percent, exactly: public_family / (public_family + other +
 * commercial_m2 / 75) × 100; null when nothing is counted (no dwellings, no floor area).
 */
export function publicFamilySharePct(p: ShareParts): Rational | null {
  const all = countedDwellings(p);
  if (isZero(all)) return null;
  return mul(div(rational(BigInt(p.publicFamilyDwellings)), all), HUNDRED);
}

/** "Højst 40 pct.": the target is met when the share is at most the target. */
export function targetMet(sharePct: Rational, targetPct: Rational): boolean {
  return compare(sharePct, targetPct) <= 0;
}

/** The sum of lines' parts (a category's share is pooled: Σ public family / Σ counted dwellings). */
export function sumParts(parts: readonly ShareParts[]): ShareParts {
  return parts.reduce<ShareParts>(
    (s, p) => ({
      publicFamilyDwellings: s.publicFamilyDwellings + p.publicFamilyDwellings,
      otherDwellings: s.otherDwellings + p.otherDwellings,
      commercialM2: add(s.commercialM2, p.commercialM2),
    }),
    { publicFamilyDwellings: 0, otherDwellings: 0, commercialM2: rational(0n) },
  );
}

/**
 * A share and its target in Danish, with as many decimals as it takes to stand on its side of the target:
 * `planlagt 44,1 pct. i 2030 > 40 pct.`, `40,01 pct. > 40 pct.`, `40,0 pct. ≤ 40 pct.`.
 */
export function shareAgainstTargetDa(sharePct: Rational, targetPct: Rational): string {
  const met = targetMet(sharePct, targetPct);
  const shown = honestValue(sharePct, met ? '≤' : '>', targetPct);
  return `${formatRationalDa(shown.shown, shown.decimals)} pct. ${met ? '≤' : '>'} ${pctDa(targetPct)}`;
}

/** A target in Danish: `40 pct.`, `52,5 pct.` (as many decimals as it has, at most 2). */
export function pctDa(x: Rational): string {
  const d = [0, 1].find((n) => mul(x, rational(10n ** BigInt(n))).den === 1n) ?? 2;
  return `${formatRationalDa(x, d)} pct.`;
}
