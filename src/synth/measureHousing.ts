import { openDb, type Db } from '../analytics/db.ts';
import { DELIVERY_TABLES } from '../analytics/delivery/deliverySchema.ts';
import { query, type Query } from '../analytics/sql.ts';
import { readSyntheticMarker } from '../io/syntheticDeliveryMarker.ts';
import { HOUSING_TABLES } from './housingStock.ts';
import { LETTING_TYPES } from './housingParameters.ts';
import { deliveryViewQueries } from './realismIndicatorQueries.ts';

/** One contract rule of §A2 checked in SQL over a delivery: the number of rows that break it (0 = holds). */
export interface HousingRuleCheck {
  readonly rule: string;
  readonly violations: number;
}

const RULES: readonly (readonly [string, string])[] = [
  [
    'dwelling_events.dwelling_id in dwellings',
    `SELECT count(*) FROM src_dwelling_events e ANTI JOIN src_dwellings d ON d.dwelling_id = e.dwelling_id`,
  ],
  [
    'dwelling_events: event enum, kind_after for relabelled, ownership_after for sold, strategic for demolished',
    `SELECT count(*) FROM src_dwelling_events WHERE event NOT IN ('demolished', 'relabelled', 'sold', 'merged')
       OR (event = 'relabelled' AND kind_after NOT IN ('family', 'youth', 'elderly', 'room', 'other')) OR (event = 'relabelled' AND kind_after IS NULL)
       OR (event = 'sold' AND ownership_after IS DISTINCT FROM 'other') OR (event = 'demolished' AND strategic IS NULL)`,
  ],
  [
    'no residence row in a dwelling after it was demolished or merged',
    `SELECT count(*) FROM src_residence r JOIN src_dwelling_events e ON e.dwelling_id = r.dwelling_id
     WHERE e.event IN ('demolished', 'merged') AND e.event_date < make_date(r.year, 1, 1)`,
  ],
  [
    'lettings only of public dwellings (dwellings.ownership = almen), known types',
    `SELECT count(*) FROM src_lettings l LEFT JOIN src_dwellings d ON d.dwelling_id = l.dwelling_id
     WHERE d.ownership IS DISTINCT FROM 'almen' OR l.letting_type NOT IN (${LETTING_TYPES.map((t) => `'${t}'`).join(', ')})`,
  ],
  [
    'no letting after the dwelling was sold, demolished or merged',
    `SELECT count(*) FROM src_lettings l JOIN src_dwelling_events e ON e.dwelling_id = l.dwelling_id
     WHERE e.event IN ('sold', 'demolished', 'merged') AND e.event_date < l.letting_date`,
  ],
  [
    'vacancies: (year, dwelling_id) unique, dwelling in dwellings and standing, nobody living there',
    `SELECT (SELECT count(*) - count(DISTINCT (year, dwelling_id)) FROM src_vacancies)
       + (SELECT count(*) FROM src_vacancies v LEFT JOIN src_dwellings d ON d.dwelling_id = v.dwelling_id
          WHERE d.dwelling_id IS NULL OR d.built_year >= v.year)
       + (SELECT count(*) FROM src_vacancies v JOIN src_dwelling_events e ON e.dwelling_id = v.dwelling_id
          WHERE e.event IN ('demolished', 'merged') AND e.event_date < make_date(v.year, 1, 1))
       + (SELECT count(*) FROM src_vacancies v JOIN src_residence r ON r.year = v.year AND r.dwelling_id = v.dwelling_id)`,
  ],
  [
    'commercial_floor: (year, parcel_id) unique, an area parcel, floor_m2 ≥ 0',
    `SELECT (SELECT count(*) - count(DISTINCT (year, parcel_id)) FROM src_commercial_floor)
       + (SELECT count(*) FROM src_commercial_floor c WHERE c.floor_m2 < 0 OR c.floor_m2 IS NULL
          OR c.parcel_id NOT IN (SELECT parcel_id FROM src_area_parcels))`,
  ],
  [
    'development_plans: area_id in areas and unique, dispensation enum, target 40 without dispensation',
    `SELECT (SELECT count(*) - count(DISTINCT area_id) FROM src_development_plans)
       + (SELECT count(*) FROM src_development_plans p WHERE p.area_id NOT IN (SELECT area_id FROM src_areas)
          OR p.dispensation NOT IN ('none', 'stk3', 'stk4') OR (p.dispensation = 'none' AND p.target_pct <> 40)
          OR (p.dispensation <> 'none' AND p.target_pct <= 40))`,
  ],
  [
    'plan_reports: area in development_plans, (area_id, report_year, year) unique, enums, years baseline–2030',
    `SELECT (SELECT count(*) - count(DISTINCT (area_id, report_year, year)) FROM src_plan_reports)
       + (SELECT count(*) FROM src_plan_reports r LEFT JOIN src_development_plans p ON p.area_id = r.area_id
          WHERE p.area_id IS NULL OR r.status NOT IN ('accepted', 'not_accepted', 'pending')
             OR r.kind NOT IN ('realised', 'planned') OR r.year < p.baseline_year OR r.year > 2030)`,
  ],
  [
    'plan_reports: realised lines only up to the report year, planned lines after it',
    `SELECT count(*) FROM src_plan_reports WHERE (kind = 'realised' AND year > report_year) OR (kind = 'planned' AND year <= report_year)`,
  ],
  [
    "plan_reports: a realised line's demolitions are the area's demolished dwelling_events of that year",
    `WITH ev AS (
       SELECT ap.area_id, year(e.event_date) AS year, count(*) AS n
       FROM src_dwelling_events e JOIN src_dwellings d USING (dwelling_id) JOIN src_area_parcels ap ON ap.parcel_id = d.parcel_id
       WHERE e.event = 'demolished' GROUP BY ALL)
     SELECT count(*) FROM src_plan_reports r LEFT JOIN ev ON ev.area_id = r.area_id AND ev.year = r.year
     JOIN src_development_plans p ON p.area_id = r.area_id
     WHERE r.kind = 'realised' AND r.year > p.baseline_year AND r.demolished <> coalesce(ev.n, 0)`,
  ],
  [
    "plan_reports: a realised line's stock is the registers' on 1 January after it (dwellings, dwelling_events, commercial_floor)",
    `WITH parcels AS (SELECT DISTINCT area_id, parcel_id FROM src_area_parcels),
     lines AS (
       SELECT DISTINCT r.area_id, r.year, r.public_family_dwellings, r.other_dwellings, r.commercial_m2
       FROM src_plan_reports r WHERE r.kind = 'realised'),
     state AS (
       SELECT l.area_id, l.year,
         count(*) FILTER (WHERE coalesce(e.ownership_after, d.ownership) = 'almen' AND coalesce(e.kind_after, d.kind) = 'family') AS family,
         count(*) FILTER (WHERE NOT (coalesce(e.ownership_after, d.ownership) = 'almen' AND coalesce(e.kind_after, d.kind) = 'family')) AS other
       FROM lines l JOIN parcels p ON p.area_id = l.area_id JOIN src_dwellings d ON d.parcel_id = p.parcel_id
       LEFT JOIN src_dwelling_events e ON e.dwelling_id = d.dwelling_id AND e.event_date < make_date(l.year + 1, 1, 1)
       WHERE d.built_year <= l.year AND (e.event IS NULL OR e.event NOT IN ('demolished', 'merged'))
       GROUP BY ALL),
     floor AS (
       SELECT p.area_id, c.year - 1 AS year, sum(c.floor_m2) AS m2
       FROM src_commercial_floor c JOIN parcels p ON p.parcel_id = c.parcel_id GROUP BY ALL),
     floor_years AS (SELECT DISTINCT year - 1 AS year FROM src_commercial_floor)
     SELECT count(*) FROM lines l LEFT JOIN state s ON s.area_id = l.area_id AND s.year = l.year
       LEFT JOIN floor f ON f.area_id = l.area_id AND f.year = l.year
     WHERE l.public_family_dwellings <> coalesce(s.family, 0) OR l.other_dwellings <> coalesce(s.other, 0)
        OR (l.year IN (SELECT year FROM floor_years) AND l.commercial_m2 <> coalesce(f.m2, 0))`,
  ],
];

