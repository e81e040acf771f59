import { areaId } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import type { RegisterPlanShares } from '../plans/registerPlanShares.ts';
import { query, type Query } from '../sql.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import { dwellingStatesViewQuery, standsIn } from './dwellingStateQuery.ts';

/**
 * The stock of one area on 1 January of one year, from the registers (domain §5, §9 "the same share recomputed
 * from the registers"), to compare with the housing organisations' reports (`plan_reports`):
 * - `public_family_dwellings`: public (`almen`) family dwellings existing on 1 January `year` (by their state
 *   that day: a dwelling relabelled or sold before then is no longer one, a demolished or merged one is gone);
 * - `other_dwellings`: every other dwelling existing then (all kinds and ownerships);
 * - `commercial_m2`: the commercial floor area (`commercial_floor.floor_m2`) on the area's parcels with
 *   1 January status `year`; null when the delivery has no `commercial_floor` rows for that year (unknown, not 0);
 * Dwellings and floor area are on the parcels of the area's delimitation valid in `year`. The plan share is
 * `public_family / (public_family + other + commercial_m2 / 75)` (75 m² count as one dwelling, § 168 a).
 */
export interface RegisterPlanShareRow {
  readonly area_id: string;
  readonly year: number;
  readonly public_family_dwellings: number;
  readonly other_dwellings: number;
  readonly commercial_m2: number | null;
}

/**
 * `RegisterPlanShareRow`s for `areas` × `years`, ordered by area and year, on the view `dwelling_states`
 * (dwellingStatesViewQuery) and, when `hasCommercialFloor`, the table `commercial_floor`. An area without a
 * parcel in a year has no row for it.
 */
export function registerPlanShareQuery(
  areas: readonly string[],
  years: readonly number[],
  hasCommercialFloor: boolean,
): Query {
  const floor = hasCommercialFloor
    ? `
    floor AS (
      SELECT p.area_id, p.year, sum(cf.floor_m2) AS commercial_m2
      FROM parcels AS p JOIN commercial_floor AS cf ON cf.parcel_id = p.parcel_id AND cf.year = p.year
      GROUP BY p.area_id, p.year
    ),
    floor_years AS (SELECT DISTINCT year FROM commercial_floor),`
    : `
    floor AS (SELECT CAST(NULL AS VARCHAR) AS area_id, 0 AS year, CAST(NULL AS DOUBLE) AS commercial_m2 WHERE false),
    floor_years AS (SELECT 0 AS year WHERE false),`;
  return query(
    `
    WITH parcels AS (
      SELECT ap.area_id, y.year, ap.parcel_id
      FROM (SELECT CAST(unnest($years) AS INTEGER) AS year) AS y
      JOIN area_parcels AS ap
        ON ap.valid_from <= y.year AND y.year <= coalesce(ap.valid_to, 9999)
      WHERE list_contains(CAST($areas AS VARCHAR[]), ap.area_id)
    ),
    stock AS (
      SELECT p.area_id, p.year,
        count(s.dwelling_id) FILTER (WHERE s.ownership = 'almen' AND s.kind = 'family') AS public_family_dwellings,
        count(s.dwelling_id) FILTER (WHERE NOT (s.ownership = 'almen' AND s.kind = 'family')) AS other_dwellings
      FROM parcels AS p
      LEFT JOIN dwelling_states AS s ON s.parcel_id = p.parcel_id AND ${standsIn('s', 'p.year')}
      GROUP BY p.area_id, p.year
    ),${floor}
    area_years AS (SELECT DISTINCT area_id, year FROM parcels)
    SELECT a.area_id, a.year,
      coalesce(s.public_family_dwellings, 0) AS public_family_dwellings,
      coalesce(s.other_dwellings, 0) AS other_dwellings,
      CASE WHEN a.year IN (SELECT year FROM floor_years) THEN coalesce(f.commercial_m2, 0) END AS commercial_m2
    FROM area_years AS a
    LEFT JOIN stock AS s ON s.area_id = a.area_id AND s.year = a.year
    LEFT JOIN floor AS f ON f.area_id = a.area_id AND f.year = a.year
    ORDER BY a.area_id, a.year
    `,
    { areas: [...areas], years: [...years] },
  );
}

/**
 * The register's stock per area and year for the plan comparison (`RegisterPlanShareRow`), on the open
 * workspace: builds the view `dwelling_states` from the delivery's `dwelling_events` when it has them (else the
 * dwellings as built) and reads `commercial_floor` when present.
 */
export async function registerPlanShare(
  db: Db,
  areas: readonly string[],
  years: readonly number[],
): Promise<RegisterPlanShareRow[]> {
  const tables = new Set(await workspaceTables(db));
  await db.run(dwellingStatesViewQuery(tables.has('dwelling_events')));
  return db.all<RegisterPlanShareRow>(registerPlanShareQuery(areas, years, tables.has('commercial_floor')));
}

/**
 * The registers' counts behind the plan areas' shares in the form the plan tracker reads
 * (`RegisterPlanShares`, src/analytics/plans/registerPlanShares.ts): for `areas`, every 1 January the
 * workspace has a residence snapshot for (from 2010, the year the areas were fixed).
 */
export const registerPlanShares: RegisterPlanShares = async (db, areas) => {
  const years = (
    await db.all<{ year: number }>(
      query('SELECT DISTINCT year FROM residence WHERE year >= 2010 ORDER BY year'),
    )
  ).map((r) => Number(r.year));
  if (areas.length === 0 || years.length === 0) return [];
  const rows = await registerPlanShare(db, areas, years);
  return rows.map((r) => ({
    areaId: areaId(r.area_id),
    year: Number(r.year),
    publicFamilyDwellings: Number(r.public_family_dwellings),
    otherDwellings: Number(r.other_dwellings),
    commercialM2: r.commercial_m2 === null ? null : Number(r.commercial_m2),
  }));
};
