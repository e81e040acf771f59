import { stateHoldsIn } from '../housing/dwellingStateQuery.ts';
import { query, type Query } from '../sql.ts';
import type { SocialExportSpec } from './socialExportSetupQueries.ts';
import { vulnerableParams, vulnerableSql } from './socialExportSetupQueries.ts';

/** Fig 3.2's counts of one move year: in-movers to Y's forebyggelse areas, and the vulnerable among them. */
export interface InMoversRow {
  readonly year: number;
  readonly movers: number;
  readonly vulnerable: number;
}

/**
 * Fig 3.2 (domain §10, box 3.1): per move year t + 1, the persons resident in one of Y's forebyggelse areas on
 * 1 January t + 1 (Y's delimitation and residents rule, `se_area_dwellings`) who were resident in Denmark on
 * 1 January t and not in the same area: a move from another forebyggelse area counts, a move inside an area
 * does not. Vulnerable as `vulnerableSql` at t. Reads the area residents' rows kept with the validation
 * (`area_residence`, `area_labour`), never the national ones but for the presence on 1 January t.
 */
export function inMoversQuery(spec: SocialExportSpec): Query {
  return query(
    `
    WITH res AS MATERIALIZED (
      SELECT r.year, r.person_id, ad.area_id, r.zero_age_year
      FROM area_residence AS r
      JOIN se_area_dwellings AS ad ON ad.dwelling_id = r.dwelling_id AND ${stateHoldsIn('ad', 'r.year')}
      WHERE list_contains(CAST($snapshot_years AS INTEGER[]), r.year)
    ),
    movers AS (
      SELECT b.year, b.person_id, b.zero_age_year
      FROM res AS b
      WHERE list_contains(CAST($years AS INTEGER[]), b.year)
        AND NOT EXISTS (
          SELECT 1 FROM res AS a WHERE a.person_id = b.person_id AND a.area_id = b.area_id AND a.year = b.year - 1)
        AND EXISTS (SELECT 1 FROM residence AS p WHERE p.person_id = b.person_id AND p.year = b.year - 1)
    )
    SELECT CAST(m.year AS INTEGER) AS year, count(*) AS movers,
      count(*) FILTER (WHERE ${vulnerableSql('(m.year - 1)', 'm.zero_age_year', 'l.outside_fte')}) AS vulnerable
    FROM movers AS m
    LEFT JOIN area_labour AS l ON l.person_id = m.person_id AND l.year = m.year - 1 - $labour_offset
    GROUP BY m.year
    ORDER BY year
    `,
    {
      years: [...spec.moveYears],
      snapshot_years: [...new Set(spec.moveYears.flatMap((y) => [y - 1, y]))].sort((x, y) => x - y),
      ...vulnerableParams(spec.options),
    },
  );
}
