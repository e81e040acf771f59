import { query, type Query } from '../sql.ts';

/** The counts behind one cell of the DiD panel: a municipality's out-movers in one move year, by outcome. */
export interface DidPanelCountRow {
  readonly destination: 'any' | 'control';
  readonly unit: string;
  readonly year: number;
  readonly treated: boolean;
  readonly movers: number;
  readonly vulnerable: number;
}

/**
 * The difference-in-differences panel's counts (domain §10): per municipality m and move year t, the
 * out-movers from m to any other municipality and to a control municipality, and the vulnerable among them,
 * with whether m is treated. A municipality and year without out-movers has no row (the panel drops it).
 */
export function didPanelQuery(): Query {
  return query(`
    WITH m AS (
      SELECT mv.year, mv.from_code, mv.movers, mv.vulnerable,
        mv.from_code IN (SELECT municipality_code FROM se_treated) AS treated,
        mv.to_code NOT IN (SELECT municipality_code FROM se_treated) AS to_control
      FROM se_municipality_moves AS mv
    )
    SELECT 'any' AS destination, from_code AS unit, year, treated, CAST(sum(movers) AS BIGINT) AS movers, CAST(sum(vulnerable) AS BIGINT) AS vulnerable
    FROM m GROUP BY from_code, year, treated
    UNION ALL
    SELECT 'control', from_code, year, treated, CAST(sum(movers) AS BIGINT), CAST(sum(vulnerable) AS BIGINT)
    FROM m WHERE to_control GROUP BY from_code, year, treated
    ORDER BY destination, unit, year`);
}
