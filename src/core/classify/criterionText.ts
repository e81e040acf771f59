import { assertNever } from '../assertNever.ts';
import { measureOf } from '../measures/measures.ts';
import type { Criterion, MeasureId, Operator } from '../model/criteria.ts';
import { rationalFromNumber, toFixed, type Rational } from '../exact/rational.ts';
import { formatNumberDa, formatRationalDa } from '../format/formatDa.ts';
import { honestValue, type PrintedRelation } from '../format/honestDecimals.ts';

export type Language = 'da' | 'en';

/** The measure's short name in sentences (the registry's label): `K1`…`K4`, `ikke-vestlige`. */
export function measureLabel(measure: MeasureId, lang: Language): string {
  const m = measureOf(measure);
  return lang === 'da' ? m.labelDa : m.labelEn;
}

/** The relation that holds between value and threshold: the operator when met, its negation when not. */
export function printedRelation(op: Operator, met: boolean): PrintedRelation {
  switch (op) {
    case '>':
      return met ? '>' : '≤';
    case '>=':
      return met ? '≥' : '<';
    case '<':
      return met ? '<' : '≥';
    default:
      return assertNever(op);
  }
}

/** The relation as printed: Danish uses `≥`/`≤`, English `>=`/`<=`. */
function operatorSign(op: Operator, met: boolean, lang: Language): string {
  const r = printedRelation(op, met);
  if (lang === 'da') return r;
  return r === '≥' ? '>=' : r === '≤' ? '<=' : r;
}

/** Threshold with as many decimals as it has (`40`, `2,7`, `3`). */
function thresholdNumber(x: number, lang: Language): string {
  const decimals = Math.min(3, (String(x).split('.')[1] ?? '').length);
  return lang === 'da' ? formatNumberDa(x, decimals) : x.toFixed(decimals);
}

/**
 * How many decimals the value of a criterion is printed with: one, as the lists are published, or more where
 * one decimal would seem to sit on the wrong side of the threshold (`64,97 pct. af regionens < 65 pct.`).
 */
export function valueDecimals(c: Criterion, value: Rational, met: boolean): number {
  return honestValue(value, printedRelation(c.operator, met), rationalFromNumber(c.threshold)).decimals;
}

function valueNumber(c: Criterion, x: Rational, met: boolean, lang: Language): string {
  const { shown, decimals } = honestValue(
    x,
    printedRelation(c.operator, met),
    rationalFromNumber(c.threshold),
  );
  return lang === 'da' ? formatRationalDa(shown, decimals) : toFixed(shown, decimals);
}

/**
 * The comparison without the measure name: `52,3 pct. > 40 pct.`, `2,8× < 3×`, `53,1 pct. af regionens < 55 pct.`
 * (English: `52.3% > 40%`, `2.8x < 3x`, `53.1% of region < 55%`). Not met prints the negated operator. The value
 * has one decimal, or as many more as it needs to stand visibly on the side of the threshold the relation states.
 */
export function comparisonText(c: Criterion, value: Rational, met: boolean, lang: Language): string {
  const v = valueNumber(c, value, met, lang);
  const t = thresholdNumber(c.threshold, lang);
  const op = operatorSign(c.operator, met, lang);
  const pct = lang === 'da' ? ' pct.' : '%';
  switch (c.reference) {
    case 'pct':
      return `${v}${pct} ${op} ${t}${pct}`;
    case 'ratioToNational': {
      const x = lang === 'da' ? '×' : 'x';
      return `${v}${x} ${op} ${t}${x}`;
    }
    case 'pctOfRegion':
      return lang === 'da' ? `${v} pct. af regionens ${op} ${t} pct.` : `${v}% of region ${op} ${t}%`;
    default:
      return assertNever(c.reference);
  }
}

/** `K1 52,3 pct. > 40 pct.` */
export function criterionText(c: Criterion, value: Rational, met: boolean, lang: Language): string {
  return `${measureLabel(c.measure, lang)} ${comparisonText(c, value, met, lang)}`;
}
