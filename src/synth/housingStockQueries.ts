import { query, type Query } from '../analytics/sql.ts';
import type { DevelopmentPlanArea } from './developmentPlanAreas.ts';
import {
  DEPRIVED_FROM,
  HOUSING_CATEGORIES,
  LETTING_TYPES,
  PLAN_PROGRAMME,
  VACANCY_RATE,
  lettingMix,
} from './housingParameters.ts';
import { tableFromColumns } from './lookupTableQueries.ts';
import { uniformFor } from './seededRandom.ts';
import { dwellingIdSql, sqlInt } from './synthMacros.ts';

/** Salts of the housing draws (distinct from the population's, the outcomes' and the treatment's). */
const SALT = {
  event: 70,
  eventYear: 71,
  eventDay: 72,
  otherDemolition: 73,
  rehousing: 74,
  lettingDay: 75,
  lettingType: 76,
  kindAfter: 77,
  vacancy: 78,
} as const;
/** Stream of the JavaScript draw that decides whether a plan demolishes. */
const DEMOLISHES_STREAM = 901;

/** The plans as the housing queries need them: the area's location, whether it demolishes, its programme's size. */
export interface PlanLocation extends DevelopmentPlanArea {
  readonly loc: number;
  readonly demolishes: boolean;
  readonly programme: number;
}

/**
 * Attaches locations and programme sizes to the plans. round(13/17 × plans) of them demolish (at least one): the
 * first plan (by area index) always, the others in the order of a seeded draw.
 */
export function planLocations(
  seed: number,
  plans: readonly DevelopmentPlanArea[],
  locOf: ReadonlyMap<number, number>,
): PlanLocation[] {
  const demolishing = Math.max(1, Math.round(PLAN_PROGRAMME.demolishingShare * plans.length));
  const order = plans
    .map((p, i) => ({ i, u: i === 0 ? -1 : uniformFor(seed, DEMOLISHES_STREAM, p.area.index) }))
    .sort((a, b) => a.u - b.u || a.i - b.i);
  const demolishes = new Set(order.slice(0, demolishing).map((o) => o.i));
  return plans.map((p, i) => ({
    ...p,
    loc: locOf.get(p.area.index) ?? -1,
    demolishes: demolishes.has(i),
    programme: p.dispensation === 'none' ? 1 : PLAN_PROGRAMME.dispensationFactor,
  }));
}

const cumulativeRows = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => {
    const lo = acc / total;
    acc += w;
    return lo;
  });
};

/**
 * The housing stock's events (data contract §A2 `dwelling_events`) and what follows from them for the residents:
 * - `hs_plan`, `hs_cat`: the plans and every location's category (`HOUSING_CATEGORIES`);
 * - `hs_schedule`: each plan's programme 2019–2029 dwelling by dwelling (demolished, relabelled, sold, merged;
 *   at most one event a dwelling, on a day before 1 October), plus a few demolitions in other areas;
 *   `hs_events` the part dated up to `toYear` — what has happened by the delivery's end;
 * - the residents of a dwelling that is demolished or merged move, from the first 1 January it no longer exists,
 *   to another public dwelling of the same area that no event touches (their spell is split there), so no
 *   residence row points to a dwelling that no longer exists.
 */