/** Checks the §A2 contract rules that SQL can check, over the views `src_<table>` of a delivery. */
export async function housingRuleChecks(db: Db): Promise<HousingRuleCheck[]> {
  const out: HousingRuleCheck[] = [];
  for (const [rule, sql] of RULES) {
    const rows = await db.all<{ n: number }>(query(`SELECT (${sql}) AS n`));
    out.push({ rule, violations: Number(rows[0]?.n ?? -1) });
  }
  return out;
}

/** Measured values of the housing tables, next to the seed report's targets (docs/synthetic-denmark.md). */
export interface HousingMeasures {
  readonly checks: readonly HousingRuleCheck[];
  readonly plans: number;
  readonly dispensations: number;
  /** Events by type (all years) and the strategic share of demolitions. */
  readonly events: Readonly<Record<string, number>>;
  readonly strategicPct: number | null;
  /** Report status counts. */
  readonly reportStatus: Readonly<Record<string, number>>;
  /** Table 2.3: public family share per line year across plans, each plan's last accepted report. */
  readonly familyShareByYear: readonly { year: number; pct: number }[];
  /** Section 2.5 sums from the last accepted reports: realised (to the report year) and planned (after). */
  readonly realised: Readonly<Record<string, number>>;
  readonly planned: Readonly<Record<string, number>>;
  /** Table 2.2: letting mix (pct.) in the plan areas and the generator's forebyggelse areas, last full year. */
  readonly lettingYear: number;
  readonly lettingMix: Readonly<Record<'plan' | 'forebyggelse', Readonly<Record<string, number>>>>;
  /** Fig. 2.4.b: flexible share of lettings in the forebyggelse areas by year. */
  readonly flexibleByYear: readonly { year: number; pct: number }[];
  /** Lettings in the last full year and vacancies on 1 January of the last year, per public dwelling standing. */
  readonly lettingRatePct: Readonly<Record<'plan' | 'forebyggelse', number | null>>;
  readonly vacancyPct: Readonly<Record<'plan' | 'forebyggelse', number | null>>;
}

