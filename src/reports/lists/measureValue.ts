import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { MeasureId, ReferenceKind } from '../../core/model/criteria.ts';

/** Area conviction rate ÷ national rate; null when either is missing or the national rate is 0. */
export function k2Ratio(f: AreaFigures): number | null {
  if (f.k2ConvictedPct === null || f.k2NationalPct === null || f.k2NationalPct === 0) return null;
  return f.k2ConvictedPct / f.k2NationalPct;
}

/** The figure a criterion on `measure` is compared with, unrounded; null when not computable. */
export function measureValue(f: AreaFigures, measure: MeasureId, reference: ReferenceKind): number | null {
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
