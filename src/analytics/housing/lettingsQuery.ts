import { query, type Query } from '../sql.ts';
import { stateHoldsIn, standsIn } from './dwellingStateQuery.ts';

/** The letting types of contract A2 `lettings`, in the seed's column order (table 2.2). */
export const LETTING_TYPES = [
  'internal',
  'external_waiting_list',
  'flexible',
  'combined',
  'municipal',
  'other',
] as const;
export type LettingType = (typeof LETTING_TYPES)[number];

/** A public family dwelling or room on 1 January of `yearSql` (`dwelling_states` row `alias`): table 2.2's stock. */
const tenancyIn = (alias: string, yearSql: string): string =>
  `${standsIn(alias, yearSql)} AND ${alias}.ownership = 'almen' AND ${alias}.kind IN ('family', 'room')`;
/** A letting counts by the dwelling's state on 1 January of its year, a new dwelling's first letting included. */
const lettableIn = (alias: string, yearSql: string): string =>
  `${stateHoldsIn(alias, yearSql)} AND ${alias}.ownership = 'almen' AND ${alias}.kind IN ('family', 'room')`;

/** One row per (category, year, letting type) with lettings: how many. */
export interface LettingRow {
  readonly category: string;
  readonly year: number;
  readonly letting_type: string;
  readonly n: number;
}

/**
 * Lettings by type per category and calendar year (table 2.2, figure 2.4): every `lettings` row whose
 * `letting_date` falls in one of `years`, of a dwelling that on 1 January of that year was a public family
 * dwelling or room (the seed: "Kun familieboliger og enkeltværelser"). A category's dwellings are those on its
 * areas' parcels as delimited in Y (`hou_category_dwellings`); `country` is every such dwelling in Denmark.
 * Types not let in a year have no row (0).
 */
export function lettingsByTypeQuery(years: readonly number[]): Query {
  return query(
    `
    WITH let AS (
      SELECT l.dwelling_id, CAST(year(l.letting_date) AS INTEGER) AS year, l.letting_type
      FROM lettings AS l
      JOIN dwelling_states AS s ON s.dwelling_id = l.dwelling_id
        AND ${lettableIn('s', 'year(l.letting_date)')}
      WHERE list_contains(CAST($years AS INTEGER[]), CAST(year(l.letting_date) AS INTEGER))
    ),
    categorised AS (
      SELECT c.category, let.year, let.letting_type
      FROM let JOIN hou_category_dwellings AS c ON c.dwelling_id = let.dwelling_id
      UNION ALL
      SELECT 'country' AS category, year, letting_type FROM let
    )
    SELECT category, year, letting_type, count(*) AS n
    FROM categorised
    GROUP BY category, year, letting_type
    ORDER BY category, year, letting_type
    `,
    { years: [...years] },
  );
}

/** Table 2.2's stock counts of one category (see `lettingStockQuery`). */
export interface LettingStockRow {
  readonly category: string;
  /** Public family dwellings and rooms on 1 January Y + 1. */
  readonly tenancies: number;
  /** Of those, vacant on 1 January Y + 1 (`vacancies`). */
  readonly vacant: number;
  /** Of the vacant, not let during Y. */
  readonly vacant_not_let: number;
  /** Dwellings let during Y (public family dwellings and rooms on 1 January Y), each once. */
  readonly let_dwellings: number;
}

/**
 * Table 2.2's stock per category for letting year Y (domain §9): the tenancies (public family dwellings and
 * rooms existing on 1 January Y + 1, by their state that day), the vacant ones among them on 1 January Y + 1,
 * those of the vacant not let during Y, and the dwellings let during Y (each dwelling once, however often it
 * was let; by its state on 1 January Y). From these the re-let tenancies are formed (`housingRelet`).
 * One row per category with dwellings; `country` is the whole of Denmark. Without `lettings` (`vacancies`) in the
 * workspace nothing is let (vacant) here: the analysis shows those cells as missing, never as 0.
 */
export function lettingStockQuery(
  year: number,
  has: { readonly lettings: boolean; readonly vacancies: boolean },
): Query {
  const none = 'SELECT CAST(NULL AS VARCHAR) AS dwelling_id WHERE false';
  const letY = has.lettings
    ? `SELECT DISTINCT l.dwelling_id
      FROM lettings AS l
      JOIN dwelling_states AS s ON s.dwelling_id = l.dwelling_id AND ${lettableIn('s', '$year')}
      WHERE year(l.letting_date) = $year`
    : none;
  const vacant = has.vacancies ? 'SELECT DISTINCT dwelling_id FROM vacancies WHERE year = $next' : none;
  return query(
    `
    WITH stock AS (
      SELECT s.dwelling_id FROM dwelling_states AS s WHERE ${tenancyIn('s', '$next')}
    ),
    let_y AS (
      ${letY}
    ),
    vacant AS (${vacant}),
    stock_flags AS (
      SELECT st.dwelling_id, v.dwelling_id IS NOT NULL AS is_vacant, l.dwelling_id IS NOT NULL AS is_let
      FROM stock AS st
      LEFT JOIN vacant AS v ON v.dwelling_id = st.dwelling_id
      LEFT JOIN let_y AS l ON l.dwelling_id = st.dwelling_id
    ),
    by_category AS (
      SELECT c.category, f.is_vacant, f.is_let
      FROM stock_flags AS f JOIN hou_category_dwellings AS c ON c.dwelling_id = f.dwelling_id
      UNION ALL
      SELECT 'country' AS category, is_vacant, is_let FROM stock_flags
    ),
    let_by_category AS (
      SELECT c.category, count(*) AS n
      FROM let_y AS l JOIN hou_category_dwellings AS c ON c.dwelling_id = l.dwelling_id
      GROUP BY c.category
      UNION ALL
      SELECT 'country' AS category, count(*) AS n FROM let_y
    ),
    stock_by_category AS (
      SELECT category, count(*) AS tenancies,
        count(*) FILTER (WHERE is_vacant) AS vacant,
        count(*) FILTER (WHERE is_vacant AND NOT is_let) AS vacant_not_let
      FROM by_category
      GROUP BY category
    )
    SELECT coalesce(s.category, l.category) AS category,
      coalesce(s.tenancies, 0) AS tenancies, coalesce(s.vacant, 0) AS vacant,
      coalesce(s.vacant_not_let, 0) AS vacant_not_let, coalesce(l.n, 0) AS let_dwellings
    FROM stock_by_category AS s
    FULL JOIN let_by_category AS l ON l.category = s.category
    ORDER BY category
    `,
    has.lettings ? { year, next: year + 1 } : { next: year + 1 },
  );
}

/** The calendar years the delivery's `lettings` cover (years with at least one letting), oldest first. */
export function lettingYearsQuery(): Query {
  return query(`
    SELECT DISTINCT CAST(year(letting_date) AS INTEGER) AS year
    FROM lettings WHERE letting_date IS NOT NULL
    ORDER BY year`);
}

/** The 1 January snapshots the delivery's `vacancies` cover (years with at least one row), oldest first. */
export function vacancyYearsQuery(): Query {
  return query(`SELECT DISTINCT year FROM vacancies WHERE year IS NOT NULL ORDER BY year`);
}
