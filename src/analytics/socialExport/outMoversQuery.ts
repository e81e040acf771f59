import { query, type Query } from '../sql.ts';

/** Out-movers of one group of municipalities in one move year, to one kind of destination. */
export interface OutMoversRow {
  readonly year: number;
  /** Where they moved from: the treated municipalities, or the control municipalities. */
  readonly origin: 'treated' | 'control';
  /** Where they moved to: any other municipality, or a control municipality. */
  readonly destination: 'any' | 'control';
  readonly movers: number;
  readonly vulnerable: number;
}

/**
 * Figs 3.3 and 3.5: per move year, the out-movers from the treated and from the control municipalities to any
 * other municipality, and to a control municipality, with the vulnerable among them, summed from
 * `se_municipality_moves` and `se_treated`. A group with no out-movers in a year has no row.
 */
export function outMoversQuery(): Query {
  return query(`
    WITH m AS (
      SELECT mv.year, mv.movers, mv.vulnerable,
        CASE WHEN mv.from_code IN (SELECT municipality_code FROM se_treated) THEN 'treated' ELSE 'control' END AS origin,
        mv.to_code NOT IN (SELECT municipality_code FROM se_treated) AS to_control
      FROM se_municipality_moves AS mv
    )
    SELECT year, origin, 'any' AS destination, CAST(sum(movers) AS BIGINT) AS movers, CAST(sum(vulnerable) AS BIGINT) AS vulnerable
    FROM m GROUP BY year, origin
    UNION ALL
    SELECT year, origin, 'control', CAST(sum(movers) AS BIGINT), CAST(sum(vulnerable) AS BIGINT)
    FROM m WHERE to_control GROUP BY year, origin
    ORDER BY year, origin, destination`);
}
