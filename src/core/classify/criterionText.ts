import { assertNever } from '../assertNever.ts';
import type { Criterion, MeasureId, Operator } from '../model/criteria.ts';
import { formatNumberDa } from '../format/formatDa.ts';

export type Language = 'da' | 'en';

/** The measure's short name in sentences: `K1`…`K4`, and the non-western share by name (lower case: mid-sentence). */
export function measureLabel(measure: MeasureId, lang: Language): string {
  if (measure === 'NW') return lang === 'da' ? 'ikke-vestlige' : 'non-western';
  return measure;
}

/** The operator as printed when the criterion is met, and its negation when it is not. */
function operatorSign(op: Operator, met: boolean, lang: Language): string {
  const atLeast = lang === 'da' ? '≥' : '>=';
  const atMost = lang === 'da' ? '≤' : '<=';
  switch (op) {
    case '>':
      return met ? '>' : atMost;
    case '>=':
      return met ? atLeast : '<';
    case '<':
      return met ? '<' : atLeast;
    default:
      return assertNever(op);
  }
}

/** Threshold with as many decimals as it has (`40`, `2,7`, `3`). */
function thresholdNumber(x: number, lang: Language): string {
  const decimals = Math.min(3, (String(x).split('.')[1] ?? '').length);
  return lang === 'da' ? formatNumberDa(x, decimals) : x.toFixed(decimals);
}

function valueNumber(x: number, lang: Language): string {
  return lang === 'da' ? formatNumberDa(x, 1) : x.toFixed(1);
}

/**
 * The comparison without the measure name: `52,3 pct. > 40 pct.`, `2,8× < 3×`, `53,1 pct. af regionens < 55 pct.`
 * (English: `52.3% > 40%`, `2.8x < 3x`, `53.1% of region < 55%`). Not met prints the negated operator.
 */
export function comparisonText(c: Criterion, value: number, met: boolean, lang: Language): string {
  const v = valueNumber(value, lang);
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
export function criterionText(c: Criterion, value: number, met: boolean, lang: Language): string {
  return `${measureLabel(c.measure, lang)} ${comparisonText(c, value, met, lang)}`;
}
