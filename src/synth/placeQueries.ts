import { query, type Query } from '../analytics/sql.ts';
import type { SynthArea } from './areaCatalogue.ts';
import { DEVELOPMENT_PLANS, developmentPlanAreas } from './developmentPlanAreas.ts';
import type { LocationPlan } from './locationPlan.ts';
import { sqlInt } from './synthMacros.ts';

/** A parcel of an area: the 2010 delimitation, or an approved extension valid from a later year. */
export interface SynthParcel {
  readonly areaId: string;
  readonly parcelId: string;
  readonly validFrom: number;
}

const ejerlav = (a: SynthArea): number => 2_000_000 + a.index * 37 + 11;
const LETTERS = 'abcdefgh';
/** Number of original parcels of an area. */
const parcelCount = (a: SynthArea): number => 2 + Math.floor(a.peakResidents / 400);
/** Number of extension parcels (growing areas only). */
const extensionCount = (a: SynthArea): number => (a.trajectory === 'growing' ? 2 : 0);

/** The parcels of the chosen areas: original ones valid from 2010, extensions from the turn year. */
export function areaParcels(areas: readonly SynthArea[]): SynthParcel[] {
  return areas.flatMap((a) => [
    ...Array.from({ length: parcelCount(a) }, (_, k) => ({
      areaId: a.areaId,
      parcelId: `${ejerlav(a)}-${10 + k}${LETTERS[k % LETTERS.length]}`,
      validFrom: 2010,
    })),
    ...Array.from({ length: extensionCount(a) }, (_, k) => ({
      areaId: a.areaId,
      parcelId: `${ejerlav(a)}-${200 + k}a`,
      validFrom: a.turnYear,
    })),
  ]);
}

/**
 * Blocks of dwellings, expanded row by row in SQL:
 * - `ordinary`: a municipality's housing outside the areas (13 % public, mostly family dwellings);
 * - `area_almen`: an area's public dwellings, built 1950–1989;
 * - `area_private_old`: non-public dwellings on area parcels built before 2010 — their residents are not counted;
 * - `area_private_new`: non-public family dwellings built after 2010 on area parcels (on the extension for growing areas).
 * Residents of the first and third kinds belong to the municipality's ordinary location.
 */
