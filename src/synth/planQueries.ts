import { query, type Query } from '../analytics/sql.ts';
import { DEVELOPMENT_PLANS } from './developmentPlanAreas.ts';
import { COMMERCIAL_FLOOR, PLAN_PROGRAMME } from './housingParameters.ts';
import type { PlanLocation } from './housingStockQueries.ts';
import { tableFromColumns } from './lookupTableQueries.ts';
import type { SynthParcel } from './placeQueries.ts';
import { uniformFor } from './seededRandom.ts';

/** Stream of the JavaScript draws of the commercial floor area per parcel. */
const COMMERCIAL_STREAM = 902;
const LAST_PLAN_YEAR = 2030;

/** Per plan area: dwellings on its parcels by year built, and its programme's events by year (from SQL). */
export interface PlanAreaCounts {
  /** Public family dwellings as built, by year built. */
  readonly familyBuilt: ReadonlyMap<number, number>;
  /** Every other dwelling on the area's parcels, by year built. */
  readonly otherBuilt: ReadonlyMap<number, number>;
  /** The programme (`hs_schedule`), event → year → dwellings. */
  readonly events: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Small aggregates the plan tables are computed from. */
export const planCountQueries = {
  dwellings: query(`
    SELECT p.area_id, d.built_year::INTEGER AS built_year, (d.ownership = 'almen' AND d.kind = 'family') AS family,
      count(*)::INTEGER AS n
    FROM dw d JOIN out_parcels p ON p.parcel_id = d.parcel_id JOIN hs_plan h ON h.area_id = p.area_id
    GROUP BY ALL ORDER BY ALL`),
  events: query(`
    SELECT h.area_id, s.event, s.year::INTEGER AS year, count(*)::INTEGER AS n
    FROM hs_schedule s JOIN hs_plan h ON h.loc = s.loc WHERE s.in_plan GROUP BY ALL ORDER BY ALL`),
};

export interface PlanLine {
  readonly year: number;
  readonly kind: 'realised' | 'planned';
  readonly publicFamily: number;
  readonly other: number;
  readonly commercialM2: number;
  readonly relabelled: number;
  readonly sold: number;
  readonly demolished: number;
  readonly builtDwellings: number;
  readonly builtCommercialUnits: number;
}

const sumTo = (m: ReadonlyMap<number, number> | undefined, y: number): number => {
  let s = 0;
  for (const [k, v] of m ?? []) if (k <= y) s += v;
  return s;
};
const at = (m: ReadonlyMap<number, number> | undefined, y: number): number => m?.get(y) ?? 0;

/** Commercial floor (m²) of each area parcel as built before the plans. */
export function baseCommercialM2(seed: number, parcels: readonly SynthParcel[]): number[] {
  const c = COMMERCIAL_FLOOR;
  return parcels.map((_, i) => {
    if (uniformFor(seed, COMMERCIAL_STREAM, 2 * i) >= c.parcelShare) return 0;
    return Math.round(c.minM2 + (c.maxM2 - c.minM2) * uniformFor(seed, COMMERCIAL_STREAM, 2 * i + 1));
  });
}

/** A plan's commercial units built each year 2019–2029 (75 m² each). */
export function commercialUnitsByYear(plan: PlanLocation, familyAtStart: number): Map<number, number> {
  const pp = PLAN_PROGRAMME;
  const out = new Map<number, number>();
  pp.years.commercialUnits.forEach((w, i) =>
    out.set(pp.firstYear + i, Math.round(familyAtStart * pp.commercialUnits * plan.programme * w)),
  );
  return out;
}

/**
 * The lines of one yearly report: the start (baseline year), realised lines to the report year from the
 * dwellings and events generated, planned lines to 2030 from the programme; new building still to come after
 * the delivery's last year is planned so that the plan ends at its target share (half of it in a report that is
 * not accepted).
 */
export function reportLines(
  counts: PlanAreaCounts,
  plan: PlanLocation,
  baseM2: number,
  reportYear: number,
  toYear: number,
  accepted: boolean,
): PlanLine[] {
  const baseline = DEVELOPMENT_PLANS.baselineYear;
  const ev = (e: string): ReadonlyMap<number, number> | undefined => counts.events.get(e);
  const removedFamily = (y: number): number =>
    sumTo(ev('demolished'), y) + sumTo(ev('relabelled'), y) + sumTo(ev('sold'), y) + sumTo(ev('merged'), y);
  const family = (y: number): number => sumTo(counts.familyBuilt, y) - removedFamily(y);
  const familyAtStart = family(baseline);
  const units = commercialUnitsByYear(plan, familyAtStart);
  const m2 = (y: number): number => baseM2 + COMMERCIAL_FLOOR.m2PerUnit * sumTo(units, y);
  const otherWithoutFuture = (y: number): number =>
    sumTo(counts.otherBuilt, y) + sumTo(ev('relabelled'), y) + sumTo(ev('sold'), y);
  // New building after the delivery's data: what the target needs at 2030, spread evenly.
  const futureYears: number[] = [];
  for (let y = Math.max(toYear + 1, PLAN_PROGRAMME.firstYear); y <= PLAN_PROGRAMME.lastYear; y++)
    futureYears.push(y);
  const f30 = family(LAST_PLAN_YEAR);
  const needed = f30 / (plan.targetPct / 100);
  const have = f30 + otherWithoutFuture(LAST_PLAN_YEAR) + m2(LAST_PLAN_YEAR) / COMMERCIAL_FLOOR.m2PerUnit;
  const future = futureYears.length === 0 ? 0 : Math.max(0, Math.ceil(needed - have));
  const futureBuilt = new Map<number, number>();
  futureYears.forEach((y, i) => {
    const share =
      Math.floor((future * (i + 1)) / futureYears.length) - Math.floor((future * i) / futureYears.length);
    futureBuilt.set(y, share);
  });
  const plannedFactor = (y: number): number => (!accepted && y > reportYear ? 0.5 : 1);
  const builtIn = (y: number): number =>
    at(counts.otherBuilt, y) + Math.round(at(futureBuilt, y) * plannedFactor(y));
  const other = (y: number): number => {
    let s = otherWithoutFuture(y);
    for (const [fy] of futureBuilt) if (fy <= y) s += Math.round(at(futureBuilt, fy) * plannedFactor(fy));
    return s;
  };
  const line = (y: number, kind: PlanLine['kind'], actions: boolean): PlanLine => ({
    year: y,
    kind,
    publicFamily: family(y),
    other: other(y),
    commercialM2: m2(y),
    relabelled: actions ? at(ev('relabelled'), y) : 0,
    sold: actions ? at(ev('sold'), y) : 0,
    demolished: actions ? at(ev('demolished'), y) : 0,
    builtDwellings: actions ? builtIn(y) : 0,
    builtCommercialUnits: actions ? at(units, y) : 0,
  });
  const lines: PlanLine[] = [line(baseline, 'realised', false)];
  for (let y = baseline + 1; y <= LAST_PLAN_YEAR; y++)
    lines.push(line(y, y <= reportYear ? 'realised' : 'planned', true));
  return lines;
}

export type ReportStatus = 'accepted' | 'not_accepted' | 'pending';

/**
 * Status of a plan's report: all accepted but the first plan's report of 2021 and the second plan's last report
 * (not accepted, as Tåstrupgård's of 2024), and the last plan's last report (still pending), when there are that
 * many plans.
 */
export function reportStatus(
  planIndex: number,
  plans: number,
  reportYear: number,
  lastReport: number,
): ReportStatus {
  if (planIndex === 0 && reportYear === 2021 && lastReport > 2021) return 'not_accepted';
  if (planIndex === 1 && reportYear === lastReport) return 'not_accepted';
  if (planIndex === plans - 1 && plans >= 3 && reportYear === lastReport) return 'pending';
  return 'accepted';
}

const empty = (table: string, columns: string): Query =>
  query(`CREATE OR REPLACE TABLE ${table} (${columns})`);

/**
 * `out_development_plans`, `out_plan_reports` and `out_commercial_floor` from the plans, the parcels and the
 * counts. Reports are submitted 1 October 2019 … the delivery's last year (at most 2030); none before 2019.
 */
export function planTableQueries(
  seed: number,
  plans: readonly PlanLocation[],
  counts: ReadonlyMap<string, PlanAreaCounts>,
  parcels: readonly SynthParcel[],
  fromYear: number,
  toYear: number,
): Query[] {
  const out: Query[] = [];
  const base = baseCommercialM2(seed, parcels);
  const firstParcel = new Map<string, number>();
  parcels.forEach((p, i) => {
    if (!firstParcel.has(p.areaId)) firstParcel.set(p.areaId, i);
  });
  const baseOfArea = new Map<string, number>();
  parcels.forEach((p, i) => baseOfArea.set(p.areaId, (baseOfArea.get(p.areaId) ?? 0) + (base[i] ?? 0)));
  const active = toYear >= PLAN_PROGRAMME.firstYear ? plans : [];
  const lastReport = Math.min(toYear, LAST_PLAN_YEAR);
  const noCounts: PlanAreaCounts = { familyBuilt: new Map(), otherBuilt: new Map(), events: new Map() };

  const planCols =
    'area_id VARCHAR, approved_date DATE, baseline_year INTEGER, target_pct DOUBLE, dispensation VARCHAR';
  out.push(
    active.length === 0
      ? empty('out_development_plans', planCols)
      : tableFromColumns(
          'out_development_plans',
          [
            ['area_id', 'VARCHAR'],
            ['approved_date', 'DATE'],
            ['baseline_year', 'INTEGER'],
            ['target_pct', 'DOUBLE'],
            ['dispensation', 'VARCHAR'],
          ],
          [
            active.map((p) => p.area.areaId),
            active.map(() => DEVELOPMENT_PLANS.approvedDate),
            active.map(() => DEVELOPMENT_PLANS.baselineYear),
            active.map((p) => p.targetPct),
            active.map((p) => p.dispensation),
          ],
        ),
  );

  const rows: (PlanLine & { areaId: string; reportYear: number; status: ReportStatus })[] = [];
  const unitsByArea = new Map<string, Map<number, number>>();
  active.forEach((plan, i) => {
    const c = counts.get(plan.area.areaId) ?? noCounts;
    for (let r = PLAN_PROGRAMME.firstYear; r <= lastReport; r++) {
      const status = reportStatus(i, active.length, r, lastReport);
      const lines = reportLines(
        c,
        plan,
        baseOfArea.get(plan.area.areaId) ?? 0,
        r,
        toYear,
        status === 'accepted',
      );
      for (const l of lines) rows.push({ ...l, areaId: plan.area.areaId, reportYear: r, status });
    }
    const start = reportLines(c, plan, 0, PLAN_PROGRAMME.firstYear, toYear, true)[0]?.publicFamily ?? 0;
    unitsByArea.set(plan.area.areaId, commercialUnitsByYear(plan, start));
  });
  const reportCols =
    'area_id VARCHAR, report_year INTEGER, status VARCHAR, year INTEGER, kind VARCHAR, public_family_dwellings INTEGER, ' +
    'other_dwellings INTEGER, commercial_m2 DOUBLE, relabelled INTEGER, sold INTEGER, demolished INTEGER, ' +
    'built_dwellings INTEGER, built_commercial_units INTEGER';
  out.push(
    rows.length === 0
      ? empty('out_plan_reports', reportCols)
      : tableFromColumns(
          'out_plan_reports',
          reportCols.split(', ').map((c) => c.split(' ') as [string, string]),
          [
            rows.map((r) => r.areaId),
            rows.map((r) => r.reportYear),
            rows.map((r) => r.status),
            rows.map((r) => r.year),
            rows.map((r) => r.kind),
            rows.map((r) => r.publicFamily),
            rows.map((r) => r.other),
            rows.map((r) => r.commercialM2),
            rows.map((r) => r.relabelled),
            rows.map((r) => r.sold),
            rows.map((r) => r.demolished),
            rows.map((r) => r.builtDwellings),
            rows.map((r) => r.builtCommercialUnits),
          ],
        ),
  );

  // Commercial floor on 1 January: the parcel's own, plus a plan's units built in the years before on its first parcel.
  const floor: { year: number; parcel: string; m2: number }[] = [];
  for (let y = fromYear; y <= toYear; y++)
    parcels.forEach((p, i) => {
      if (p.validFrom > y) return;
      const units = firstParcel.get(p.areaId) === i ? sumTo(unitsByArea.get(p.areaId), y - 1) : 0;
      const m2 = (base[i] ?? 0) + COMMERCIAL_FLOOR.m2PerUnit * units;
      if (m2 > 0) floor.push({ year: y, parcel: p.parcelId, m2 });
    });
  out.push(
    floor.length === 0
      ? empty('out_commercial_floor', 'year INTEGER, parcel_id VARCHAR, floor_m2 DOUBLE')
      : tableFromColumns(
          'out_commercial_floor',
          [
            ['year', 'INTEGER'],
            ['parcel_id', 'VARCHAR'],
            ['floor_m2', 'DOUBLE'],
          ],
          [floor.map((f) => f.year), floor.map((f) => f.parcel), floor.map((f) => f.m2)],
        ),
  );
  return out;
}

/** The delivery's selects of the plan tables, in key order. */
export function planSelects(): { development_plans: Query; plan_reports: Query; commercial_floor: Query } {
  return {
    commercial_floor: query(
      `SELECT year, parcel_id, floor_m2 FROM out_commercial_floor ORDER BY year, parcel_id`,
    ),
    development_plans: query(`
      SELECT area_id, approved_date, baseline_year, target_pct, dispensation FROM out_development_plans ORDER BY area_id`),
    plan_reports: query(`
      SELECT area_id, report_year, status, year, kind, public_family_dwellings, other_dwellings, commercial_m2,
        relabelled, sold, demolished, built_dwellings, built_commercial_units
      FROM out_plan_reports ORDER BY area_id, report_year, year`),
  };
}