const pct = (a: number, b: number): number | null => (b > 0 ? (100 * a) / b : null);

/** Measures a generated delivery's housing tables (Parquet) and checks their contract rules. */
export async function measureHousing(dir: string): Promise<HousingMeasures> {
  const marker = readSyntheticMarker(dir);
  const toYear = marker?.toYear ?? 2024;
  const fb = marker?.forebyggelseAreas2021 ?? [];
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: '4GB' });
  try {
    for (const q of deliveryViewQueries(dir, 'parquet', [...DELIVERY_TABLES, ...HOUSING_TABLES]))
      await db.run(q);
    const checks = await housingRuleChecks(db);
    const all = async <T extends object>(sql: string, params?: Query['params']): Promise<T[]> =>
      db.all<T>(query(sql, params));
    const plans = await all<{ n: number; d: number }>(
      `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE dispensation <> 'none')::INTEGER AS d FROM src_development_plans`,
    );
    const events = Object.fromEntries(
      (
        await all<{ event: string; n: number }>(
          `SELECT event, count(*)::INTEGER AS n FROM src_dwelling_events GROUP BY event ORDER BY event`,
        )
      ).map((r) => [r.event, Number(r.n)]),
    );
    const strategic = await all<{ s: number; n: number }>(
      `SELECT count(*) FILTER (WHERE strategic)::INTEGER AS s, count(*)::INTEGER AS n FROM src_dwelling_events WHERE event = 'demolished'`,
    );
    const status = Object.fromEntries(
      (
        await all<{ status: string; n: number }>(
          `SELECT status, count(DISTINCT (area_id, report_year))::INTEGER AS n FROM src_plan_reports GROUP BY status ORDER BY status`,
        )
      ).map((r) => [r.status, Number(r.n)]),
    );
    await db.run(
      query(`CREATE TEMP TABLE last_acc AS SELECT r.* FROM src_plan_reports r JOIN (
        SELECT area_id, max(report_year) AS ry FROM src_plan_reports WHERE status = 'accepted' GROUP BY area_id) m
        ON m.area_id = r.area_id AND m.ry = r.report_year`),
    );
    const shares = await all<{ year: number; pct: number }>(`
      SELECT year::INTEGER AS year, 100 * sum(public_family_dwellings) / sum(public_family_dwellings + other_dwellings + commercial_m2 / 75) AS pct
      FROM last_acc GROUP BY year ORDER BY year`);
    const sums = async (kind: string): Promise<Record<string, number>> => {
      const r = (
        await all<Record<string, number>>(`
        SELECT sum(relabelled)::INTEGER AS relabelled, sum(sold)::INTEGER AS sold, sum(demolished)::INTEGER AS demolished,
          sum(built_dwellings)::INTEGER AS built_dwellings, sum(built_commercial_units)::INTEGER AS built_commercial_units
        FROM last_acc WHERE kind = '${kind}' AND year > 2018`)
      )[0];
      return Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, Number(v ?? 0)]));
    };
    await db.run(
      query(
        `CREATE TEMP TABLE dw_cat AS
         SELECT d.dwelling_id, d.ownership, d.built_year,
           CASE WHEN ap.area_id IN (SELECT area_id FROM src_development_plans) THEN 'plan'
                WHEN list_contains(CAST($fb AS VARCHAR[]), ap.area_id) THEN 'forebyggelse' END AS cat
         FROM src_dwellings d JOIN (SELECT DISTINCT area_id, parcel_id FROM src_area_parcels) ap ON ap.parcel_id = d.parcel_id`,
        { fb: [...fb] },
      ),
    );
    const lettingYear = toYear - 1;
    const mixRows = await all<{ cat: string; letting_type: string; n: number }>(`
      SELECT c.cat, l.letting_type, count(*)::INTEGER AS n FROM src_lettings l JOIN dw_cat c USING (dwelling_id)
      WHERE c.cat IS NOT NULL AND year(l.letting_date) = ${lettingYear} GROUP BY ALL`);
    const mixOf = (cat: string): Record<string, number> => {
      const rows = mixRows.filter((r) => r.cat === cat);
      const total = rows.reduce((s, r) => s + Number(r.n), 0);
      return Object.fromEntries(
        LETTING_TYPES.map((t) => [
          t,
          pct(Number(rows.find((r) => r.letting_type === t)?.n ?? 0), total) ?? 0,
        ]),
      );
    };
    const flexible = await all<{ year: number; pct: number }>(`
      SELECT year(l.letting_date)::INTEGER AS year, 100 * avg(CASE WHEN l.letting_type = 'flexible' THEN 1 ELSE 0 END) AS pct
      FROM src_lettings l JOIN dw_cat c USING (dwelling_id) WHERE c.cat = 'forebyggelse' GROUP BY ALL ORDER BY year`);
    const rates = await all<{ cat: string; standing: number; lettings: number; vacant: number }>(`
      WITH standing AS (
        SELECT c.* FROM dw_cat c WHERE c.cat IS NOT NULL AND c.ownership = 'almen' AND c.built_year < ${toYear}
          AND NOT EXISTS (SELECT 1 FROM src_dwelling_events e WHERE e.dwelling_id = c.dwelling_id
                          AND e.event_date < make_date(${toYear}, 1, 1))
      )
      SELECT s.cat, count(*)::INTEGER AS standing,
        (SELECT count(*) FROM src_lettings l JOIN dw_cat c2 USING (dwelling_id) WHERE c2.cat = s.cat AND year(l.letting_date) = ${lettingYear})::INTEGER AS lettings,
        (SELECT count(*) FROM src_vacancies v JOIN dw_cat c3 USING (dwelling_id) WHERE c3.cat = s.cat AND v.year = ${toYear})::INTEGER AS vacant
      FROM standing s GROUP BY s.cat`);
    const rateOf = (cat: string, key: 'lettings' | 'vacant'): number | null => {
      const r = rates.find((x) => x.cat === cat);
      return r === undefined ? null : pct(Number(r[key]), Number(r.standing));
    };
    return {
      checks,
      plans: Number(plans[0]?.n ?? 0),
      dispensations: Number(plans[0]?.d ?? 0),
      events,
      strategicPct: pct(Number(strategic[0]?.s ?? 0), Number(strategic[0]?.n ?? 0)),
      reportStatus: status,
      familyShareByYear: shares.map((r) => ({ year: Number(r.year), pct: Number(r.pct) })),
      realised: await sums('realised'),
      planned: await sums('planned'),
      lettingYear,
      lettingMix: { plan: mixOf('plan'), forebyggelse: mixOf('forebyggelse') },
      flexibleByYear: flexible.map((r) => ({ year: Number(r.year), pct: Number(r.pct) })),
      lettingRatePct: { plan: rateOf('plan', 'lettings'), forebyggelse: rateOf('forebyggelse', 'lettings') },
      vacancyPct: { plan: rateOf('plan', 'vacant'), forebyggelse: rateOf('forebyggelse', 'vacant') },
    };
  } finally {
    db.close();
  }
}

