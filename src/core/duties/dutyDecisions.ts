import { compare, div, HUNDRED, mul, rational, type Rational } from '../exact/rational.ts';
import { formatNumberDa, formatRationalDa } from '../format/formatDa.ts';
import { honestValue, relationHolds } from '../format/honestDecimals.ts';
import {
  DAYCARE_BANDS,
  DAYCARE_HIGH_BANDS,
  DAYCARE_RULE,
  KOMBINERET_UDLEJNING_RULE,
  LANGUAGE_TEST_RULE,
  type DaycareBand,
  type DaycareHighBand,
  type DutyThreshold,
} from './dutyRules.ts';

/** Whether a duty applies: yes, no, or unknown (an input is missing; never read as no). */
export type DutyState = 'yes' | 'no' | 'unknown';

/** One duty decided for one institution, school or area, with the paragraph and the comparison in Danish. */
export interface DutyDecision {
  readonly state: DutyState;
  readonly legalRef: string;
  /** The compared share in percent, exact; null when unknown. */
  readonly sharePct: Rational | null;
  /** Danish: `33,3 pct. > 30 pct.`, or why the decision is unknown. */
  readonly textDa: string;
}

/** `numerator / denominator` in percent, exactly; null without a denominator. */
export function pctOf(numerator: number, denominator: number): Rational | null {
  if (denominator <= 0) return null;
  return mul(HUNDRED, div(rational(numerator), rational(denominator)));
}

/** A comparison in Danish whose printed value stands on the side the decision says: `30,0 pct. ≤ 30 pct.`. */
function comparisonDa(value: Rational, t: DutyThreshold, met: boolean): string {
  const relation = met ? t.relation : negated(t.relation);
  const shown = honestValue(value, relation, t.pct);
  return `${formatRationalDa(shown.shown, shown.decimals)} pct. ${relation} ${formatRationalDa(t.pct, 0)} pct.`;
}

function negated(r: DutyThreshold['relation']): DutyThreshold['relation'] {
  return r === '>' ? '≤' : r === '≥' ? '<' : r === '<' ? '≥' : '>';
}

const unknown = (legalRef: string, why: string): DutyDecision => ({
  state: 'unknown',
  legalRef,
  sharePct: null,
  textDa: `ukendt: ${why}`,
});

/** What an institution's 30 % decision reads: its children on 30 September and those living in udsatte areas. */
export interface DaycareInput {
  readonly year: number;
  readonly enrolled: number;
  /** Enrolled children living in an area on the list in force; null when that is not known. */
  readonly fromUdsat: number | null;
  /** Why `fromUdsat` is not known (the list in force or the residence snapshot is missing). */
  readonly unknownWhy?: string;
  /** Last year of a dispensation from the 30 % rule; null = none. */
  readonly dispensationUntil: number | null;
}

export interface DaycareDecision extends DutyDecision {
  /** Over the limit but holding a dispensation for the year. */
  readonly dispensation: boolean;
  readonly band: DaycareBand | null;
  readonly highBand: DaycareHighBand | null;
}

/**
 * Dagtilbudsloven § 26 a: the institution is over the limit (`yes`) when more than 30 % of its enrolled children
 * live in an udsat area; `dispensation` says a dispensation covers the year. Unknown when the children's
 * residence or the list is not known, never "within".
 */
export function daycareDecision(input: DaycareInput): DaycareDecision {
  const share = input.fromUdsat === null ? null : pctOf(input.fromUdsat, input.enrolled);
  if (share === null) {
    const why = input.fromUdsat === null ? (input.unknownWhy ?? 'bopæl ukendt') : 'ingen indskrevne børn';
    return { ...unknown(DAYCARE_RULE.legalRef, why), dispensation: false, band: null, highBand: null };
  }
  const t = DAYCARE_RULE.overLimit;
  const over = relationHolds(t.relation, share, t.pct);
  const dispensation = over && input.dispensationUntil !== null && input.dispensationUntil >= input.year;
  return {
    state: over ? 'yes' : 'no',
    legalRef: DAYCARE_RULE.legalRef,
    sharePct: share,
    textDa:
      comparisonDa(share, t, over) +
      (dispensation ? ` (dispensation til og med ${input.dispensationUntil})` : ''),
    dispensation,
    band: daycareBand(share),
    highBand: daycareHighBand(share),
  };
}

