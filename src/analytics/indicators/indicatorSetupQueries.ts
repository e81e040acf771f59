import { dwellingStatesSql, stateHoldsIn } from '../housing/dwellingStateQuery.ts';
import { query, type Query } from '../sql.ts';
import {
  K2_DECISION_TYPES,
  K2_LAWS,
  NON_PUBLIC_KINDS,
  nonPublicBuiltFrom,
  type IndicatorSpec,
} from './indicatorSpec.ts';

/**
 * The year at whose 1 January a person born on `birthSql` is 0 completed years old, so that the age at
 * 1 January Y is Y minus it: born on 1 January of year B, that is B (Y − B years old on 1 January Y); born
 * later in B, B + 1 (Y − B − 1 years old).
 */
export const zeroAgeYear = (birthSql: string): string =>
  `(year(${birthSql}) + CASE WHEN dayofyear(${birthSql}) = 1 THEN 0 ELSE 1 END)`;

/**
 * The working tables every criterion reads, built once per run:
 * - `ind_list_years`: list year, averaging window and K3 education source (from each year's rule set);
 * - `ind_delimitations`: per list year its delimitation, numbered so that list years whose delimitations are the
 *   same (the same area parcel rows valid) share the number: their residents at a snapshot are the same people,
 *   found once;
 * - `ind_windows`: the (list year, data year, snapshot) components of the averaged criteria K1 and K2 —
 *   data year D is measured on the residents at 1 January D + 1, or, with `k1Averaging=currentResidents`,
 *   on the residents at 1 January of the list year — with the list year's delimitation;
 * - `ind_area_dwellings`: per delimitation, the dwellings whose residents count for an area, with the years
 *   (1 January) their state holds (`dwellingStatesSql`, dwellingStateQuery.ts): on a parcel of the area's delimitation and existing that year (not yet
 *   demolished or merged), every dwelling public (`almen`) that year whatever its kind and build year, every
 *   dwelling built public before the `nonPublicBuiltFrom` year (it was public when the area was fixed: it still
 *   counts when later sold or relabelled), and a non-public dwelling only when built in the `nonPublicBuiltFrom`
 *   year or later and of a kind that `nonPublicKinds` lets count that year (default: family dwellings built 2010
 *   or later). Without `dwelling_events` this is every public dwelling and those non-public ones, as built;
 * - `ind_area_persons`: per delimitation, every person resident in such a dwelling at each snapshot a list year
 *   of that delimitation needs, with age at that snapshot (`zeroAgeYear`) and the non-western flag — the small
 *   person-level table all area criteria read (once per snapshot and delimitation, not once per list year),
 *   found among the residents of area parcels kept with the validation (`area_residence`,
 *   indicatorSourcesQueries.ts);
 * - `ind_convicted`: person and calendar year with at least one counted decision under the three laws.
 */
export function indicatorSetupQueries(spec: IndicatorSpec): Query[] {
  const a = spec.assumptions;
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE ind_list_years AS
      SELECT unnest($years) AS list_year,
        unnest($averaging_years) AS averaging_years,
        unnest($k3_danish) = 1 AS k3_danish
      `,
      {
        years: spec.years.map((y) => y.year),
        averaging_years: spec.years.map((y) => y.measures.averagingYears),
        k3_danish: spec.years.map((y) => (y.measures.k3Education === 'danishOrRecognised' ? 1 : 0)),
      },
    ),
    query(`
      CREATE OR REPLACE TEMP TABLE ind_delimitations AS
      WITH valid AS (
        SELECT l.list_year,
          list({'area_id': ap.area_id, 'parcel_id': ap.parcel_id} ORDER BY ap.area_id, ap.parcel_id) AS parcels
        FROM ind_list_years AS l
        LEFT JOIN area_parcels AS ap
          ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
        GROUP BY l.list_year
      )
      SELECT list_year, CAST(dense_rank() OVER (ORDER BY parcels) AS INTEGER) AS delimitation
      FROM valid
      `),
    query(
      `
      CREATE OR REPLACE TEMP TABLE ind_windows AS
      SELECT w.list_year, w.data_year,
        CASE WHEN $current_residents THEN w.list_year ELSE w.data_year + 1 END AS snap,
        d.delimitation
      FROM (
        SELECT list_year, list_year - unnest(range(1, averaging_years + 1)) AS data_year FROM ind_list_years
      ) AS w
      JOIN ind_delimitations AS d USING (list_year)
      `,
      { current_residents: a.k1Averaging === 'currentResidents' },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE ind_area_dwellings AS
      WITH delimitations AS (
        SELECT delimitation, min(list_year) AS list_year FROM ind_delimitations GROUP BY delimitation
      ),
      dwelling_states AS (
        ${dwellingStatesSql(spec.dwellingEvents === true).replaceAll('\n', '\n        ')}
      )
      SELECT l.delimitation, ap.area_id, d.dwelling_id, d.valid_from, d.valid_to
      FROM delimitations AS l
      JOIN area_parcels AS ap
        ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
      JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
      WHERE d.ownership = 'almen'
         OR (d.built_ownership = 'almen' AND d.built_year < $non_public_built_from)
         OR (d.built_year >= $non_public_built_from AND list_contains($non_public_kinds, d.kind))
      `,
      { non_public_built_from: nonPublicBuiltFrom(a), non_public_kinds: NON_PUBLIC_KINDS[a.nonPublicKinds] },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE ind_area_persons AS
      WITH snaps AS (
        SELECT DISTINCT d.delimitation, s.snap
        FROM (
          SELECT list_year, snap FROM ind_windows
          UNION ALL
          SELECT list_year, list_year AS snap FROM ind_list_years
        ) AS s
        JOIN ind_delimitations AS d USING (list_year)
      ),
      dwelling_snaps AS (
        SELECT s.snap, s.delimitation, ad.area_id, ad.dwelling_id
        FROM ind_area_dwellings AS ad
        JOIN snaps AS s ON s.delimitation = ad.delimitation AND ${stateHoldsIn('ad', 's.snap')}
      ),
      residents AS (
        SELECT ds.delimitation, ds.area_id, ds.snap, r.person_id, r.zero_age_year, r.ie_type, r.origin_country
        FROM area_residence AS r
        JOIN dwelling_snaps AS ds ON r.year = ds.snap AND r.dwelling_id = ds.dwelling_id
      )
      SELECT x.delimitation, x.area_id, x.snap, x.person_id, x.snap - x.zero_age_year AS age,
        x.ie_type IN (2, 3) AND CASE
          WHEN c.unknown = 1 THEN $unknown_is_nonwestern
          ELSE c.country_group <> 'western'
        END AS nonwestern
      FROM residents AS x
      LEFT JOIN ref_countries AS c ON c.code = x.origin_country
      `,
      { unknown_is_nonwestern: a.unknownOrigin === 'nonwestern' },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE ind_convicted AS
      SELECT DISTINCT person_id, year(decision_date) AS year
      FROM convictions
      WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
      `,
      { laws: K2_LAWS, decision_types: K2_DECISION_TYPES[a.k2DecisionTypes] },
    ),
    // Exact counts: numerators in DECIMAL (sums of fractions and of money add up exactly, in any order),
    // denominators as whole numbers; the figures are formed from them in exact rationals (src/core).
    query(`
      CREATE TABLE IF NOT EXISTS indicator_counts (
        run_id VARCHAR,
        list_year INTEGER,
        scope VARCHAR,
        scope_id VARCHAR,
        measure VARCHAR,
        data_year INTEGER,
        numerator DECIMAL(38, 9),
        denominator BIGINT
      )`),
  ];
}
