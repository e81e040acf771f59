import { query, type Query, type SqlParam } from '../analytics/sql.ts';
import { areaDeprivation } from './areaCatalogue.ts';
import { municipalities } from '../reference/municipalities.ts';
import {
  BIG_CITIES,
  GOMPERTZ,
  INTENDED_FOREBYGGELSE,
  LETTING_SELECTION,
  REGIONAL_MOVES,
  immigrantOriginMix,
} from './demographyParameters.ts';
import { BIN_COUNT, TYPE_COUNT, type LocationPlan } from './locationPlan.ts';
import { ORIGIN_COUNTRIES, ORIGIN_GROUPS } from './originMix.ts';

type Column = readonly [name: string, sqlType: string];

/** Separator of the values of a column in `tableFromColumns` (the ASCII unit separator, in no value). */
const UNIT_SEPARATOR = '\x1f';

/**
 * A small table built from JavaScript arrays, zipped by position by `unnest` of one list per column. A column of
 * numbers and non-empty texts travels as one text parameter, its values joined by the unit separator and split
 * in SQL (`string_split`): a list parameter of one value per element costs about a second per million values,
 * and the lookup tables have over a million. Numbers travel as text either way (a list parameter takes its
 * element type from the first value, 0 → INTEGER; the shortest round-trip text is exact), and other columns
 * (with NULL or empty values) as a list parameter.
 */
export function tableFromColumns(
  table: string,
  columns: readonly Column[],
  values: readonly (readonly SqlParam[])[],
): Query {
  const params: Record<string, SqlParam> = {};
  const select = columns.map(([name, type], i) => {
    const v = (values[i] ?? []).map((x) => (typeof x === 'number' ? String(x) : x));
    const joinable =
      v.length > 0 && v.every((x) => typeof x === 'string' && x !== '' && !x.includes(UNIT_SEPARATOR));
    if (joinable) {
      params[`c${i}`] = (v as string[]).join(UNIT_SEPARATOR);
      return `CAST(unnest(string_split($c${i}, chr(31))) AS ${type}) AS ${name}`;
    }
    params[`c${i}`] = v as string[];
    return `CAST(unnest($c${i}) AS ${type}) AS ${name}`;
  });
  return query(`CREATE OR REPLACE TABLE ${table} AS SELECT ${select.join(', ')}`, params);
}

/** Rows of a cumulative distribution: lower bound of each outcome with positive weight (for ASOF lookups). */
function cumulative<K>(keys: readonly K[], weights: readonly number[]): { key: K; lo: number }[] {
  const total = weights.reduce((a, b) => a + Math.max(0, b), 0);
  const out: { key: K; lo: number }[] = [];
  let acc = 0;
  keys.forEach((key, i) => {
    const w = Math.max(0, weights[i] ?? 0) / total;
    if (w <= 1e-12) return;
    out.push({ key, lo: out.length === 0 ? 0 : acc });
    acc += w;
  });
  return out;
}

class Rows {
  readonly cols: (number | string)[][];
  constructor(n: number) {
    this.cols = Array.from({ length: n }, () => []);
  }
  push(...values: (number | string)[]): void {
    values.forEach((v, i) => this.cols[i]?.push(v));
  }
  params(): readonly (readonly SqlParam[])[] {
    return this.cols.map((c) => (typeof c[0] === 'string' ? (c as string[]) : (c as number[])));
  }
}

/** Segments of person ids: the stock on 1 January of the first year, then births and immigrants per year. */
export interface PersonSegment {
  readonly kind: 'stock' | 'birth' | 'imm';
  /** First 1 January snapshot the persons are resident at. */
  readonly entryYear: number;
  /** Calendar year of birth or immigration (the stock: the year before the first snapshot). */
  readonly eventYear: number;
  readonly startPid: number;
  readonly n: number;
}

