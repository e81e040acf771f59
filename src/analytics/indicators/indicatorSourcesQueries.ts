import { query, type Query } from '../sql.ts';
import { zeroAgeYear } from './indicatorSetupQueries.ts';
import type { OptionalDeliveryTable } from '../delivery/deliverySchema.ts';
import { deliveryCoverageSql } from './deliveryCoverageQuery.ts';
import { regionIndexOn, residentOn } from './personYearsSql.ts';

/**
 * The indicators' sources, kept in the workspace with the validation (`VALIDATED_RELATIONS`): built once from a
 * delivery's accepted rows, they depend on nothing else — no list year, rule set or assumption — so a later run
 * on the unchanged delivery reads them instead of the national tables:
 *
 * - `person_years`: every resident of the delivery (validation's `residence_by_person`: the years of residence
 *   and their regions) with the year at whose 1 January the person is 0 (`zeroAgeYear`: age at 1 January Y is
 *   Y minus it) — the national K2 rate and K4's regional cohorts read these 7 M rows, not the residence rows;
 * - `area_residence`: the residence rows (year, person, dwelling) of every dwelling on a parcel of some area
 *   delimitation (any ownership, kind or build year: every dwelling an area can count is among them), with the
 *   person's zero-age year, `ie_type` and origin country — an area's residents need no look-up in `persons`;
 * - `area_labour`, `area_education`, `area_income`: every row of the yearly tables of the persons who are ever
 *   in `area_residence` (income only where fully taxable and not a student, the only rows K4 counts). Every
 *   area criterion reads its residents' rows from these ≈ 15 % of the national rows;
 * - `income_cohorts`: the national income rows K4's regional means count (fully taxable, not a student), summed
 *   exactly per income year, zero-age year (`zeroAgeYear`) and the region of residence on 1 January of the two
 *   years after the income year (`region_next`, `region_after`: the region index, or −1 when not resident) —
 *   some tens of thousands of rows from which the regional mean of any list year, income year (Y − 1 or Y − 2)
 *   and age band is summed;
 * - `delivery_coverage`: rows and persons per yearly table and data year (`deliveryCoverageQuery`).
 *
 * The area tables are stored in year order, so that a run needing a few years reads only their row groups.
 */
export const INDICATOR_SOURCE_TABLES = [
  'person_years',
  'area_residence',
  'area_labour',
  'area_education',
  'area_income',
  'income_cohorts',
  'delivery_coverage',
] as const;

/** The statements building `INDICATOR_SOURCE_TABLES`, in order (after validation, from the accepted rows). */
export function indicatorSourcesQueries(optional: readonly OptionalDeliveryTable[] = []): Query[] {
  const areaPersons = 'SELECT DISTINCT person_id FROM area_residence';
  const regionOrNone = (yearSql: string): string =>
    `CASE WHEN ${residentOn('f', yearSql)} THEN ${regionIndexOn('f', yearSql)} ELSE -1 END`;
  return [
    query(`
      CREATE OR REPLACE TABLE person_years AS
      SELECT f.person_id, CAST(${zeroAgeYear('p.birth_date')} AS INTEGER) AS zero_age_year,
        f.from_year, f.years, f.regions
      FROM residence_by_person AS f
      JOIN persons AS p ON p.person_id = f.person_id
      `),
    query(`
      CREATE OR REPLACE TABLE area_residence AS
      WITH area_dwellings AS (
        SELECT d.dwelling_id FROM dwellings AS d
        WHERE d.parcel_id IN (SELECT parcel_id FROM area_parcels)
      ),
      rows AS MATERIALIZED (
        SELECT r.year, r.person_id, r.dwelling_id
        FROM residence AS r
        SEMI JOIN area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id
      )
      SELECT r.year, r.person_id, r.dwelling_id,
        CAST(${zeroAgeYear('p.birth_date')} AS INTEGER) AS zero_age_year, p.ie_type, p.origin_country
      FROM rows AS r
      JOIN persons AS p ON p.person_id = r.person_id
      ORDER BY r.year
      `),
    query(`
      CREATE OR REPLACE TABLE area_labour AS
      SELECT t.year, t.person_id, t.outside_fte
      FROM labour AS t
      SEMI JOIN (${areaPersons}) AS a ON a.person_id = t.person_id
      ORDER BY t.year
      `),
    query(`
      CREATE OR REPLACE TABLE area_education AS
      SELECT t.year, t.person_id, t.level, t.level_danish
      FROM education AS t
      SEMI JOIN (${areaPersons}) AS a ON a.person_id = t.person_id
      ORDER BY t.year
      `),
    query(`
      CREATE OR REPLACE TABLE area_income AS
      SELECT t.year, t.person_id, t.gross_income, t.fully_taxable, t.student
      FROM income AS t
      SEMI JOIN (${areaPersons}) AS a ON a.person_id = t.person_id
      WHERE t.fully_taxable AND NOT t.student
      ORDER BY t.year
      `),
    query(`
      CREATE OR REPLACE TABLE income_cohorts AS
      SELECT i.year, f.zero_age_year,
        ${regionOrNone('i.year + 1')} AS region_next,
        ${regionOrNone('i.year + 2')} AS region_after,
        sum(CAST(i.gross_income AS DECIMAL(18, 2))) AS income, count(*) AS persons
      FROM income AS i
      JOIN person_years AS f ON f.person_id = i.person_id
      WHERE i.fully_taxable AND NOT i.student
      GROUP BY ALL
      `),
    query(`CREATE OR REPLACE TABLE delivery_coverage AS\n${deliveryCoverageSql(optional)}`),
  ];
}
