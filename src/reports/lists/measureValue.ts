import { valueDecimals } from '../../core/classify/criterionText.ts';
import { div, sign, type Rational } from '../../core/exact/rational.ts';
import { measureOf } from '../../core/measures/measures.ts';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { AreaAssessment } from '../../core/model/assessment.ts';
import type { MeasureId, ReferenceKind } from '../../core/model/criteria.ts';
import type { ListId } from '../../core/model/lists.ts';

/** A measure's figure divided by its national figure, exactly; null when either is missing or the national is 0. */
export function ratioToNational(f: AreaFigures, measure: MeasureId): Rational | null {
  const m = measureOf(measure);
  if (m.national === undefined) return null;
  const value = f[m.field];
  const national = f[m.national.field];
  if (value === null || national === null || sign(national) <= 0) return null;
  return div(value, national);
}

/** Area conviction rate ÷ national rate (the `k2_ratio` column). */
export const k2Ratio = (f: AreaFigures): Rational | null => ratioToNational(f, 'K2');

/** The figure a criterion on `measure` is compared with, unrounded; null when not computable. */
export function measureValue(f: AreaFigures, measure: MeasureId, reference: ReferenceKind): Rational | null {
  return reference === 'ratioToNational' ? ratioToNational(f, measure) : f[measureOf(measure).field];
}

/**
 * Decimals to show a measure with on a list's row: one, or more where one decimal would put the value on the
 * wrong side of the threshold its decision used (the list's own criterion first, then the lists it requires).
 */
export function measureDecimals(a: AreaAssessment, list: ListId, measure: MeasureId): number {
  const ordered = [...a.decisions].sort((x, y) => (x.list === list ? -1 : y.list === list ? 1 : 0));
  for (const d of ordered)
    for (const c of d.criteria)
      if (c.kind === 'evaluated' && c.criterion.measure === measure)
        return valueDecimals(c.criterion, c.value, c.met);
  return 1;
}
