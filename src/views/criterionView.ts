import { valueDecimals } from '../core/classify/criterionText.ts';
import { toDecimalString, toNumber } from '../core/exact/rational.ts';
import { formatNumberDa } from '../core/format/formatDa.ts';
import type { CriterionResult } from '../core/model/assessment.ts';

/** A criterion's result as published (lists.json, the area explanation, the web): plain JSON values. */
export type CriterionView = {
  readonly id: string;
  readonly measure: string;
  readonly legalRef: string;
  readonly operator: string;
  readonly threshold: number;
  readonly reference: string;
} & (
  | {
      readonly kind: 'evaluated';
      readonly value: number;
      /** The value exactly, as a decimal (15 decimals at most): what the decision compared. */
      readonly valueExact: string;
      /** The value as printed in `textDa` (one decimal, or more where one would contradict the decision). */
      readonly valueDecimals: number;
      readonly met: boolean;
      readonly margin: number;
      readonly marginPersons: number | null;
      readonly textDa: string;
    }
  | { readonly kind: 'notComputable'; readonly why: string }
);

export function criterionViewOf(c: CriterionResult): CriterionView {
  const { id, measure, legalRef, operator, threshold, reference } = c.criterion;
  const base = { id, measure, legalRef, operator, threshold, reference };
  return c.kind === 'evaluated'
    ? {
        ...base,
        kind: c.kind,
        value: toNumber(c.value),
        valueExact: toDecimalString(c.value),
        valueDecimals: valueDecimals(c.criterion, c.value, c.met),
        met: c.met,
        margin: c.margin,
        marginPersons: c.marginPersons,
        textDa: c.textDa,
      }
    : { ...base, kind: c.kind, why: c.why };
}

/**
 * `opfyldt, margen +1,5 pct.-point (28 personer)`: the margin with as many decimals as the value needs to stand on
 * its side of the threshold (a margin of −0,03 is not shown as −0,0), in persons when the denominator is known.
 */
export function marginTextDa(c: CriterionView): string {
  if (c.kind === 'notComputable') return `kan ikke beregnes: ${c.why}`;
  const ratio = c.reference === 'ratioToNational';
  const unit = ratio ? ' gange landsgennemsnittet' : ' pct.-point';
  const decimals = ratio ? Math.max(2, c.valueDecimals) : c.valueDecimals;
  const sign = c.margin > 0 ? '+' : '';
  const persons =
    c.marginPersons === null
      ? ''
      : ` (${formatNumberDa(c.marginPersons)} ${c.marginPersons === 1 ? 'person' : 'personer'})`;
  return `${c.met ? 'opfyldt' : 'ikke opfyldt'}, margen ${sign}${formatNumberDa(c.margin, decimals)}${unit}${persons}`;
}