const fmt = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? '–' : v.toLocaleString('da-DK', { maximumFractionDigits: digits });

/** The seed report's values (Redegørelse om parallelsamfund 2025, sections 2.4–2.6) the measures are read against. */
export const HOUSING_TARGETS = {
  plans: 17,
  familyShare: { 2018: 93, 2019: 90, 2020: 87, 2021: 85, 2022: 83, 2023: 81, 2024: 77, 2030: 42 } as Readonly<
    Record<number, number>
  >,
  realised: {
    relabelled: 357,
    sold: 136,
    demolished: 1044,
    built_dwellings: 1341,
    built_commercial_units: 720,
  },
  planned: {
    relabelled: 1025,
    sold: 697,
    demolished: 4082,
    built_dwellings: 8020,
    built_commercial_units: 2295,
  },
  lettingMixPlan: {
    internal: 13,
    external_waiting_list: 55,
    flexible: 22,
    combined: 0,
    municipal: 3,
    other: 6,
  },
  lettingMixForebyggelse: {
    internal: 16,
    external_waiting_list: 44,
    flexible: 25,
    combined: 0,
    municipal: 10,
    other: 4,
  },
  lettingRate: { plan: 14, forebyggelse: 11.3 },
  vacancy: { plan: 12, forebyggelse: 3.9 },
} as const;

