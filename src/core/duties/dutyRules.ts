import { rational, type Rational } from '../exact/rational.ts';
import type { PrintedRelation } from '../format/honestDecimals.ts';

/** A threshold of a rule that depends on the lists, as the law words it (domain §6). */
export interface DutyThreshold {
  /** Percent, exact. */
  readonly pct: Rational;
  /** The relation that makes the rule apply: "overstiger"/"mere end" is `>`, "mindst" is `≥`. */
  readonly relation: PrintedRelation;
}

/**
 * Day care (dagtilbudsloven § 26 a, stk. 1): at most 30 % of the children admitted to a day-care institution
 * in a calendar year may live in an udsat boligområde. An institution is over the limit when the share
 * **exceeds** 30 %; exactly 30 % is within it. (Tables 5.1–5.2 band the same shares with "mindst 30 pct." as
 * their top band, lower edges inclusive: `DAYCARE_BANDS`.)
 */
export const DAYCARE_RULE = {
  legalRef: 'dagtilbudsloven § 26 a, stk. 1',
  descriptionDa:
    'Der må på et kalenderår højst optages 30 pct. børn med bopæl i et udsat boligområde pr. daginstitution.',
  overLimit: { pct: rational(30), relation: '>' } satisfies DutyThreshold,
} as const;

/**
 * Obligatory learning offer (dagtilbudsloven § 44 a): a 1-year-old living in an udsat boligområde who is not
 * enrolled in day care is to be admitted to an obligatory learning offer (25 hours a week).
 */
export const LEARNING_OFFER_RULE = {
  legalRef: 'dagtilbudsloven § 44 a',
  descriptionDa:
    'Et 1-årigt barn med bopæl i et udsat boligområde, som ikke er optaget i et dagtilbud, skal optages i et ' +
    'obligatorisk læringstilbud.',
  age: 1,
} as const;

/**
 * Obligatory language tests (folkeskoleloven § 11 a): schools where **more than** 30 % of the pupils live in
 * areas that were on the list of udsatte boligområder within the last 3 years. Exactly 30 % is no duty.
 */
export const LANGUAGE_TEST_RULE = {
  legalRef: 'folkeskoleloven § 11 a',
  descriptionDa:
    'Obligatoriske sprogprøver på skoler, hvor mere end 30 pct. af eleverne bor i boligområder, som inden for ' +
    'de seneste 3 år har været på listen over udsatte boligområder.',
  applies: { pct: rational(30), relation: '>' } satisfies DutyThreshold,
  listYears: 3,
} as const;

/**
 * Kombineret udlejning (almenboligloven § 51 b, stk. 1): contiguous public housing departments with **at least**
 * 1,000 residents where **at least** 40 % of residents 18–64 are without attachment to job or education, or
 * **at least** 30 % when the area has at least 5,000 residents; a single year's figure, not an average.
 */
export const KOMBINERET_UDLEJNING_RULE = {
  legalRef: 'almenboligloven § 51 b, stk. 1',
  descriptionDa:
    'Kombineret udlejning kan anvendes i sammenhængende almene boligafdelinger med mindst 1.000 beboere, hvor ' +
    'mindst 40 pct. af beboerne i alderen 18-64 år er uden tilknytning til arbejdsmarkedet eller uddannelse, ' +
    'eller mindst 30 pct. med mindst 5.000 beboere.',
  minResidents: 1000,
  share: { pct: rational(40), relation: '≥' } satisfies DutyThreshold,
  largeResidents: 5000,
  largeShare: { pct: rational(30), relation: '≥' } satisfies DutyThreshold,
} as const;

/** A day-care share's band in table 5.1 (lower edges inclusive: exactly 10 % is 10–30, exactly 30 % at least 30). */
export const DAYCARE_BANDS = [
  { key: 'under10', from: rational(0) },
  { key: 'from10to30', from: rational(10) },
  { key: 'atLeast30', from: rational(30) },
] as const;

/** The bands of table 5.2 within "at least 30 %" (lower edges inclusive; 90–100 includes 100). */
export const DAYCARE_HIGH_BANDS = [
  { key: 'from30to50', from: rational(30) },
  { key: 'from50to70', from: rational(50) },
  { key: 'from70to90', from: rational(70) },
  { key: 'from90to100', from: rational(90) },
] as const;

export type DaycareBand = (typeof DAYCARE_BANDS)[number]['key'];
export type DaycareHighBand = (typeof DAYCARE_HIGH_BANDS)[number]['key'];
