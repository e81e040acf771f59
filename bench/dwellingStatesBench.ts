/**
 * The cost of following the dwelling stock through its events at national scale, without a national delivery:
 * `npx tsx bench/dwellingStatesBench.ts [DWELLINGS] [EVENTS]` builds in memory `dwellings` (default 2,700,000, a
 * tenth of them on 1,000 areas' parcels), `area_parcels` and `dwelling_events` (default 100,000 events on 60,000
 * dwellings) and times, median of 3, the indicators' `ind_area_dwellings` (the query whose dwellings decide
 * whose residents count) as built and with the events, and the view `dwelling_states` read whole. Prints JSON.
 */
import { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS } from '../src/analytics/dbSettings.ts';
import { withDb } from '../src/analytics/db.ts';
import { dwellingStatesViewQuery } from '../src/analytics/housing/dwellingStateQuery.ts';
import { indicatorSetupQueries } from '../src/analytics/indicators/indicatorSetupQueries.ts';
import { DEFAULT_ASSUMPTIONS } from '../src/core/assumptions.ts';
import { RULE_SET_2021 } from '../src/core/rulesets/ruleSet2021.ts';
import { query } from '../src/analytics/sql.ts';

const dwellings = Number(process.argv[2] ?? 2_700_000);
const events = Number(process.argv[3] ?? 100_000);

async function median(f: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return Math.round(times.sort((a, b) => a - b)[1] ?? 0);
}

const result = await withDb(
  { path: ':memory:', threads: DEFAULT_THREADS, memoryLimit: DEFAULT_MEMORY_LIMIT, tempDirectory: 'private' },
  async (db) => {
    await db.run(
      query(
        `CREATE TABLE dwellings AS
         SELECT 'd' || i AS dwelling_id,
           CASE WHEN i % 10 = 0 THEN 'p' || (i % 50000) ELSE 'x' || (i % 400000) END AS parcel_id,
           '101' AS municipality_code, CASE WHEN i % 3 = 0 THEN 'other' ELSE 'almen' END AS ownership,
           CASE WHEN i % 7 = 0 THEN 'youth' ELSE 'family' END AS kind, CAST(1950 + i % 70 AS INTEGER) AS built_year
         FROM range($n) AS t(i)`,
        { n: dwellings },
      ),
    );
    await db.run(
      query(`CREATE TABLE area_parcels AS
        SELECT 'a' || (i % 1000) AS area_id, 'p' || i AS parcel_id, 2000 AS valid_from, CAST(NULL AS INTEGER) AS valid_to
        FROM range(50000) AS t(i)`),
    );
    await db.run(
      query(
        `CREATE TABLE dwelling_events AS
         SELECT 'd' || ((i % 60000) * 10) AS dwelling_id,
           DATE '2015-01-01' + CAST(i % 3000 AS INTEGER) AS event_date,
           ['demolished', 'relabelled', 'sold', 'merged'][1 + i % 4] AS event,
           CASE WHEN i % 4 = 1 THEN 'youth' END AS kind_after,
           CASE WHEN i % 4 = 2 THEN 'other' END AS ownership_after,
           i % 4 = 0 AS strategic
         FROM range($n) AS t(i)`,
        { n: events },
      ),
    );
    const spec = (dwellingEvents: boolean) => ({
      years: [2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
        year,
        measures: RULE_SET_2021.measures,
      })),
      assumptions: DEFAULT_ASSUMPTIONS,
      dwellingEvents,
    });
    const areaDwellings = async (withEvents: boolean): Promise<void> => {
      const qs = indicatorSetupQueries(spec(withEvents));
      for (const q of qs.slice(0, 4)) await db.run(q);
    };
    const asBuilt = await median(() => areaDwellings(false));
    const withEvents = await median(() => areaDwellings(true));
    const rows = async (): Promise<number> =>
      Number((await db.all<{ n: bigint }>(query('SELECT count(*) AS n FROM ind_area_dwellings')))[0]?.n ?? 0);
    await areaDwellings(true);
    const areaRowsWithEvents = await rows();
    const wholeView = await median(async () => {
      await db.run(dwellingStatesViewQuery(true));
      await db.all(query('SELECT count(*) AS n, count(DISTINCT dwelling_id) AS d FROM dwelling_states'));
    });
    return {
      dwellings,
      events,
      ms: { areaDwellingsAsBuilt: asBuilt, areaDwellingsWithEvents: withEvents, wholeView },
      areaRowsWithEvents,
    };
  },
);
console.log(JSON.stringify(result));
