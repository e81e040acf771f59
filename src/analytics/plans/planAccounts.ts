import type { AreaId, Year } from '../../core/model/ids.ts';
import { planAccount, type PlanAccount } from '../../core/plans/planAccount.ts';
import type { OmdannelseListing } from '../../core/plans/planModel.ts';
import type { PlanOptions } from '../../core/plans/planOptions.ts';
import type { PlanTables } from './readPlanTables.ts';

/** Whether a plan counts in list year Y: approved on or before 1 December Y. */
export function approvedBy(approvedDate: string, listYear: Year): boolean {
  return approvedDate <= `${listYear}-12-01`;
}

/**
 * Every plan approved by 1 December of the list year with its accounts (src/core/plans), in area order. Without
 * `plan_reports` in the delivery every plan's status is unknown, saying so.
 */
export function planAccountsOf(
  tables: Extract<PlanTables, { kind: 'present' }>,
  listYear: Year,
  listingOf: (area: AreaId) => OmdannelseListing,
  options: PlanOptions,
): PlanAccount[] {
  return tables.plans
    .filter((p) => approvedBy(p.approvedDate, listYear))
    .map((p) => {
      const account = planAccount(p, tables.reports ?? [], {
        listYear,
        listing: listingOf(p.areaId),
        options,
      });
      return tables.reports === null
        ? {
            ...account,
            status: { kind: 'unknown', whyDa: 'leveringen indeholder ikke årsrapporterne (plan_reports)' },
          }
        : account;
    });
}