/** Danish-formatted lines of the measures beside the seed's values. */
export function formatHousing(m: HousingMeasures): string {
  const t = HOUSING_TARGETS;
  const out: string[] = [];
  const broken = m.checks.filter((c) => c.violations !== 0);
  out.push(`Kontraktregler (§A2): ${m.checks.length - broken.length} af ${m.checks.length} holder`);
  for (const c of broken) out.push(`  BRUDT: ${c.rule} (${c.violations} rækker)`);
  out.push(`Udviklingsplaner: ${m.plans} (seed ${t.plans}), heraf med dispensation: ${m.dispensations}`);
  out.push(
    `Hændelser: ${Object.entries(m.events)
      .map(([k, v]) => `${k} ${fmt(v, 0)}`)
      .join(', ')}; strategiske nedrivninger ${fmt(m.strategicPct)} pct.`,
  );
  out.push(
    `Årsrapporter: ${Object.entries(m.reportStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out.push('Andel almene familieboliger (tabel 2.3), målt / seed:');
  for (const s of m.familyShareByYear)
    out.push(`  ${s.year === 2018 ? 'Start' : s.year}: ${fmt(s.pct)} / ${fmt(t.familyShare[s.year])}`);
  const pair = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): string =>
    Object.keys(b)
      .map((k) => `${k} ${fmt(a[k], 0)} / ${fmt(b[k], 0)}`)
      .join(', ');
  out.push(`Gennemført 2019–rapportår, målt / seed: ${pair(m.realised, t.realised)}`);
  out.push(`Planlagt til 2030, målt / seed: ${pair(m.planned, t.planned)}`);
  out.push(
    `Udlejningstyper ${m.lettingYear}, udviklingsplanområder (pct.): ${pair(m.lettingMix.plan, t.lettingMixPlan)}`,
  );
  out.push(
    `Udlejningstyper ${m.lettingYear}, forebyggelsesområder (pct.): ${pair(m.lettingMix.forebyggelse, t.lettingMixForebyggelse)}`,
  );
  out.push(
    `Fleksibel udlejning i forebyggelsesområder: ${m.flexibleByYear.map((f) => `${f.year} ${fmt(f.pct)}`).join(', ')}`,
  );
  out.push(
    `Genudlejning pr. bolig (pct.): plan ${fmt(m.lettingRatePct.plan)} / ${fmt(t.lettingRate.plan)}, forebyggelse ${fmt(m.lettingRatePct.forebyggelse)} / ${fmt(t.lettingRate.forebyggelse)}`,
  );
  out.push(
    `Ledige boliger 1. januar (pct.): plan ${fmt(m.vacancyPct.plan)} / ${fmt(t.vacancy.plan)}, forebyggelse ${fmt(m.vacancyPct.forebyggelse)} / ${fmt(t.vacancy.forebyggelse)}`,
  );
  return out.join('\n');
}
