import { query, type Query } from '../sql.ts';

/** Fig 3.4's count of one destination municipality. */
export interface DestinationRow {
  readonly municipality_code: string;
  readonly vulnerable: number;
}

/**
 * Fig 3.4: the vulnerable out-movers from the treated municipalities in move year `year` (1 January year − 1 →
 * year), per destination municipality (any other municipality, treated ones included), from
 * `se_municipality_moves` and `se_treated`. Destinations nobody moved to have no row.
 */
export function destinationsQuery(year: number): Query {
  return query(
    `
    SELECT m.to_code AS municipality_code, CAST(sum(m.vulnerable) AS BIGINT) AS vulnerable
    FROM se_municipality_moves AS m
    WHERE m.year = $year AND m.from_code IN (SELECT municipality_code FROM se_treated)
    GROUP BY m.to_code
    ORDER BY municipality_code
    `,
    { year },
  );
}
