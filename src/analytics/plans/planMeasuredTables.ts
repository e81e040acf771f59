import { toNumber } from '../../core/exact/rational.ts';
import type { MeasuredTable } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic } from '../../core/model/statistic.ts';
import type { PlanAccount } from '../../core/plans/planAccount.ts';
import {
  PLAN_ACTIONS,
  planActionTotals,
  planCategorySeries,
  type CategoryShareSeries,
  type PlanActionTotals,
} from '../../core/plans/planCategorySeries.ts';

export const TABLE_2_3 = 'tabel-2.3';
export const SECTION_2_5 = 'afsnit-2.5';
export const SECTION_2_5_COLUMNS = ['realised', 'planned', 'total'] as const;

/**
 * A number from the housing organisations' reports: dwellings and shares of dwellings, not persons. Disclosure
 * control's primary rules count persons (`disclosureMinCount`, `disclosureMinPersons`: "et antal personer"), so
 * none applies: the cell goes through disclosure control as a derived number resting on no persons, and is
 * published (docs/plans.md). Secondary suppression and the audit still see it and its relations.
 */
const dwellings = (value: number): Statistic => ({ kind: 'derived', value, persons: [] });

/** Table 2.3 (the pooled share of public family dwellings per row) and section 2.5's action totals. */
export interface PlanReportMeasures {
  readonly series: CategoryShareSeries;
  readonly totals: PlanActionTotals;
  readonly tables: readonly MeasuredTable[];
}

/** The report's measured plan tables from the plan areas' accounts. */
export function planMeasuredTables(accounts: readonly PlanAccount[]): PlanReportMeasures {
  const series = planCategorySeries(accounts);
  const totals = planActionTotals(accounts);
  const shareCells: MeasuredCell[] = series.rows.map((r) => ({
    row: r.key,
    column: 'share',
    unit: 'pct',
    statistic:
      r.sharePct === null ? { kind: 'missing', why: r.whyDa ?? 'ukendt' } : dwellings(toNumber(r.sharePct)),
  }));
  const actionCells: MeasuredCell[] = PLAN_ACTIONS.flatMap((action) => {
    const realised = totals.realised[action];
    const planned = totals.planned[action];
    const values = { realised, planned, total: realised + planned };
    return SECTION_2_5_COLUMNS.map((column): MeasuredCell => ({
      row: action,
      column,
      unit: 'count',
      statistic: dwellings(values[column]),
    }));
  });
  return {
    series,
    totals,
    tables: [
      { id: TABLE_2_3, cells: shareCells, relations: [] },
      {
        id: SECTION_2_5,
        cells: actionCells,
        relations: PLAN_ACTIONS.map((action) => ({
          total: { table: SECTION_2_5, row: action, column: 'total' },
          parts: (['realised', 'planned'] as const).map((column) => ({
            cell: { table: SECTION_2_5, row: action, column },
            coefficient: 1,
          })),
        })),
      },
    ],
  };
}
