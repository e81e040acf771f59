import { query, type Query } from '../sql.ts';

/** Strategic demolitions of one day on one area's parcels. */
export interface DemolitionRow {
  readonly year: number;
  /** The event date, `YYYY-MM-DD`. */
  readonly event_date: string;
  readonly area_id: string;
  /** Dwellings (all kinds and ownerships) demolished that day on the area's parcels. */
  readonly dwellings: number;
}

/**
 * Table 2.4's demolitions (domain §9): every dwelling with a `demolished` event marked `strategic = true`
 * (almenboligloven § 28, stk. 3, nr. 3) dated in `from`–`to`, on a parcel of an area, counted once, all kinds
 * (the seed: "omfatter alle typer boliger og ikke kun familieboliger"). The area is the one whose delimitation
 * holds the parcel in the year of the list that decides the demolition's category: `year(event_date) +
 * listOffset` (−1: the list in force, published 1 December the year before; 0: that year's list), or, when
 * `fixedListYear` is given, that list year's delimitation for every year.
 */
export function demolitionsQuery(
  from: number,
  to: number,
  list: { readonly listOffset: number } | { readonly fixedListYear: number },
): Query {
  const fixed = 'fixedListYear' in list;
  return query(
    `
    WITH demolished AS (
      SELECT e.dwelling_id, min(e.event_date) AS event_date
      FROM dwelling_events AS e
      WHERE e.event = 'demolished' AND e.strategic IS TRUE
        AND year(e.event_date) BETWEEN $from AND $to
      GROUP BY e.dwelling_id
    ),
    placed AS (
      SELECT x.dwelling_id, x.event_date, d.parcel_id,
        CASE WHEN $fixed THEN $list_year ELSE CAST(year(x.event_date) AS INTEGER) + $offset END AS delimitation_year
      FROM demolished AS x JOIN dwellings AS d ON d.dwelling_id = x.dwelling_id
    )
    SELECT CAST(year(p.event_date) AS INTEGER) AS year, strftime(p.event_date, '%Y-%m-%d') AS event_date,
      ap.area_id, count(*) AS dwellings
    FROM placed AS p
    JOIN area_parcels AS ap ON ap.parcel_id = p.parcel_id
      AND ap.valid_from <= p.delimitation_year AND p.delimitation_year <= coalesce(ap.valid_to, 9999)
    GROUP BY ALL
    ORDER BY year, event_date, ap.area_id
    `,
    {
      from,
      to,
      fixed,
      list_year: fixed ? list.fixedListYear : 0,
      offset: fixed ? 0 : list.listOffset,
    },
  );
}
