import { areaId, municipalityCode, type AreaFigures } from '../../src/core/model/index.ts';

/** Hand-made figures for tests: every indicator missing unless given; 2,000 residents. */
export function areaFiguresOf(
  year: number,
  id: string,
  values: Partial<Omit<AreaFigures, 'year' | 'areaId' | 'municipalityCode'>> = {},
): AreaFigures {
  return {
    year,
    areaId: areaId(id),
    name: values.name ?? id,
    municipalityCode: municipalityCode('101'),
    residents: 2000,
    nonwesternPct: null,
    k1OutsidePct: null,
    k2ConvictedPct: null,
    k2NationalPct: null,
    k3BasicPct: null,
    k4IncomePct: null,
    ...values,
  };
}
