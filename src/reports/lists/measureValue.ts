import { valueDecimals } from '../../core/classify/criterionText.ts';
import { div, sign, type Rational } from '../../core/exact/rational.ts';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { AreaAssessment } from '../../core/model/assessment.ts';
import type { MeasureId, ReferenceKind } from '../../core/model/criteria.ts';
import type { ListId } from '../../core/model/lists.ts';

/** Area conviction rate ÷ national rate, exactly; null when either is missing or the national rate is 0. */
export function k2Ratio(f: AreaFigures): Rational | null {
  if (f.k2ConvictedPct === null || f.k2NationalPct === null || sign(f.k2NationalPct) <= 0) return null;
  return div(f.k2ConvictedPct, f.k2NationalPct);
}

/** The figure a criterion on `measure` is compared with, unrounded; null when not computable. */
export function measureValue(f: AreaFigures, measure: MeasureId, reference: ReferenceKind): Rational | null {
  switch (measure) {
    case 'NW':
      return f.nonwesternPct;
    case 'K1':
      return f.k1OutsidePct;
    case 'K2':
      return reference === 'ratioToNational' ? k2Ratio(f) : f.k2ConvictedPct;
    case 'K3':
      return f.k3BasicPct;
    case 'K4':
      return f.k4IncomePct;
  }
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