export function dwellingEventQueries(plans: readonly PlanLocation[], toYear: number): Query[] {
  const pp = PLAN_PROGRAMME;
  const planYears = Array.from({ length: pp.lastYear - pp.firstYear + 1 }, (_, i) => pp.firstYear + i);
  const otherYears = Array.from(
    { length: Math.max(1, toYear - pp.firstYear + 1) },
    (_, i) => pp.firstYear + i,
  );
  const yearRows: { event: string; inPlan: boolean; lo: number; year: number }[] = [];
  for (const event of ['demolished', 'relabelled', 'sold', 'merged'] as const) {
    const los = cumulativeRows(pp.years[event]);
    planYears.forEach((year, i) => yearRows.push({ event, inPlan: true, lo: los[i] ?? 0, year }));
  }
  cumulativeRows(otherYears.map(() => 1)).forEach((lo, i) =>
    yearRows.push({ event: 'demolished', inPlan: false, lo, year: otherYears[i] ?? pp.firstYear }),
  );
  const removed = `('demolished', 'merged')`;
  return [
    tableFromColumns(
      'hs_plan',
      [
        ['loc', 'INTEGER'],
        ['area_id', 'VARCHAR'],
        ['demolishes', 'BOOLEAN'],
        ['programme', 'DOUBLE'],
      ],
      [
        plans.map((p) => p.loc),
        plans.map((p) => p.area.areaId),
        plans.map((p) => String(p.demolishes)),
        plans.map((p) => p.programme),
      ],
    ),
    query(`
      CREATE OR REPLACE TABLE hs_cat AS
      SELECT l.loc, CASE WHEN l.kind = 'ordinary' THEN 'ordinary' WHEN p.loc IS NOT NULL THEN 'plan'
                         WHEN f.loc IS NOT NULL THEN 'forebyggelse' WHEN a.deprivation >= ${DEPRIVED_FROM} THEN 'deprived'
                         ELSE 'area' END AS cat
      FROM locations l LEFT JOIN hs_plan p ON p.loc = l.loc LEFT JOIN intended_fb f ON f.loc = l.loc
        LEFT JOIN area_latent a ON a.loc = l.loc`),
    tableFromColumns(
      'hs_year',
      [
        ['event', 'VARCHAR'],
        ['in_plan', 'BOOLEAN'],
        ['lo', 'DOUBLE'],
        ['year', 'INTEGER'],
      ],
      [
        yearRows.map((r) => r.event),
        yearRows.map((r) => String(r.inPlan)),
        yearRows.map((r) => r.lo),
        yearRows.map((r) => r.year),
      ],
    ),
    query(`
      CREATE OR REPLACE TABLE hs_schedule AS
      WITH f AS (
        SELECT d.k, d.loc, d.idx, p.demolishes, p.programme, u1(d.k, ${SALT.event}) AS u_ev
        FROM dw d JOIN hs_plan p ON p.loc = d.loc
        WHERE d.ownership = 'almen' AND d.kind = 'family'
      ), planned AS (
        SELECT k, loc, idx, TRUE AS in_plan, TRUE AS strategic_area, CASE
          WHEN demolishes AND u_ev < programme * ${pp.demolished} THEN 'demolished'
          WHEN u_ev >= 0.5 AND u_ev < 0.5 + programme * ${pp.relabelled} THEN 'relabelled'
          WHEN u_ev >= 0.7 AND u_ev < 0.7 + programme * ${pp.sold} THEN 'sold'
          WHEN u_ev >= 0.9 AND u_ev < 0.9 + ${pp.merged} THEN 'merged' END AS event
        FROM f
      ), other AS (
        SELECT d.k, d.loc, d.idx, FALSE AS in_plan, c.cat IN ('forebyggelse', 'deprived') AS strategic_area, 'demolished' AS event
        FROM dw d JOIN hs_cat c ON c.loc = d.loc
        WHERE c.cat IN ('forebyggelse', 'deprived', 'area') AND d.ownership = 'almen'
          AND u1(d.k, ${SALT.otherDemolition}) < ${pp.otherDemolished}
      ), x AS (
        SELECT *, u1(k, ${SALT.eventYear}) AS u_year FROM (SELECT * FROM planned WHERE event IS NOT NULL UNION ALL SELECT * FROM other)
      )
      SELECT x.k, x.loc, x.idx, x.in_plan, x.event, y.year,
        make_date(y.year, 1, 1) + floor(u1(x.k, ${SALT.eventDay}) * ${pp.lastEventDay + 1})::INTEGER AS event_date,
        CASE WHEN x.event = 'relabelled' THEN CASE WHEN u1(x.k, ${SALT.kindAfter}) < ${pp.relabelledToYouth} THEN 'youth' ELSE 'elderly' END END AS kind_after,
        CASE WHEN x.event = 'sold' THEN 'other' END AS ownership_after,
        CASE WHEN x.event = 'demolished' THEN x.in_plan OR x.strategic_area END AS strategic
      FROM x ASOF JOIN hs_year y ON y.event = x.event AND y.in_plan = x.in_plan AND x.u_year >= y.lo`),
    query(`CREATE OR REPLACE TABLE hs_events AS SELECT * FROM hs_schedule WHERE year <= ${sqlInt(toYear)}`),
    // Rehousing: the first snapshot without the dwelling is the year after the event.
    query(`
      CREATE OR REPLACE TABLE hs_gone AS
      SELECT loc, idx, year + 1 AS gone_year FROM hs_events WHERE event IN ${removed} AND year + 1 <= ${sqlInt(toYear)}`),
    query(`
      CREATE OR REPLACE TABLE hs_survivor AS
      SELECT d.loc, d.idx, row_number() OVER (PARTITION BY d.loc ORDER BY d.idx) - 1 AS r, count(*) OVER (PARTITION BY d.loc) AS n
      FROM dw d WHERE d.loc IN (SELECT loc FROM hs_gone) AND d.ownership = 'almen' AND d.built_year < ${sqlInt(pp.firstYear)}
        AND NOT EXISTS (SELECT 1 FROM hs_schedule s WHERE s.loc = d.loc AND s.idx = d.idx)`),
    query(`
      CREATE OR REPLACE TABLE hs_rehoused AS
      WITH a AS (
        SELECT s.pid, s.start, s.stop, s.loc, s.municipality_code, s.next_loc, g.gone_year,
          greatest(s.start, g.gone_year) AS from_year
        FROM spells s JOIN hs_gone g ON g.loc = s.loc AND g.idx = s.dw_idx
        WHERE s.stop >= g.gone_year
      ), b AS (
        SELECT a.*, floor(u2(a.pid, a.from_year, ${SALT.rehousing}) * m.n)::BIGINT AS r
        FROM a JOIN (SELECT loc, any_value(n) AS n FROM hs_survivor GROUP BY loc) m ON m.loc = a.loc
      )
      SELECT b.*, v.idx AS new_idx FROM b JOIN hs_survivor v ON v.loc = b.loc AND v.r = b.r`),
    query(`
      UPDATE spells SET dw_idx = h.new_idx
      FROM hs_rehoused h WHERE spells.pid = h.pid AND spells.start = h.start AND h.start >= h.gone_year`),
    query(`
      INSERT INTO spells BY NAME
      SELECT pid, gone_year AS start, stop, loc, municipality_code, loc AS prev_loc, next_loc, new_idx AS dw_idx
      FROM hs_rehoused WHERE start < gone_year`),
    query(`
      UPDATE spells SET stop = h.gone_year - 1, next_loc = h.loc
      FROM hs_rehoused h WHERE spells.pid = h.pid AND spells.start = h.start AND h.start < h.gone_year`),
  ];
}

