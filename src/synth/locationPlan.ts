import { areaCatalogue, areaDeprivation, areaResidents, type SynthArea } from './areaCatalogue.ts';
import { nationalPopulation, originComposition } from './demographyParameters.ts';
import {
  MUNICIPALITY_THOUSANDS_2024,
  NONWESTERN_WEIGHT,
  NONWESTERN_WEIGHT_DEFAULT,
} from './municipalitySizes.ts';
import { ORIGIN_GROUPS } from './originMix.ts';

/** Disadvantage bins of the latent person profile (0 = least, 4 = most disadvantaged). */
export const BIN_COUNT = 5;
/** Person types: origin group × disadvantage bin, numbered `group * BIN_COUNT + bin`. */
export const TYPE_COUNT = ORIGIN_GROUPS.length * BIN_COUNT;

/**
 * National distribution of the disadvantage bins within each origin group (danish, western, menapt,
 * other non-western). Outcomes (benefits, education, income, convictions) rise with the bin.
 */
export const BIN_SHARES: readonly (readonly number[])[] = [
  [0.22, 0.22, 0.21, 0.19, 0.16],
  [0.2, 0.21, 0.21, 0.2, 0.18],
  [0.07, 0.11, 0.2, 0.28, 0.34],
  [0.12, 0.17, 0.22, 0.24, 0.25],
];

/** A place people live: the ordinary housing of a municipality, or one public-housing area. */
export interface SynthLocation {
  readonly loc: number;
  readonly kind: 'ordinary' | 'area';
  readonly municipalityCode: string;
  readonly area?: SynthArea;
}

/** Who lives where, per year: the joint distribution of person types over locations. */
export interface LocationPlan {
  readonly locations: readonly SynthLocation[];
  readonly areas: readonly SynthArea[];
  readonly years: readonly number[];
  /** Target residents per location and year (`size.get(year)[loc]`). */
  readonly size: ReadonlyMap<number, Float64Array>;
  /** Expected residents per type and location (`joint.get(year)[type][loc]`), fitted by IPF. */
  readonly joint: ReadonlyMap<number, readonly Float64Array[]>;
}

