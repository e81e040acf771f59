import type { Denominators } from '../model/areaFigures.ts';
import type { MeasureId, ReferenceKind } from '../model/criteria.ts';

/** The `AreaFigures` fields that hold a measure's figures. */
export type FigureField =
  'nonwesternPct' | 'k1OutsidePct' | 'k2ConvictedPct' | 'k2NationalPct' | 'k3BasicPct' | 'k4IncomePct';

/**
 * How the register pipeline forms a measure's figure from its counts (`indicator_counts`):
 * - `share`: one year's numerator over its persons, in percent;
 * - `windowShare`: the shares of the averaging window's data years, averaged as `k1Averaging` says;
 * - `meanOfRegion`: the area's mean (numerator ÷ persons) as a percentage of its region's mean.
 */
export type CountsForm = 'share' | 'windowShare' | 'meanOfRegion';

/** One measure the criteria are built from: everything that names, reads, forms, compares and prints it. */
export interface Measure {
  readonly id: MeasureId;
  /** The measure in a sentence: `K1`; the non-western share by name (lower case: mid-sentence). */
  readonly labelDa: string;
  readonly labelEn: string;
  /** The law's wording of the measure, shared by every rule set where the law is the same. */
  readonly wordingDa: string;
  /** The area's figure: `AreaFigures` field and its column in area figures (§B) and indicators.csv (§D). */
  readonly field: FigureField;
  readonly column: string;
  /** Required in an area figures file (the others may be empty: not computable). */
  readonly required: boolean;
  /** The figure's range in an area figures file (K4 is a percentage of the region: it may exceed 100). */
  readonly range: { readonly min: number; readonly max: number };
  /** How criteria on it may compare: the area's own percentage, a ratio to the national rate, … */
  readonly references: readonly ReferenceKind[];
  /** The national figure a `ratioToNational` comparison divides by, with its column and the ratio's column. */
  readonly national?: {
    readonly field: FigureField;
    readonly column: string;
    readonly ratioColumn: string;
  };
  /** The persons the figure is over: all residents, or a denominator of the figures (optional column, §B). */
  readonly persons:
    | { readonly kind: 'residents' }
    | { readonly kind: 'denominator'; readonly key: keyof Denominators; readonly column: string };
  /** Whether a margin can be told in persons (one point = persons / 100); income cannot. */
  readonly marginInPersons: boolean;
  /** How the register pipeline forms it from counts (`src/core/figures/areaFiguresFromCounts.ts`). */
  readonly counts: CountsForm;
  /** Danish column header per comparison (the Excel annex). */
  readonly headerDa: Readonly<Partial<Record<ReferenceKind, string>>>;
  /** Danish reason when the figure is missing. */
  readonly missingDa: string;
  /** Decimals a value is printed with (more only where fewer would contradict the decision). */
  readonly decimals: number;
}

/**
 * The measure registry, in the order of the data contract's columns. Adding a measure is one entry here plus
 * its SQL builder (`src/analytics/indicators/measureCountsQueries.ts`); every reader, writer and renderer of
 * figures derives from this table.
 */
export const MEASURES: readonly Measure[] = [
  {
    id: 'NW',
    labelDa: 'ikke-vestlige',
    labelEn: 'non-western',
    wordingDa: 'Andelen af indvandrere og efterkommere fra ikke-vestlige lande',
    field: 'nonwesternPct',
    column: 'nonwestern_pct',
    required: true,
    range: { min: 0, max: 100 },
    references: ['pct'],
    persons: { kind: 'residents' },
    marginInPersons: true,
    counts: 'share',
    headerDa: { pct: 'Indvandrere og efterkommere fra ikke-vestlige lande (pct.)' },
    missingDa: 'ikke-vestlige: andelen mangler',
    decimals: 1,
  },
  {
    id: 'K1',
    labelDa: 'K1',
    labelEn: 'K1',
    wordingDa:
      'Andelen af beboere i alderen 18-64 år, der er uden tilknytning til arbejdsmarkedet eller uddannelse',
    field: 'k1OutsidePct',
    column: 'k1_outside_pct',
    required: false,
    range: { min: 0, max: 100 },
    references: ['pct'],
    persons: { kind: 'denominator', key: 'n18to64', column: 'n_18_64' },
    marginInPersons: true,
    counts: 'windowShare',
    headerDa: { pct: 'K1: Uden tilknytning til arbejdsmarked eller uddannelse, 18-64 år (pct.)' },
    missingDa: 'K1: andelen uden tilknytning til arbejde eller uddannelse mangler',
    decimals: 1,
  },
  {
    id: 'K2',
    labelDa: 'K2',
    labelEn: 'K2',
    wordingDa:
      'Andelen af beboere dømt for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer',
    field: 'k2ConvictedPct',
    column: 'k2_convicted_pct',
    required: false,
    range: { min: 0, max: 100 },
    references: ['pct', 'ratioToNational'],
    national: { field: 'k2NationalPct', column: 'k2_national_pct', ratioColumn: 'k2_ratio' },
    persons: { kind: 'denominator', key: 'n18plus', column: 'n_18_plus' },
    marginInPersons: true,
    counts: 'windowShare',
    headerDa: {
      pct: 'K2: Dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer (pct.)',
      ratioToNational: 'K2: Dømte i forhold til landsgennemsnittet (gange)',
    },
    missingDa: 'K2: andelen af dømte mangler',
    decimals: 1,
  },
  {
    id: 'K3',
    labelDa: 'K3',
    labelEn: 'K3',
    wordingDa: 'Andelen af beboere i alderen 30-59 år, der alene har en grundskoleuddannelse',
    field: 'k3BasicPct',
    column: 'k3_basic_pct',
    required: false,
    range: { min: 0, max: 100 },
    references: ['pct'],
    persons: { kind: 'denominator', key: 'n30to59', column: 'n_30_59' },
    marginInPersons: true,
    counts: 'share',
    headerDa: { pct: 'K3: Kun grundskoleuddannelse, 30-59 år (pct.)' },
    missingDa: 'K3: andelen med alene grundskoleuddannelse mangler',
    decimals: 1,
  },
  {
    id: 'K4',
    labelDa: 'K4',
    labelEn: 'K4',
    wordingDa:
      'Den gennemsnitlige bruttoindkomst for skattepligtige i alderen 15-64 år i området eksklusive ' +
      'uddannelsessøgende',
    field: 'k4IncomePct',
    column: 'k4_income_pct',
    required: false,
    range: { min: 0, max: 1000 },
    references: ['pctOfRegion'],
    persons: { kind: 'denominator', key: 'nIncome', column: 'n_income' },
    marginInPersons: false,
    counts: 'meanOfRegion',
    headerDa: { pctOfRegion: 'K4: Gennemsnitlig bruttoindkomst, 15-64 år, i pct. af regionen' },
    missingDa: 'K4: indkomst i forhold til regionen mangler',
    decimals: 1,
  },
];

/** The registry entry of a measure. */
export function measureOf(id: MeasureId): Measure {
  const m = MEASURES.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no measure ${id} in the registry`);
  return m;
}

/** Every figures column of the contract (§B) in order: each measure's column, then its national one. */
export const FIGURE_COLUMNS: readonly string[] = MEASURES.flatMap((m) => [
  m.column,
  ...(m.national === undefined ? [] : [m.national.column]),
]);

/** The optional denominator columns (§B), in the measures' order. */
export const DENOMINATOR_COLUMNS: readonly { readonly column: string; readonly key: keyof Denominators }[] =
  MEASURES.flatMap((m) => (m.persons.kind === 'denominator' ? [m.persons] : []));
