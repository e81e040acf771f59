import type { AreaId } from '../../core/model/ids.ts';
import { query, type Query } from '../sql.ts';
import { dwellingStatesViewQuery } from './dwellingStateQuery.ts';

/** What chapter 2.4–2.6's stock, letting and demolition queries are built for. */
export interface HousingSetupSpec {
  /** The list year Y: its areas and their delimitation (the areas as they are now, domain §4). */
  readonly listYear: number;
  /** The area categories of Y (udsat, parallelsamfund, plan, forebyggelse), each with its areas. */
  readonly categories: ReadonlyMap<string, readonly AreaId[]>;
  /** Whether the workspace has `dwelling_events`: the stock then follows each dwelling's state. */
  readonly dwellingEvents: boolean;
}

/**
 * The working tables of chapter 2.4–2.6, built once per report in the open workspace:
 * - `dwelling_states`: each dwelling's ownership and kind per period of years (dwellingStateQuery.ts);
 * - `hou_category_dwellings`: (category, dwelling) for every dwelling on a parcel of Y's delimitation of an area
 *   of the category, whatever its state (the queries filter the state of the year they read). The whole country
 *   is not listed here: the queries read every dwelling for it.
 */
export function housingSetupQueries(spec: HousingSetupSpec): Query[] {
  const pairs = [...spec.categories].flatMap(([category, areas]) =>
    areas.map((area) => ({ category, area })),
  );
  return [
    dwellingStatesViewQuery(spec.dwellingEvents),
    query(
      `
      CREATE OR REPLACE TEMP TABLE hou_category_dwellings AS
      WITH category_areas AS (
        SELECT CAST(unnest($categories) AS VARCHAR) AS category, CAST(unnest($areas) AS VARCHAR) AS area_id
      )
      SELECT DISTINCT c.category, d.dwelling_id
      FROM category_areas AS c
      JOIN area_parcels AS ap ON ap.area_id = c.area_id
        AND ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
      JOIN dwellings AS d ON d.parcel_id = ap.parcel_id
      `,
      {
        categories: pairs.map((p) => p.category),
        areas: pairs.map((p) => p.area),
        list_year: spec.listYear,
      },
    ),
  ];
}
