import type { Db } from '../analytics/db.ts';
import { planAccountsOf } from '../analytics/plans/planAccounts.ts';
import { planMeasuredTables } from '../analytics/plans/planMeasuredTables.ts';
import { readPlanTables } from '../analytics/plans/readPlanTables.ts';
import type { AreaId, Year } from '../core/model/ids.ts';
import type { ListRun } from '../core/model/listRun.ts';
import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { PlanAccount } from '../core/plans/planAccount.ts';
import type { OmdannelseListing } from '../core/plans/planModel.ts';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../core/plans/planOptions.ts';
import type { PlanSheetInput } from '../reports/lists/plansSheet.ts';
import { planFactsFrom } from '../views/report/planFacts.ts';
import { plansCatalogue, type PlansContext } from '../views/report/plansCatalogue.ts';
import type { ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import type { ReportTableSpec } from '../views/report/reportTableFrom.ts';

/** What the report's section 2.5 adds to a report run: measured tables, their specs, its facts, the manifest's part. */
export interface PlanReportSection {
  readonly measured: readonly MeasuredTable[];
  readonly specs: readonly ReportTableSpec[];
  readonly facts: (tables: readonly ReportTable[]) => ReportFact[];
  readonly manifest: Readonly<Record<string, unknown>>;
}

/** Whether each area is on the omdannelse list of the list year, from the run (unknown for a year not computed). */
export function omdannelseListingOf(run: ListRun, listYear: Year): (area: AreaId) => OmdannelseListing {
  const on = new Set(
    run.designations.filter((d) => d.year === listYear && d.list === 'omdannelse').map((d) => d.areaId),
  );
  const known = run.years.includes(listYear);
  return (area) => (on.has(area) ? 'on' : known ? 'off' : 'unknown');
}

/** An area's name in the run's figures of the list year (its id when there is none). */
export function areaNameOf(run: ListRun, listYear: Year): (area: AreaId) => string {
  const names = new Map(run.figures.filter((f) => f.year === listYear).map((f) => [f.areaId, f.name]));
  return (area) => names.get(area) ?? area;
}

/** The plan areas' accounts of the list year from the open workspace; null when it has no `development_plans`. */
export async function planAccountsFromWorkspace(
  db: Db,
  run: ListRun,
  listYear: Year,
  options: PlanOptions,
): Promise<{ readonly accounts: PlanAccount[]; readonly hasReports: boolean } | null> {
  const tables = await readPlanTables(db);
  if (tables.kind === 'absent') return null;
  return {
    accounts: planAccountsOf(tables, listYear, omdannelseListingOf(run, listYear), options),
    hasReports: tables.reports !== null,
  };
}

/**
 * Table 2.3 and section 2.5 (domain §9) from the workspace's plan tables. Without `development_plans` and
 * `plan_reports` nothing is measured, and the template shows both items as missing (REPORT_ITEM_INPUTS).
 */
export async function planReportSection(
  db: Db,
  run: ListRun,
  opts: {
    readonly listYear: Year;
    readonly sourceDa: string;
    readonly options?: PlanOptions;
  },
): Promise<PlanReportSection> {
  const options = opts.options ?? DEFAULT_PLAN_OPTIONS;
  const found = await planAccountsFromWorkspace(db, run, opts.listYear, options);
  if (found === null || !found.hasReports)
    return {
      measured: [],
      specs: [],
      facts: (tables) => planFactsFrom(null, tables),
      manifest: { options, plans: found?.accounts.length ?? null, reports: false },
    };
  const m = planMeasuredTables(found.accounts);
  const ctx: PlansContext = {
    listYear: opts.listYear,
    accounts: found.accounts,
    series: m.series,
    lastRealisedYear: m.totals.lastRealisedYear,
    sourceDa: opts.sourceDa,
    nameOf: areaNameOf(run, opts.listYear),
  };
  return {
    measured: m.tables,
    specs: plansCatalogue(ctx),
    facts: (tables) => planFactsFrom(ctx, tables),
    manifest: {
      options,
      plans: found.accounts.map((a) => ({
        areaId: a.plan.areaId,
        reportYear: a.reportYear,
        status: a.status.kind,
        listing: a.listing,
      })),
      reports: true,
    },
  };
}

/**
 * The plans sheet of `lister.xlsx` for a list run: the accounts of the run's latest year with the default plan
 * options; undefined when the workspace has no `development_plans`.
 */
export async function planSheetOf(db: Db, run: ListRun): Promise<PlanSheetInput | undefined> {
  if (run.years.length === 0) return undefined;
  const listYear = Math.max(...run.years);
  const found = await planAccountsFromWorkspace(db, run, listYear, DEFAULT_PLAN_OPTIONS);
  return found === null
    ? undefined
    : { listYear, accounts: found.accounts, nameOf: areaNameOf(run, listYear) };
}
