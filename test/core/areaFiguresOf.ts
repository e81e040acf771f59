import { rationalFromNumber } from '../../src/core/exact/rational.ts';
import { areaId, municipalityCode, type AreaFigures } from '../../src/core/model/index.ts';
import { completeHistoryOf } from '../../src/core/history/historyIndex.ts';
import type { Designation } from '../../src/core/model/index.ts';

const PCT_FIELDS = [
  'nonwesternPct',
  'k1OutsidePct',
  'k2ConvictedPct',
  'k2NationalPct',
  'k3BasicPct',
  'k4IncomePct',
] as const;
type PctField = (typeof PCT_FIELDS)[number];

/** Figures written as decimal numbers, as a test states them (`2.28` means the decimal 2.28). */
export type FigureValues = Partial<
  Omit<AreaFigures, 'year' | 'areaId' | 'municipalityCode' | PctField> & Record<PctField, number | null>
>;

/** Hand-made figures for tests: every indicator missing unless given; 2,000 residents. */
export function areaFiguresOf(year: number, id: string, values: FigureValues = {}): AreaFigures {
  const exact = Object.fromEntries(
    PCT_FIELDS.map((k) => {
      const v = values[k];
      return [k, v === undefined || v === null ? null : rationalFromNumber(v)];
    }),
  ) as Record<PctField, AreaFigures[PctField]>;
  const { name, residents, denominators } = values;
  return {
    year,
    areaId: areaId(id),
    name: name ?? id,
    municipalityCode: municipalityCode('101'),
    residents: residents ?? 2000,
    ...exact,
    ...(denominators === undefined ? {} : { denominators }),
  };
}

/** A history of complete lists from designations (tests that state every member). */
export const historyOf = (designations: readonly Designation[] = []) => completeHistoryOf(designations);
