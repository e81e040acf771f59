import { query, type Query } from '../sql.ts';

/**
 * The dwelling stock as it stood on each 1 January (contract A2 `dwelling_events`, domain §4): one row per
 * dwelling and period of unchanged state, with the columns
 *
 * | column          | meaning                                                                              |
 * | --------------- | ------------------------------------------------------------------------------------ |
 * | dwelling_id     | the dwelling (`dwellings.dwelling_id`)                                               |
 * | parcel_id       | its parcel (`dwellings.parcel_id`; events do not move a dwelling)                   |
 * | built_year      | `dwellings.built_year`                                                               |
 * | built_ownership | `dwellings.ownership`: the ownership as built                                       |
 * | built_kind      | `dwellings.kind`: the kind as built                                                  |
 * | ownership       | the ownership on 1 January of the period's years (the last `sold` applied)           |
 * | kind            | the kind on 1 January of the period's years (the last `relabelled` applied)          |
 * | valid_from      | the first year Y (1 January) the state holds; 0 = from the start (as built)          |
 * | valid_to        | the last year it holds; null = still                                                 |
 *
 * The state on 1 January Y is the `dwellings` row with every event dated before that day applied: an event
 * dated in year E acts from 1 January E + 1 (one on 1 January Y itself acts from Y + 1, one on 31 December
 * Y − 1 from Y). From a `demolished` or `merged` event on, the dwelling no longer exists: no row holds for
 * those years. Two `sold` (or `relabelled`) events of a dwelling on the same day: the later in the order of
 * their `ownership_after` (`kind_after`) values stands — a delivery should not have them, but the result does
 * not depend on row order. A dwelling's rows are disjoint in years, so at most one holds for a year:
 * `valid_from <= Y AND Y <= coalesce(valid_to, 9999)`.
 *
 * Without `dwelling_events` in the workspace this is the `dwellings` table as built, one row per dwelling
 * valid from the start: nothing is computed. With it, only dwellings with events get more than one row (their
 * periods are worked out from the events alone, a small set); the rest are read through from `dwellings`.
 * A SELECT text, for a CTE or the view `dwelling_states` (`dwellingStatesViewQuery`).
 */
export function dwellingStatesSql(hasDwellingEvents: boolean): string {
  if (!hasDwellingEvents) {
    return `SELECT dwelling_id, parcel_id, built_year, ownership AS built_ownership, kind AS built_kind,
  ownership, kind, 0 AS valid_from, CAST(NULL AS INTEGER) AS valid_to
FROM dwellings`;
  }
  return `WITH ev AS (
  SELECT dwelling_id, event_date, event, kind_after, ownership_after,
    CAST(year(event_date) + 1 AS INTEGER) AS acts_from
  FROM dwelling_events
  WHERE event_date IS NOT NULL
),
starts AS (
  SELECT dwelling_id, 0 AS valid_from FROM ev
  UNION
  SELECT dwelling_id, acts_from AS valid_from FROM ev
),
periods AS (
  SELECT dwelling_id, valid_from,
    lead(valid_from) OVER (PARTITION BY dwelling_id ORDER BY valid_from) - 1 AS valid_to
  FROM starts
),
event_states AS (
  SELECT p.dwelling_id, p.valid_from, p.valid_to,
    arg_max(e.ownership_after, {'d': e.event_date, 'v': e.ownership_after})
      FILTER (WHERE e.event = 'sold' AND e.ownership_after IS NOT NULL) AS ownership_after,
    arg_max(e.kind_after, {'d': e.event_date, 'v': e.kind_after})
      FILTER (WHERE e.event = 'relabelled' AND e.kind_after IS NOT NULL) AS kind_after,
    coalesce(bool_or(e.event IN ('demolished', 'merged')), false) AS gone
  FROM periods AS p
  LEFT JOIN ev AS e ON e.dwelling_id = p.dwelling_id AND e.acts_from <= p.valid_from
  GROUP BY p.dwelling_id, p.valid_from, p.valid_to
)
SELECT d.dwelling_id, d.parcel_id, d.built_year, d.ownership AS built_ownership, d.kind AS built_kind,
  coalesce(s.ownership_after, d.ownership) AS ownership, coalesce(s.kind_after, d.kind) AS kind,
  coalesce(s.valid_from, 0) AS valid_from, s.valid_to
FROM dwellings AS d
LEFT JOIN event_states AS s ON s.dwelling_id = d.dwelling_id
WHERE s.gone IS NOT TRUE`;
}

/** The view `dwelling_states` for the analyses that read the stock (dwellingStatesSql). */
export function dwellingStatesViewQuery(hasDwellingEvents: boolean): Query {
  return query(`CREATE OR REPLACE TEMP VIEW dwelling_states AS\n${dwellingStatesSql(hasDwellingEvents)}`);
}

/**
 * The lists' residents rule on a state row `alias` (domain §4): the dwelling is public (`almen`) that year, or was
 * built public before the `nonPublicBuiltFrom` year (it was public when the area was fixed: it still counts when
 * later sold or relabelled), or is built in that year or later and of a kind the `nonPublicKinds` option lets
 * count that year. `builtFromParam` and `kindsParam` name the query's parameters. Without events this is the
 * rule on the dwellings as built.
 */
export const countsResidentsSql = (alias: string, builtFromParam: string, kindsParam: string): string =>
  `(${alias}.ownership = 'almen'
  OR (${alias}.built_ownership = 'almen' AND ${alias}.built_year < ${builtFromParam})
  OR (${alias}.built_year >= ${builtFromParam} AND list_contains(${kindsParam}, ${alias}.kind)))`;

/** The condition that a `dwelling_states` row (alias `alias`) holds on 1 January of the year `yearSql`. */
export const stateHoldsIn = (alias: string, yearSql: string): string =>
  `${alias}.valid_from <= ${yearSql} AND ${yearSql} <= coalesce(${alias}.valid_to, 9999)`;

/**
 * The condition that the dwelling of a `dwelling_states` row stands on 1 January of `yearSql` in that state: the
 * state holds then and the dwelling was built before that day (`built_year` < the year: a dwelling built during
 * 2022 stands from 1 January 2023). For counts of the stock (tenancies, the plan share from the registers); the
 * residents rule needs no such test, as nobody lives in a dwelling before it is built.
 */
export const standsIn = (alias: string, yearSql: string): string =>
  `${stateHoldsIn(alias, yearSql)} AND ${alias}.built_year < ${yearSql}`;

/**
 * Each dwelling's state on 1 January of each year in `years` (the state rows that hold then): `year,
 * dwelling_id, parcel_id, built_year, built_ownership, built_kind, ownership, kind`. A demolished or merged
 * dwelling has no row for the years after; the analyses join the states with `stateHoldsIn` instead.
 */
export function dwellingStateQuery(years: readonly number[], hasDwellingEvents: boolean): Query {
  return query(
    `
    WITH dwelling_states AS (
    ${dwellingStatesSql(hasDwellingEvents).replaceAll('\n', '\n    ')}
    )
    SELECT y.year, s.dwelling_id, s.parcel_id, s.built_year, s.built_ownership, s.built_kind, s.ownership, s.kind
    FROM (SELECT CAST(unnest($years) AS INTEGER) AS year) AS y
    JOIN dwelling_states AS s ON ${stateHoldsIn('s', 'y.year')}
    ORDER BY y.year, s.dwelling_id
    `,
    { years: [...years] },
  );
}
