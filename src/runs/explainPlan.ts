import { existsSync } from 'node:fs';
import { openWorkspaceReadOnly } from '../analytics/db.ts';
import { planAccountsOf } from '../analytics/plans/planAccounts.ts';
import { readPlanTables } from '../analytics/plans/readPlanTables.ts';
import type { Year } from '../core/model/ids.ts';
import type { ListRun } from '../core/model/listRun.ts';
import type { PlanAccount } from '../core/plans/planAccount.ts';
import { DEFAULT_PLAN_OPTIONS } from '../core/plans/planOptions.ts';
import { omdannelseListingOf } from './reportPlans.ts';

/** An area's § 168 a plan as `explain` shows it: its accounts, none, or why the plans are not known. */
export type ExplainedPlan =
  | { readonly kind: 'plan'; readonly account: PlanAccount }
  | { readonly kind: 'none'; readonly textDa: string }
  | { readonly kind: 'unknown'; readonly whyDa: string };

/**
 * The area's development plan from a finished workspace (read-only): its accounts in the list year, with
 * whether it is on the omdannelse list taken from `run` (the explained lists).
 */
export async function explainPlan(
  workspace: string,
  run: ListRun,
  area: string,
  listYear: Year,
): Promise<ExplainedPlan> {
  if (!existsSync(workspace)) return { kind: 'unknown', whyDa: `arbejdsområdet ${workspace} findes ikke` };
  const db = await openWorkspaceReadOnly(workspace, { threads: 1 });
  try {
    const tables = await readPlanTables(db);
    if (tables.kind === 'absent')
      return { kind: 'unknown', whyDa: 'arbejdsområdet indeholder ikke development_plans' };
    const account = planAccountsOf(
      tables,
      listYear,
      omdannelseListingOf(run, listYear),
      DEFAULT_PLAN_OPTIONS,
    ).find((a) => a.plan.areaId === area);
    return account === undefined
      ? { kind: 'none', textDa: `Området har ingen udviklingsplan godkendt senest 1. december ${listYear}.` }
      : { kind: 'plan', account };
  } finally {
    db.close();
  }
}
