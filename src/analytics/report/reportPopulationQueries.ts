import type { Assumptions } from '../../core/assumptions.ts';
import { NON_PUBLIC_KINDS, nonPublicBuiltFrom } from '../indicators/indicatorSpec.ts';
import { zeroAgeYear } from '../indicators/indicatorSetupQueries.ts';
import { countsResidentsSql, dwellingStatesSql, stateHoldsIn } from '../housing/dwellingStateQuery.ts';
import { query, type Query } from '../sql.ts';
import type { CategoryAreas } from './reportCategory.ts';

/** What the report's populations are built for. */
export interface ReportPopulationSpec {
  /** The list year Y: its areas and their delimitation (the areas as they are now, domain §4). */
  readonly listYear: number;
  readonly categories: CategoryAreas;
  /** Snapshot years (1 January) whose area residents the analyses read. */
  readonly areaYears: readonly number[];
  readonly assumptions: Assumptions;
  /** Whether the workspace has `dwelling_events`: the dwellings then count by their state each 1 January. */
  readonly dwellingEvents?: boolean;
}

/**
 * The working tables of the report's analyses, built once per report in the open workspace:
 * - `rep_category_areas`: (category, area) for the area categories of list year Y;
 * - `rep_area_dwellings`: the dwellings whose residents count for each of those areas, on the parcels of Y's
 *   delimitation, by the same residents rule as the lists (public dwellings always; non-public ones by
 *   `nonPublicBuiltFrom` and `nonPublicKinds`), with the years their state holds (dwellingStateQuery.ts: with
 *   `dwelling_events` a demolished dwelling has no residents and a relabelled one counts by its kind that year);
 * - `rep_persons`: every person once, with the zero-age year, the non-western flag (as the lists define it)
 *   and the MENAPT flag (immigrants and descendants whose country of origin is a MENAPT country);
 * - `rep_area_residents`: (year, area, person, age) at each snapshot in `areaYears`, from the area residents'
 *   rows the workspace keeps with the validation (`area_residence`, not the national residence rows).
 */
export function reportPopulationQueries(spec: ReportPopulationSpec): Query[] {
  const a = spec.assumptions;
  const pairs = [...spec.categories].flatMap(([category, areas]) =>
    areas.map((area) => ({ category, area })),
  );
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE rep_category_areas AS
      SELECT CAST(unnest($categories) AS VARCHAR) AS category, CAST(unnest($areas) AS VARCHAR) AS area_id
      `,
      { categories: pairs.map((p) => p.category), areas: pairs.map((p) => p.area) },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE rep_area_dwellings AS
      WITH dwelling_states AS (
        ${dwellingStatesSql(spec.dwellingEvents === true).replaceAll('\n', '\n        ')}
      )
      SELECT DISTINCT ap.area_id, d.dwelling_id, d.valid_from, d.valid_to
      FROM area_parcels AS ap
      JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
      WHERE ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
        AND ap.area_id IN (SELECT area_id FROM rep_category_areas)
        AND ${countsResidentsSql('d', '$non_public_built_from', '$non_public_kinds').replaceAll('\n', '\n        ')}
      `,
      {
        list_year: spec.listYear,
        non_public_built_from: nonPublicBuiltFrom(a),
        non_public_kinds: NON_PUBLIC_KINDS[a.nonPublicKinds],
      },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE rep_persons AS
      SELECT p.person_id,
        CAST(${zeroAgeYear('p.birth_date')} AS INTEGER) AS zero_age_year,
        p.ie_type IN (2, 3) AND CASE
          WHEN c.unknown = 1 THEN $unknown_is_nonwestern
          ELSE c.country_group <> 'western'
        END AS nonwestern,
        p.ie_type IN (2, 3) AND coalesce(c.country_group = 'menapt', false) AS menapt
      FROM persons AS p
      LEFT JOIN ref_countries AS c ON c.code = p.origin_country
      `,
      { unknown_is_nonwestern: a.unknownOrigin === 'nonwestern' },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE rep_area_residents AS
      SELECT r.year, ad.area_id, r.person_id, r.year - r.zero_age_year AS age
      FROM area_residence AS r
      JOIN rep_area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id AND ${stateHoldsIn('ad', 'r.year')}
      WHERE list_contains($years, r.year)
      `,
      { years: spec.areaYears },
    ),
  ];
}
