import type { Db } from '../analytics/db.ts';
import type { Query } from '../analytics/sql.ts';
import { developmentPlanAreas } from './developmentPlanAreas.ts';
import {
  dwellingEventQueries,
  housingStockSelects,
  lettingAndVacancyQueries,
  planLocations,
} from './housingStockQueries.ts';
import type { LocationPlan } from './locationPlan.ts';
import type { SynthParcel } from './placeQueries.ts';
import { planCountQueries, planSelects, planTableQueries, type PlanAreaCounts } from './planQueries.ts';

/** The housing stock, letting and development plan tables the generator writes (data contract §A2). */
export const HOUSING_TABLES = [
  'dwelling_events',
  'commercial_floor',
  'lettings',
  'vacancies',
  'development_plans',
  'plan_reports',
] as const;
export type HousingTable = (typeof HOUSING_TABLES)[number];

export interface HousingContext {
  readonly seed: number;
  readonly plan: LocationPlan;
  readonly parcels: readonly SynthParcel[];
  readonly fromYear: number;
  readonly toYear: number;
}

/**
 * Generates the §A2 tables in the generator's database, after the moves (it rehouses the residents of
 * demolished dwellings, so it must run before the residence table is written) and after `out_parcels`; returns
 * their selects.
 */
export async function generateHousingStock(
  db: Db,
  ctx: HousingContext,
): Promise<Record<HousingTable, Query>> {
  const { seed, plan, parcels, fromYear, toYear } = ctx;
  const locOf = new Map(plan.locations.flatMap((l) => (l.area === undefined ? [] : [[l.area.index, l.loc]])));
  const plans = planLocations(seed, developmentPlanAreas(plan.areas), locOf);
  for (const q of [...dwellingEventQueries(plans, toYear), ...lettingAndVacancyQueries(fromYear, toYear)])
    await db.run(q);
  const counts = new Map<
    string,
    {
      familyBuilt: Map<number, number>;
      otherBuilt: Map<number, number>;
      events: Map<string, Map<number, number>>;
    }
  >();
  const of = (area: string) => {
    let c = counts.get(area);
    if (c === undefined) {
      c = { familyBuilt: new Map(), otherBuilt: new Map(), events: new Map() };
      counts.set(area, c);
    }
    return c;
  };
  for (const r of await db.all<{ area_id: string; built_year: number; family: boolean; n: number }>(
    planCountQueries.dwellings,
  )) {
    const m = r.family ? of(r.area_id).familyBuilt : of(r.area_id).otherBuilt;
    m.set(Number(r.built_year), Number(r.n));
  }
  for (const r of await db.all<{ area_id: string; event: string; year: number; n: number }>(
    planCountQueries.events,
  )) {
    const c = of(r.area_id);
    const m = c.events.get(r.event) ?? new Map<number, number>();
    m.set(Number(r.year), Number(r.n));
    c.events.set(r.event, m);
  }
  for (const q of planTableQueries(
    seed,
    plans,
    counts as ReadonlyMap<string, PlanAreaCounts>,
    parcels,
    fromYear,
    toYear,
  ))
    await db.run(q);
  return { ...housingStockSelects(), ...planSelects() };
}