/** Creates the generator's lookup tables from the location plan and the demographic parameters. */
export function lookupTableQueries(plan: LocationPlan, segments: readonly PersonSegment[]): Query[] {
  const out: Query[] = [];
  const nLoc = plan.locations.length;
  const locIds = plan.locations.map((l) => l.loc);

  out.push(
    tableFromColumns(
      'locations',
      [
        ['loc', 'INTEGER'],
        ['kind', 'VARCHAR'],
        ['municipality_code', 'VARCHAR'],
        ['area_index', 'INTEGER'],
      ],
      [
        locIds,
        plan.locations.map((l) => l.kind),
        plan.locations.map((l) => l.municipalityCode),
        plan.locations.map((l) => l.area?.index ?? -1),
      ],
    ),
  );

  const marginal = new Rows(3);
  const local = new Rows(5);
  const byGroup = new Rows(4);
  const typeGivenLoc = new Rows(4);
  const binGiven = new Rows(5);
  const letting = new Rows(3);
  const muniChoice = new Rows(6);
  const munis = [...new Set(plan.locations.map((l) => l.municipalityCode))].sort();
  const regionOf = new Map(municipalities().map((m) => [m.code, Number(m.regionCode)]));
  const regions = [...new Set(munis.map((m) => regionOf.get(m) ?? 0))].sort((a, b) => a - b);
  const locsOf = new Map(munis.map((m) => [m, plan.locations.filter((l) => l.municipalityCode === m)]));
  for (const year of plan.years) {
    const size = plan.size.get(year) as Float64Array;
    const joint = plan.joint.get(year) as readonly Float64Array[];
    for (const r of cumulative(locIds, [...size])) marginal.push(year, r.lo, r.key);
    const deprivation = plan.locations.map((l) =>
      l.area === undefined || year < LETTING_SELECTION.fromYear ? 0 : areaDeprivation(l.area, year),
    );
    // The letting rules bind hardest where most residents are of non-western origin (the ghetto and
    // parallelsamfund areas): the shift scales with the area's non-western share up to 50 %.
    for (const l of plan.locations) {
      const d = deprivation[l.loc] ?? 0;
      if (d <= 0) continue;
      let all = 0;
      let nonwestern = 0;
      for (let t = 0; t < TYPE_COUNT; t++) {
        const v = (joint[t] as Float64Array)[l.loc] ?? 0;
        all += v;
        if (Math.floor(t / BIN_COUNT) >= 2) nonwestern += v;
      }
      const weight = Math.min(1, Math.max(LETTING_SELECTION.minWeight, all > 0 ? nonwestern / all / 0.5 : 0));
      letting.push(year, l.loc, LETTING_SELECTION.strength * d * weight);
    }
    for (let t = 0; t < TYPE_COUNT; t++) {
      const row = joint[t] as Float64Array;
      // Destination municipality of a move to another municipality: where the type lives, times the big
      // cities' pull by age group, within a region (scope = region code) or the whole country (scope 0).
      const mostDisadvantaged = t % BIN_COUNT === BIN_COUNT - 1;
      const pulls = mostDisadvantaged ? REGIONAL_MOVES.cityPullMostDisadvantaged : REGIONAL_MOVES.cityPull;
      const typeInMuni = munis.map((m) => (locsOf.get(m) ?? []).reduce((s, l) => s + (row[l.loc] ?? 0), 0));
      pulls.forEach((pull, ageGroup) => {
        const w = munis.map((m, i) => (typeInMuni[i] ?? 0) * (BIG_CITIES.includes(m) ? pull : 1));
        for (const scope of [0, ...regions]) {
          const ws = munis.map((m, i) => (scope === 0 || regionOf.get(m) === scope ? (w[i] ?? 0) : 0));
          for (const r of cumulative(munis, ws)) muniChoice.push(year, t, scope, ageGroup, r.lo, r.key);
        }
      });
      for (const m of munis) {
        const locs = (locsOf.get(m) ?? []).map((l) => l.loc);
        for (const r of cumulative(
          locs,
          locs.map((l) => row[l] ?? 0),
        ))
          local.push(year, t, m, r.lo, r.key);
      }
    }
    for (let g = 1; g < ORIGIN_GROUPS.length; g++) {
      const w = locIds.map((l) => {
        let s = 0;
        for (let b = 0; b < BIN_COUNT; b++) s += (joint[g * BIN_COUNT + b] as Float64Array)[l] ?? 0;
        return s * Math.exp(-LETTING_SELECTION.immigrants * (deprivation[l] ?? 0));
      });
      for (const r of cumulative(locIds, w)) byGroup.push(year, g, r.lo, r.key);
    }
    for (let l = 0; l < nLoc; l++) {
      const types = Array.from({ length: TYPE_COUNT }, (_, t) => t);
      for (const r of cumulative(
        types,
        types.map((t) => (joint[t] as Float64Array)[l] ?? 0),
      ))
        typeGivenLoc.push(year, l, r.lo, r.key);
      for (let g = 1; g < ORIGIN_GROUPS.length; g++) {
        const bins = Array.from({ length: BIN_COUNT }, (_, b) => b);
        for (const r of cumulative(
          bins,
          bins.map((b) => (joint[g * BIN_COUNT + b] as Float64Array)[l] ?? 0),
        ))
          binGiven.push(year, l, g, r.lo, r.key);
      }
    }
  }
  const yr: Column = ['year', 'INTEGER'];
  const lo: Column = ['lo', 'DOUBLE'];
  const loc: Column = ['loc', 'INTEGER'];
  out.push(tableFromColumns('loc_marginal', [yr, lo, loc], marginal.params()));
  out.push(
    letting.cols[0]?.length === 0
      ? query(`CREATE OR REPLACE TABLE letting_shift (year INTEGER, loc INTEGER, shift DOUBLE)`)
      : tableFromColumns('letting_shift', [yr, loc, ['shift', 'DOUBLE']], letting.params()),
  );
  out.push(
    tableFromColumns(
      'loc_choice_local',
      [yr, ['type', 'INTEGER'], ['muni', 'VARCHAR'], lo, loc],
      local.params(),
    ),
  );
  out.push(
    tableFromColumns(
      'muni_choice',
      [yr, ['type', 'INTEGER'], ['scope', 'INTEGER'], ['age_group', 'INTEGER'], lo, ['muni', 'VARCHAR']],
      muniChoice.params(),
    ),
  );
  out.push(
    tableFromColumns(
      'muni_region',
      [
        ['muni', 'VARCHAR'],
        ['region', 'INTEGER'],
        ['ordinary_loc', 'INTEGER'],
      ],
      [
        munis,
        munis.map((m) => regionOf.get(m) ?? 0),
        munis.map((m) => (locsOf.get(m) ?? []).find((l) => l.kind === 'ordinary')?.loc ?? -1),
      ],
    ),
  );
  // Latent deprivation of each area in the year of the first forebyggelse list (the generator's intended list).
  const areaLocs = plan.locations.filter((l) => l.area !== undefined);
  out.push(
    areaLocs.length === 0
      ? query(`CREATE OR REPLACE TABLE area_latent (loc INTEGER, deprivation DOUBLE)`)
      : tableFromColumns(
          'area_latent',
          [loc, ['deprivation', 'DOUBLE']],
          [
            areaLocs.map((l) => l.loc),
            areaLocs.map((l) =>
              l.area === undefined ? 0 : areaDeprivation(l.area, INTENDED_FOREBYGGELSE.year),
            ),
          ],
        ),
  );
  out.push(tableFromColumns('loc_by_group', [yr, ['grp', 'INTEGER'], lo, loc], byGroup.params()));
  out.push(tableFromColumns('type_given_loc', [yr, loc, lo, ['type', 'INTEGER']], typeGivenLoc.params()));
  out.push(
    tableFromColumns(
      'bin_given_group_loc',
      [yr, loc, ['grp', 'INTEGER'], lo, ['bin', 'INTEGER']],
      binGiven.params(),
    ),
  );

  // Ages on entry: the stock follows a stationary population under the mortality model; immigrants are young.
  const ages = new Rows(3);
  const survival = (a: number): number =>
    Math.exp(-(GOMPERTZ.b / GOMPERTZ.c) * (Math.exp(GOMPERTZ.c * a) - 1));
  const stockAges = Array.from({ length: 106 }, (_, a) => a);
  for (const r of cumulative(
    stockAges,
    stockAges.map((a) => survival(a + 0.5) * Math.exp(-0.006 * a)),
  ))
    ages.push('stock', r.lo, r.key);
  const immWeight = (a: number): number =>
    a < 18
      ? 0.18 / 18
      : a < 25
        ? 0.3 / 7
        : a < 35
          ? 0.32 / 10
          : a < 50
            ? 0.14 / 15
            : a < 65
              ? 0.05 / 15
              : a < 80
                ? 0.01 / 15
                : 0;
  const immAges = Array.from({ length: 80 }, (_, a) => a);
  for (const r of cumulative(immAges, immAges.map(immWeight))) ages.push('imm', r.lo, r.key);
  ages.push('birth', 0, 0);
  out.push(tableFromColumns('age_dist', [['kind', 'VARCHAR'], lo, ['age', 'INTEGER']], ages.params()));

  const groups = new Rows(3);
  for (const s of segments) {
    if (s.kind !== 'imm') continue;
    for (const r of cumulative([1, 2, 3], [...immigrantOriginMix(s.eventYear)]))
      groups.push(s.entryYear, r.lo, r.key);
  }
  if (groups.cols[0]?.length === 0) groups.push(0, 0, 1);
  out.push(tableFromColumns('imm_group', [yr, lo, ['grp', 'INTEGER']], groups.params()));

  const countries = new Rows(3);
  (['western', 'menapt', 'other_nonwestern'] as const).forEach((g, i) => {
    const list = ORIGIN_COUNTRIES[g];
    for (const r of cumulative(
      list.map((c) => c[0]),
      list.map((c) => c[1]),
    ))
      countries.push(i + 1, r.lo, r.key);
  });
  out.push(
    tableFromColumns('country_dist', [['grp', 'INTEGER'], lo, ['code', 'VARCHAR']], countries.params()),
  );

  out.push(
    tableFromColumns(
      'seg',
      [
        ['kind', 'VARCHAR'],
        ['entry_year', 'INTEGER'],
        ['event_year', 'INTEGER'],
        ['start_pid', 'BIGINT'],
        ['n', 'BIGINT'],
      ],
      [
        segments.map((s) => s.kind),
        segments.map((s) => s.entryYear),
        segments.map((s) => s.eventYear),
        segments.map((s) => s.startPid),
        segments.map((s) => s.n),
      ],
    ),
  );
  return out;
}
