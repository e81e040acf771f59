import type { Assumptions } from '../../core/assumptions.ts';
import type { UdsatLists } from '../../core/duties/udsatLists.ts';
import { countsResidentsSql, dwellingStatesSql, stateHoldsIn } from '../housing/dwellingStateQuery.ts';
import { NON_PUBLIC_KINDS, nonPublicBuiltFrom } from '../indicators/indicatorSpec.ts';
import { query, type Query } from '../sql.ts';

/**
 * The working tables of the duties and of chapter 5, built in the open workspace:
 * - `duty_udsat_lists`: (list_year, area_id) for every known udsatte list (an unknown list has no rows, and the
 *   analyses say so instead of reading it as empty);
 * - `duty_area_residence`: (year, person_id, area_id) at each 1 January snapshot in `residenceYears`, for persons
 *   living in a dwelling whose residents count for an area by the lists' residents rule in its state that day
 *   (`dwelling_events` when the workspace has them), on the area's parcels valid in that year.
 */
export function dutySetupQueries(
  lists: UdsatLists,
  residenceYears: readonly number[],
  assumptions: Assumptions,
  hasDwellingEvents: boolean,
): Query[] {
  const known = [...lists.values()].flatMap((l) =>
    l.kind === 'known' ? l.areas.map((a) => ({ year: l.year, area: a })) : [],
  );
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE duty_udsat_lists AS
      SELECT CAST(unnest($years) AS INTEGER) AS list_year, CAST(unnest($areas) AS VARCHAR) AS area_id
      `,
      { years: known.map((k) => k.year), areas: known.map((k) => k.area) },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE duty_area_residence AS
      WITH dwelling_states AS (
        ${dwellingStatesSql(hasDwellingEvents).replaceAll('\n', '\n        ')}
      )
      SELECT r.year, r.person_id, ap.area_id
      FROM residence AS r
      JOIN dwelling_states AS d ON d.dwelling_id = r.dwelling_id AND ${stateHoldsIn('d', 'r.year')}
      JOIN area_parcels AS ap ON ap.parcel_id = d.parcel_id
        AND ap.valid_from <= r.year AND r.year <= coalesce(ap.valid_to, 9999)
      WHERE list_contains($years, r.year)
        AND ${countsResidentsSql('d', '$non_public_built_from', '$non_public_kinds').replaceAll('\n', '\n        ')}
      `,
      {
        years: [...residenceYears],
        non_public_built_from: nonPublicBuiltFrom(assumptions),
        non_public_kinds: NON_PUBLIC_KINDS[assumptions.nonPublicKinds],
      },
    ),
  ];
}

/** The 1 January snapshots the delivery's residence table holds among `years`. */
export function residenceYearsQuery(years: readonly number[]): Query {
  return query(
    `
    SELECT DISTINCT year FROM residence WHERE list_contains($years, year) ORDER BY year
    `,
    { years: [...years] },
  );
}

/** The distinct values of a yearly column of a table (`school_enrolment.year`, `absence.school_year`). */
export function yearsOfQuery(table: 'school_enrolment' | 'absence' | 'language_tests' | 'daycare'): Query {
  const column = table === 'absence' || table === 'language_tests' ? 'school_year' : 'year';
  return query(`SELECT DISTINCT ${column} AS year FROM ${table} ORDER BY year`);
}