/** Number of areas at a scale: all ~200 from scale 0.5; proportionally fewer (at least one) below. */
export function areaCountForScale(scale: number): number {
  return Math.max(1, Math.min(200, Math.round(400 * scale)));
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Chooses the areas for the scale (a representative subset by deprivation, each area keeping a realistic
 * absolute size, never more than 45 % of its municipality) and fits, for every year, the expected number of
 * residents of each person type in each location: rows match the national composition by origin and
 * disadvantage, columns the location sizes, starting from a prior that puts disadvantaged and non-western
 * residents in deprived areas (iterative proportional fitting).
 */
export function locationPlan(
  seed: number,
  scale: number,
  fromYear: number,
  toYear: number,
  selection: readonly number[] = AREA_SELECTION_BY_GROUP,
): LocationPlan {
  const muniCodes = Object.keys(MUNICIPALITY_THOUSANDS_2024).sort();
  const totalThousands = muniCodes.reduce((s, m) => s + (MUNICIPALITY_THOUSANDS_2024[m] ?? 0), 0);
  const muniShare = new Map(
    muniCodes.map((m) => [m, (MUNICIPALITY_THOUSANDS_2024[m] ?? 0) / totalThousands]),
  );

  const wanted = areaCountForScale(scale);
  const catalogue = [...areaCatalogue(seed)].sort((a, b) => a.pickOrder - b.pickOrder);
  const used = new Map<string, number>();
  const areas: SynthArea[] = [];
  for (const a of catalogue) {
    if (areas.length >= wanted) break;
    const room = 0.45 * (muniShare.get(a.municipalityCode) ?? 0) * nationalPopulation(2024) * scale;
    const taken = used.get(a.municipalityCode) ?? 0;
    // At tiny scales no area fits its municipality; the largest city still gets one, so every delivery has areas.
    const first = areas.length === 0 && a.municipalityCode === '101';
    if (taken + a.peakResidents > room && !first) continue;
    used.set(a.municipalityCode, taken + a.peakResidents);
    areas.push(a);
  }
  areas.sort((a, b) => a.index - b.index);

  const locations: SynthLocation[] = [
    ...muniCodes.map((m, i): SynthLocation => ({ loc: i, kind: 'ordinary', municipalityCode: m })),
    ...areas.map((a, i): SynthLocation => ({
      loc: muniCodes.length + i,
      kind: 'area',
      municipalityCode: a.municipalityCode,
      area: a,
    })),
  ];
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(y);

  const size = new Map<number, Float64Array>();
  const joint = new Map<number, Float64Array[]>();
  for (const year of years) {
    const n = nationalPopulation(year) * scale;
    const s = new Float64Array(locations.length);
    const areaTotal = new Map<string, number>();
    for (const l of locations) {
      if (l.area === undefined) continue;
      const r = areaResidents(l.area, year);
      s[l.loc] = r;
      areaTotal.set(l.municipalityCode, (areaTotal.get(l.municipalityCode) ?? 0) + r);
    }
    for (const l of locations) {
      if (l.kind !== 'ordinary') continue;
      const total = (muniShare.get(l.municipalityCode) ?? 0) * n;
      s[l.loc] = Math.max(0.3 * total, total - (areaTotal.get(l.municipalityCode) ?? 0));
    }
    const sum = s.reduce((a, b) => a + b, 0);
    for (let i = 0; i < s.length; i++) s[i] = ((s[i] ?? 0) * n) / sum;
    size.set(year, s);
    joint.set(year, fitJoint(year, n, s, locations, selection));
  }
  return { locations, areas, years, size, joint };
}

function originPrior(l: SynthLocation, year: number): readonly number[] {
  const comp = originComposition(year);
  if (l.area === undefined) {
    const w = NONWESTERN_WEIGHT[l.municipalityCode] ?? NONWESTERN_WEIGHT_DEFAULT;
    return [comp[0], comp[1], comp[2] * w, comp[3] * w];
  }
  const d = areaDeprivation(l.area, year);
  const nw = sigmoid(-2.3 + 3.0 * d + l.area.nonwesternOffset);
  const menaptFraction = 0.56 + 0.38 * d;
  const western = 0.05;
  return [Math.max(0.01, 1 - nw - western), western, nw * menaptFraction, nw * (1 - menaptFraction)];
}

/**
 * How strongly a deprived area draws the disadvantaged of each origin group (danish, western, menapt, other
 * non-western), as a multiple of the area's selection (`binPrior`); the areas' origin composition stays that of
 * even selection (`fitJoint`). The seed's fig 4.1 has the western residents of the parallelsamfund areas employed as
 * often as western residents anywhere (78 / 67 pct.), which a western selection of 0 gives, and the other
 * non-western residents there employed 11 points less than in the whole country, which 0.3 gives; Danish and
 * MENAPT residents are drawn as the area's own. What the settings do to the lists, the demo and chapter 3 is in
 * docs/synthetic-denmark.md ("People").
 */
export const AREA_SELECTION_BY_GROUP: readonly number[] = [1, 0, 1, 0.3];

/**
 * Extra selection per unit of an area's negative non-western offset: areas whose non-western share sits well
 * below what their deprivation implies house more disadvantaged residents instead — deprived estates in
 * provincial towns, udsatte but not parallelsamfund.
 */
const LOW_NONWESTERN_SELECTION = 0.6;

/** The distribution over disadvantage bins a location draws with a selection strength (1 = the area's own). */
function binPrior(l: SynthLocation, year: number, selection: number): readonly number[] {
  const theta =
    l.area === undefined
      ? 0.15 * ((NONWESTERN_WEIGHT[l.municipalityCode] ?? NONWESTERN_WEIGHT_DEFAULT) - 1)
      : selection *
        (-0.5 +
          4.0 * areaDeprivation(l.area, year) +
          LOW_NONWESTERN_SELECTION * Math.max(0, -l.area.nonwesternOffset));
  const w = Array.from({ length: BIN_COUNT }, (_, b) => Math.exp(theta * (b - 2)));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

/**
 * The expected residents of each type in each location, by iterative proportional fitting: rows the national
 * composition by origin and disadvantage, columns the location sizes. Fitted first with even selection (every
 * group drawn to an area's disadvantage alike), which sets each location's origin composition; then, with the
 * groups' selection (`AREA_SELECTION_BY_GROUP`), fitted again holding that composition as a third margin, so
 * the selection moves who within a group lives in an area, never how many of the group do.
 */
function fitJoint(
  year: number,
  n: number,
  colTargets: Float64Array,
  locations: readonly SynthLocation[],
  selection: readonly number[],
): Float64Array[] {
  const comp = originComposition(year);
  const rowTargets = Array.from({ length: TYPE_COUNT }, (_, t) => {
    const g = Math.floor(t / BIN_COUNT);
    return n * (comp[g] ?? 0) * (BIN_SHARES[g]?.[t % BIN_COUNT] ?? 0);
  });
  const allTypes = Array.from({ length: TYPE_COUNT }, (_, t) => t);
  const groupTypes = ORIGIN_GROUPS.map((_, g) =>
    Array.from({ length: BIN_COUNT }, (_, b) => g * BIN_COUNT + b),
  );
  const fit = (selection: readonly number[], groupTargets?: readonly Float64Array[]): Float64Array[] => {
    const m = Array.from({ length: TYPE_COUNT }, () => new Float64Array(locations.length));
    for (const l of locations) {
      const op = originPrior(l, year);
      const bps = ORIGIN_GROUPS.map((_, g) => binPrior(l, year, selection[g] ?? 1));
      for (let t = 0; t < TYPE_COUNT; t++) {
        const g = Math.floor(t / BIN_COUNT);
        (m[t] as Float64Array)[l.loc] =
          (colTargets[l.loc] ?? 0) * (op[g] ?? 0) * (bps[g]?.[t % BIN_COUNT] ?? 0);
      }
    }
    for (let iter = 0; iter < 60; iter++) {
      for (let t = 0; t < TYPE_COUNT; t++) {
        const row = m[t] as Float64Array;
        const sum = row.reduce((a, b) => a + b, 0);
        const f = sum > 0 ? (rowTargets[t] ?? 0) / sum : 0;
        for (let j = 0; j < row.length; j++) row[j] = (row[j] ?? 0) * f;
      }
      for (let j = 0; j < locations.length; j++) {
        if (groupTargets !== undefined)
          groupTypes.forEach((types, g) => scaleAt(m, j, types, groupTargets[g]?.[j] ?? 0));
        scaleAt(m, j, allTypes, colTargets[j] ?? 0);
      }
    }
    return m;
  };
  const base = fit(ORIGIN_GROUPS.map(() => 1));
  if (selection.every((x) => x === 1)) return base;
  const groupTargets = groupTypes.map((types) =>
    Float64Array.from({ length: locations.length }, (_, j) => sumAt(base, j, types)),
  );
  return fit(selection, groupTargets);
}

/** Sum of some types' residents in location j. */
function sumAt(m: readonly Float64Array[], j: number, types: readonly number[]): number {
  let sum = 0;
  for (const t of types) sum += m[t]?.[j] ?? 0;
  return sum;
}

/** Scales some types' residents in location j so that they add up to `target` (an IPF margin step). */
function scaleAt(m: Float64Array[], j: number, types: readonly number[], target: number): void {
  const sum = sumAt(m, j, types);
  const f = sum > 0 ? target / sum : 0;
  for (const t of types) {
    const row = m[t] as Float64Array;
    row[j] = (row[j] ?? 0) * f;
  }
}
