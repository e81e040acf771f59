import type { Assumptions } from '../../core/assumptions.ts';
import { countsResidentsSql, dwellingStatesSql } from '../housing/dwellingStateQuery.ts';
import { NON_PUBLIC_KINDS, nonPublicBuiltFrom } from '../indicators/indicatorSpec.ts';
import { query, type Query } from '../sql.ts';
import { VULNERABLE_AGES, type SocialExportOptions } from '../../core/socialExport/socialExportOptions.ts';

/** What chapter 3's working tables are built for. */
export interface SocialExportSpec {
  /** The list year Y: its forebyggelse areas and their delimitation. */
  readonly listYear: number;
  /** Move years (labelled by the later 1 January) whose two snapshots the delivery holds. */
  readonly moveYears: readonly number[];
  /** The areas on Y's forebyggelse list (fig 3.2's destinations). */
  readonly forebyggelseAreas: readonly string[];
  /** The areas on the treatment list (the first forebyggelse list, or Y's): their municipalities are treated. */
  readonly treatedAreas: readonly string[];
  readonly options: SocialExportOptions;
  readonly assumptions: Assumptions;
  /** Whether the workspace has `dwelling_events`: the residents rule then reads each dwelling's state. */
  readonly dwellingEvents: boolean;
}

/**
 * Whether the person of a move from 1 January t is socially vulnerable (domain §10): aged 18–64 at 1 January t
 * (`yearSql` is t, `zeroAgeSql` the year at whose 1 January the person is 0) and at least `$cutoff` of data year
 * t − `$labour_offset` outside job and education (`outsideSql`; a person without a labour row had none).
 */
export const vulnerableSql = (yearSql: string, zeroAgeSql: string, outsideSql: string): string =>
  `(${yearSql} - ${zeroAgeSql} BETWEEN $age_min AND $age_max AND coalesce(${outsideSql}, 0) >= $cutoff)`;

/** The parameters `vulnerableSql` reads. */
export const vulnerableParams = (o: SocialExportOptions): Record<string, number> => ({
  age_min: VULNERABLE_AGES[0],
  age_max: VULNERABLE_AGES[1],
  cutoff: o.socialExportVulnerableCutoff,
  labour_offset: o.socialExportLabourYearOffset,
});

/**
 * The working tables of chapter 3, built once per report in the open workspace:
 * - `se_treated`: the treated municipalities, those of the areas on the treatment list (`areas.municipality_code`);
 * - `se_area_dwellings`: the dwellings whose residents count for Y's forebyggelse areas, on the parcels of Y's
 *   delimitation, by the lists' residents rule (as `rep_area_dwellings` for chapter 2);
 * - `se_municipality_moves`: every move between municipalities, aggregated: (move year t + 1, municipality on
 *   1 January t, municipality on 1 January t + 1, movers, vulnerable movers), for persons resident on both
 *   dates: one join of two consecutive snapshots per move year (`municipalityMovesQuery`), set-wise over the
 *   national residence rows; a few thousand rows in all.
 */
export function socialExportSetupQueries(spec: SocialExportSpec): Query[] {
  const a = spec.assumptions;
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE se_treated AS
      SELECT DISTINCT municipality_code FROM areas WHERE list_contains(CAST($treated_areas AS VARCHAR[]), area_id)
      `,
      { treated_areas: [...spec.treatedAreas] },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE se_area_dwellings AS
      WITH dwelling_states AS (
        ${dwellingStatesSql(spec.dwellingEvents).replaceAll('\n', '\n        ')}
      )
      SELECT DISTINCT ap.area_id, d.dwelling_id, d.valid_from, d.valid_to
      FROM area_parcels AS ap
      JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
      WHERE ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
        AND list_contains(CAST($areas AS VARCHAR[]), ap.area_id)
        AND ${countsResidentsSql('d', '$non_public_built_from', '$non_public_kinds').replaceAll('\n', '\n        ')}
      `,
      {
        list_year: spec.listYear,
        areas: [...spec.forebyggelseAreas],
        non_public_built_from: nonPublicBuiltFrom(a),
        non_public_kinds: NON_PUBLIC_KINDS[a.nonPublicKinds],
      },
    ),
    query(`
      CREATE OR REPLACE TEMP TABLE se_municipality_moves (
        year INTEGER, from_code VARCHAR, to_code VARCHAR, movers BIGINT, vulnerable BIGINT)
      `),
    ...spec.moveYears.map((year) => municipalityMovesQuery(year, spec.options)),
  ];
}

/**
 * The moves between municipalities of one move year (1 January year − 1 → year) into `se_municipality_moves`:
 * one join of two snapshots (a few million rows each, national scale), so no join spans all the years at once.
 */
export function municipalityMovesQuery(year: number, o: SocialExportOptions): Query {
  return query(
    `
    INSERT INTO se_municipality_moves
    WITH moves AS MATERIALIZED (
      SELECT a.person_id, a.municipality_code AS from_code, b.municipality_code AS to_code
      FROM residence AS a
      JOIN residence AS b ON b.person_id = a.person_id
      WHERE a.year = $year - 1 AND b.year = $year AND a.municipality_code <> b.municipality_code
    ),
    ages AS (
      SELECT DISTINCT person_id, zero_age_year FROM person_years
      WHERE person_id IN (SELECT person_id FROM moves)
    )
    SELECT CAST($year AS INTEGER) AS year, m.from_code, m.to_code, count(*) AS movers,
      count(*) FILTER (WHERE ${vulnerableSql('($year - 1)', 'g.zero_age_year', 'l.outside_fte')}) AS vulnerable
    FROM moves AS m
    JOIN ages AS g ON g.person_id = m.person_id
    LEFT JOIN labour AS l ON l.person_id = m.person_id AND l.year = $year - 1 - $labour_offset
    GROUP BY m.from_code, m.to_code
    ORDER BY m.from_code, m.to_code
    `,
    { year, ...vulnerableParams(o) },
  );
}