export function dwellingQueries(plan: LocationPlan, toYear: number): Query[] {
  const ordinaryLoc = new Map(
    plan.locations.filter((l) => l.kind === 'ordinary').map((l) => [l.municipalityCode, l.loc]),
  );
  const maxSize = (loc: number): number => Math.max(...plan.years.map((y) => plan.size.get(y)?.[loc] ?? 0));
  const rows: {
    loc: number;
    mode: string;
    n: number;
    ejerlav: number;
    parcels: number;
    ext: number;
    lo: number;
    hi: number;
    family?: number;
    onParcels?: number;
  }[] = [];
  const planned = new Set(developmentPlanAreas(plan.areas).map((p) => p.area.index));
  const extra: typeof rows = [];
  for (const l of plan.locations) {
    if (l.kind === 'ordinary') {
      rows.push({
        loc: l.loc,
        mode: 'ordinary',
        n: Math.ceil(maxSize(l.loc) / 2.05) + 1,
        ejerlav: 0,
        parcels: 1,
        ext: 1,
        lo: 0,
        hi: 0,
      });
      continue;
    }
    const a = l.area as SynthArea;
    const counted = Math.ceil(a.peakResidents / 1.95);
    const common = { ejerlav: ejerlav(a), parcels: parcelCount(a), ext: Math.max(1, extensionCount(a)) };
    const isPlanned = planned.has(a.index);
    rows.push({
      loc: l.loc,
      mode: 'area_almen',
      n: counted,
      ...common,
      lo: 1950,
      hi: 1989,
      family: isPlanned ? DEVELOPMENT_PLANS.familyShareAsBuilt : 0.9,
    });
    // A development plan's new non-public dwellings from 2019 (appended last, so no other block's draws move).
    if (isPlanned && toYear >= 2020)
      extra.push({
        loc: l.loc,
        mode: 'area_private_new',
        n: Math.ceil(counted * DEVELOPMENT_PLANS.newBuildShare),
        ...common,
        lo: 2019,
        hi: toYear - 1,
      });
    if (a.trajectory === 'growing') {
      rows.push({
        loc: l.loc,
        mode: 'area_private_new_ext',
        n: Math.ceil(counted * 0.3),
        ...common,
        lo: a.turnYear,
        hi: Math.min(toYear - 1, a.turnYear + 3),
      });
    } else {
      rows.push({
        loc: l.loc,
        mode: 'area_private_new',
        n: Math.ceil(counted * 0.03),
        ...common,
        lo: 2011,
        hi: Math.max(2011, toYear - 1),
      });
    }
    const ord = ordinaryLoc.get(l.municipalityCode) as number;
    rows.push({
      loc: ord,
      mode: 'area_private_old',
      n: Math.ceil(counted * 0.05),
      ...common,
      lo: 1930,
      hi: 2009,
      onParcels: isPlanned ? DEVELOPMENT_PLANS.oldPrivateOnParcels : 1,
    });
  }
  rows.push(...extra);
  let offset = 0;
  const starts = rows.map((r) => {
    const s = offset;
    offset += r.n;
    return s;
  });
  const newest = sqlInt(toYear - 1);
  return [
    query(
      `CREATE OR REPLACE TABLE dw_blocks AS SELECT
        CAST(unnest($block) AS INTEGER) AS block, CAST(unnest($start) AS BIGINT) AS start,
        CAST(unnest($loc) AS INTEGER) AS loc, CAST(unnest($mode) AS VARCHAR) AS mode,
        CAST(unnest($ejerlav) AS INTEGER) AS ejerlav, CAST(unnest($parcels) AS INTEGER) AS parcels,
        CAST(unnest($ext) AS INTEGER) AS ext, CAST(unnest($lo) AS INTEGER) AS lo, CAST(unnest($hi) AS INTEGER) AS hi,
        CAST(unnest($family) AS DOUBLE) AS family, CAST(unnest($on_parcels) AS DOUBLE) AS on_parcels`,
      {
        block: rows.map((_, i) => String(i)),
        start: starts.map(String),
        loc: rows.map((r) => String(r.loc)),
        mode: rows.map((r) => r.mode),
        ejerlav: rows.map((r) => String(r.ejerlav)),
        parcels: rows.map((r) => String(r.parcels)),
        ext: rows.map((r) => String(r.ext)),
        lo: rows.map((r) => String(r.lo)),
        hi: rows.map((r) => String(r.hi)),
        family: rows.map((r) => String(r.family ?? 0.9)),
        on_parcels: rows.map((r) => String(r.onParcels ?? 1)),
      },
    ),
    query(`
      CREATE OR REPLACE TABLE dw AS
      WITH x AS (
        SELECT r.i AS k, b.* FROM range(${sqlInt(offset)}) r(i) ASOF JOIN dw_blocks b ON r.i >= b.start
      ), a AS (
        SELECT x.k, x.block, x.loc, l.municipality_code,
          u1(x.k, 41) AS u_own, u1(x.k, 42) AS u_kind, u1(x.k, 43) AS u_year, u1(x.k, 44) AS u_parcel, x.mode, x.ejerlav,
          x.parcels, x.ext, x.lo, x.hi, x.family, x.on_parcels
        FROM x JOIN locations l ON l.loc = x.loc
      ), d AS (
        SELECT k, block, loc, municipality_code,
          CASE WHEN mode = 'area_almen' THEN 'almen'
               WHEN mode = 'ordinary' AND u_own < 0.13 THEN 'almen' ELSE 'other' END AS ownership,
          CASE
            WHEN mode LIKE 'area_private%' THEN 'family'
            WHEN mode = 'area_almen' AND family <> 0.9 THEN CASE WHEN u_kind < family THEN 'family'
              WHEN u_kind < family + (1 - family) * 0.4 THEN 'youth' WHEN u_kind < family + (1 - family) * 0.8 THEN 'elderly' ELSE 'room' END
            WHEN mode = 'area_almen' THEN CASE WHEN u_kind < 0.9 THEN 'family' WHEN u_kind < 0.94 THEN 'youth' WHEN u_kind < 0.98 THEN 'elderly' ELSE 'room' END
            WHEN u_own < 0.13 THEN CASE WHEN u_kind < 0.82 THEN 'family' WHEN u_kind < 0.91 THEN 'youth' ELSE 'elderly' END
            ELSE CASE WHEN u_kind < 0.92 THEN 'family' WHEN u_kind < 0.94 THEN 'room' WHEN u_kind < 0.95 THEN 'youth' WHEN u_kind < 0.96 THEN 'elderly' ELSE 'other' END
          END AS kind,
          CASE WHEN mode = 'ordinary' THEN
                 CASE WHEN u_year < 0.18 THEN 1850 + floor(u_year / 0.18 * 80)
                      WHEN u_year < 0.45 THEN 1930 + floor((u_year - 0.18) / 0.27 * 30)
                      WHEN u_year < 0.75 THEN 1960 + floor((u_year - 0.45) / 0.30 * 20)
                      WHEN u_year < 0.93 THEN 1980 + floor((u_year - 0.75) / 0.18 * 30)
                      ELSE least(${newest}, 2010 + floor((u_year - 0.93) / 0.07 * 15)) END
               ELSE lo + floor(u_year * (hi - lo + 1)) END::INTEGER AS built_year,
          CASE WHEN mode = 'ordinary' THEN NULL
               WHEN on_parcels < 1 AND u1(k, 45) >= on_parcels THEN NULL
               WHEN mode = 'area_private_new_ext' THEN ejerlav::VARCHAR || '-' || (200 + floor(u_parcel * ext))::INTEGER::VARCHAR || 'a'
               ELSE ejerlav::VARCHAR || '-' || (10 + floor(u_parcel * parcels))::INTEGER::VARCHAR ||
                    substr('${'abcdefgh'}', (floor(u_parcel * parcels)::INTEGER % 8) + 1, 1) END AS parcel_id
        FROM a
      )
      SELECT d.*, row_number() OVER (PARTITION BY loc ORDER BY built_year, k) - 1 AS idx FROM d`),
    query(`
      CREATE OR REPLACE TABLE loc_dwellings AS
      SELECT d.loc, r.y AS year, count(*) FILTER (WHERE d.built_year < r.y) AS n_exist
      FROM dw d, range(${sqlInt(plan.years[0] ?? 2010)}, ${sqlInt((plan.years.at(-1) ?? 2010) + 1)}) r(y)
      GROUP BY d.loc, r.y`),
  ];
}