/**
 * Lettings (`lettings`): one per public dwelling and snapshot year into which someone moved (a move, or an
 * immigrant's arrival; not a birth, not the first year's stock), dated in the year before the snapshot, of the
 * type drawn from the category's mix for that year (`lettingMix`); none after the dwelling was sold. Vacancies
 * (`vacancies`): public dwellings on area parcels standing, not sold, and empty on 1 January, drawn among the
 * empty ones to the category's rate (`VACANCY_RATE`; all empty ones when fewer).
 */
export function lettingAndVacancyQueries(fromYear: number, toYear: number): Query[] {
  const mixRows: { cat: string; year: number; type: string; lo: number }[] = [];
  for (const cat of HOUSING_CATEGORIES)
    for (let year = fromYear - 1; year <= toYear; year++) {
      const mix = lettingMix(cat, year);
      let acc = 0;
      for (const type of LETTING_TYPES) {
        const w = mix[type];
        if (w > 1e-12) mixRows.push({ cat, year, type, lo: acc });
        acc += w;
      }
    }
  const rateCats = Object.keys(VACANCY_RATE) as (keyof typeof VACANCY_RATE)[];
  return [
    tableFromColumns(
      'hs_mix',
      [
        ['cat', 'VARCHAR'],
        ['year', 'INTEGER'],
        ['type', 'VARCHAR'],
        ['lo', 'DOUBLE'],
      ],
      [
        mixRows.map((r) => r.cat),
        mixRows.map((r) => r.year),
        mixRows.map((r) => r.type),
        mixRows.map((r) => r.lo),
      ],
    ),
    tableFromColumns(
      'hs_rate',
      [
        ['cat', 'VARCHAR'],
        ['rate', 'DOUBLE'],
      ],
      [rateCats, rateCats.map((c) => VACANCY_RATE[c])],
    ),
    query(`
      CREATE OR REPLACE TABLE hs_lettings AS
      WITH mi AS (
        SELECT DISTINCT loc, dw_idx, start FROM (
          SELECT s.loc, s.dw_idx, s.start FROM spells s WHERE s.dw_idx IS NOT NULL AND s.prev_loc IS NOT NULL
          UNION ALL
          SELECT s.loc, s.dw_idx, s.start FROM spells s JOIN persons_x p ON p.pid = s.pid
          WHERE p.kind = 'imm' AND s.start = p.entry_year AND s.dw_idx IS NOT NULL)
      ), a AS (
        SELECT d.k, d.loc, d.idx, mi.start,
          make_date(mi.start - 1, 1, 1) + floor(u2(d.k, mi.start, ${SALT.lettingDay}) * 365)::INTEGER AS letting_date,
          c.cat, u2(d.k, mi.start, ${SALT.lettingType}) AS u_type
        FROM mi JOIN dw d ON d.loc = mi.loc AND d.idx = mi.dw_idx JOIN hs_cat c ON c.loc = d.loc
        WHERE d.ownership = 'almen' AND mi.start > ${sqlInt(fromYear)}
      )
      SELECT a.k, a.loc, a.idx, a.letting_date, m.type AS letting_type
      FROM (SELECT *, (start - 1)::INTEGER AS let_year FROM a) a
      ASOF JOIN hs_mix m ON m.cat = a.cat AND m.year = a.let_year AND a.u_type >= m.lo
      WHERE NOT EXISTS (SELECT 1 FROM hs_events e WHERE e.k = a.k AND e.event = 'sold' AND e.event_date < a.letting_date)`),
    query(`
      CREATE OR REPLACE TABLE hs_vacancies AS
      WITH yrs AS (SELECT r.y::INTEGER AS year FROM range(${sqlInt(fromYear)}, ${sqlInt(toYear + 1)}) r(y)),
      occ AS (
        SELECT DISTINCT y.year, s.loc, s.dw_idx AS idx
        FROM spells s JOIN hs_cat c ON c.loc = s.loc AND c.cat <> 'ordinary' JOIN yrs y ON y.year BETWEEN s.start AND s.stop
        WHERE s.dw_idx IS NOT NULL
      ), cand AS (
        SELECT y.year, d.k, d.loc, d.idx, c.cat
        FROM dw d JOIN hs_cat c ON c.loc = d.loc AND c.cat <> 'ordinary' JOIN yrs y ON d.built_year < y.year
        WHERE d.ownership = 'almen'
          AND NOT EXISTS (SELECT 1 FROM hs_events e WHERE e.k = d.k AND e.year < y.year)
      ), marked AS (
        SELECT cand.*, o.idx IS NULL AS empty
        FROM cand LEFT JOIN occ o ON o.year = cand.year AND o.loc = cand.loc AND o.idx = cand.idx
      ), rates AS (
        SELECT year, loc, count(*) AS n, count(*) FILTER (WHERE empty) AS n_empty FROM marked GROUP BY year, loc
      )
      SELECT m.year, m.k, m.loc, m.idx
      FROM marked m JOIN rates r ON r.year = m.year AND r.loc = m.loc JOIN hs_rate v ON v.cat = m.cat
      WHERE m.empty AND u2(m.k, m.year, ${SALT.vacancy}) * r.n_empty < v.rate * r.n`),
  ];
}

/** The delivery's selects of the tables above, in key order. */
export function housingStockSelects(): {
  dwelling_events: Query;
  lettings: Query;
  vacancies: Query;
} {
  return {
    dwelling_events: query(`
      SELECT ${dwellingIdSql('loc', 'idx')} AS dwelling_id, event_date, event, kind_after, ownership_after, strategic
      FROM hs_events ORDER BY loc, idx, event_date`),
    lettings: query(`
      SELECT ${dwellingIdSql('loc', 'idx')} AS dwelling_id, letting_date, letting_type
      FROM hs_lettings ORDER BY loc, idx, letting_date`),
    vacancies: query(`
      SELECT year, ${dwellingIdSql('loc', 'idx')} AS dwelling_id FROM hs_vacancies ORDER BY year, loc, idx`),
  };
}