/** Table 5.1's band of a share (percent): lower edges inclusive, so exactly 30 % is "at least 30 %". */
export function daycareBand(sharePct: Rational): DaycareBand {
  return lastFrom(DAYCARE_BANDS, sharePct).key;
}

/** Table 5.2's band within "at least 30 %"; null below 30 %. */
export function daycareHighBand(sharePct: Rational): DaycareHighBand | null {
  if (compare(sharePct, DAYCARE_HIGH_BANDS[0].from) < 0) return null;
  return lastFrom(DAYCARE_HIGH_BANDS, sharePct).key;
}

function lastFrom<K extends string>(
  bands: readonly { readonly key: K; readonly from: Rational }[],
  x: Rational,
): { readonly key: K } {
  let found = bands[0];
  for (const b of bands) if (compare(x, b.from) >= 0) found = b;
  if (found === undefined) throw new Error('no bands');
  return found;
}

/** What a school's language-test decision reads: its pupils and those living in recently listed areas. */
export interface LanguageTestInput {
  readonly pupils: number;
  /** Pupils living in an area on an udsatte list of the window; null when not known. */
  readonly fromListed: number | null;
  readonly unknownWhy?: string;
}

/** Folkeskoleloven § 11 a: language tests when **more than** 30 % of the pupils live in recently listed areas. */
export function languageTestDecision(input: LanguageTestInput): DutyDecision {
  const share = input.fromListed === null ? null : pctOf(input.fromListed, input.pupils);
  if (share === null)
    return unknown(
      LANGUAGE_TEST_RULE.legalRef,
      input.fromListed === null ? (input.unknownWhy ?? 'bopæl ukendt') : 'ingen elever',
    );
  const t = LANGUAGE_TEST_RULE.applies;
  const met = relationHolds(t.relation, share, t.pct);
  return {
    state: met ? 'yes' : 'no',
    legalRef: LANGUAGE_TEST_RULE.legalRef,
    sharePct: share,
    textDa: comparisonDa(share, t, met),
  };
}

/** What an area's § 51 b decision reads: residents at 1 January and the single-year K1 share. */
export interface KombineretUdlejningInput {
  readonly residents: number | null;
  /** Residents 18–64 without attachment, percent, exact, for one data year; null when not computable. */
  readonly k1Pct: Rational | null;
  readonly unknownWhy?: string;
}

/**
 * Almenboligloven § 51 b, stk. 1: at least 1,000 residents and K1 at least 40 %, or at least 30 % with at least
 * 5,000 residents. Below 1,000 residents the answer is no whatever K1 is; otherwise a missing K1 is unknown.
 */
export function kombineretUdlejningDecision(input: KombineretUdlejningInput): DutyDecision {
  const r = KOMBINERET_UDLEJNING_RULE;
  if (input.residents === null) return unknown(r.legalRef, input.unknownWhy ?? 'beboertal ukendt');
  const residentsDa = `${formatNumberDa(input.residents)} beboere`;
  if (input.residents < r.minResidents)
    return {
      state: 'no',
      legalRef: r.legalRef,
      sharePct: input.k1Pct,
      textDa: `${residentsDa} < ${formatNumberDa(r.minResidents)}`,
    };
  if (input.k1Pct === null)
    return unknown(r.legalRef, input.unknownWhy ?? 'andelen uden tilknytning kan ikke beregnes');
  const t = input.residents >= r.largeResidents ? r.largeShare : r.share;
  const met = relationHolds(t.relation, input.k1Pct, t.pct);
  return {
    state: met ? 'yes' : 'no',
    legalRef: r.legalRef,
    sharePct: input.k1Pct,
    textDa: `${comparisonDa(input.k1Pct, t, met)} (${residentsDa})`,
  };
}
