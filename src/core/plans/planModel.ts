import type { Rational } from '../exact/rational.ts';
import type { AreaId } from '../model/ids.ts';

/** The dispensation a plan was approved with (almenboligloven § 168 a, stk. 3 or stk. 4), or none. */
export const PLAN_DISPENSATIONS = ['none', 'stk3', 'stk4'] as const;
export type PlanDispensation = (typeof PLAN_DISPENSATIONS)[number];

/** An approved § 168 a development plan (contract A2 `development_plans`). */
export interface DevelopmentPlan {
  readonly areaId: AreaId;
  /** `YYYY-MM-DD`. */
  readonly approvedDate: string;
  /** The "start" of the accounting (usually 2018). */
  readonly baselineYear: number;
  /** The target share in percent as delivered: 40, or the dispensation's share. */
  readonly targetPct: Rational;
  readonly dispensation: PlanDispensation;
}

export const PLAN_REPORT_STATUSES = ['accepted', 'not_accepted', 'pending'] as const;
/** Whether the ministry took a yearly report into account (`accepted`), rejected it, or has not yet decided. */
export type PlanReportStatus = (typeof PLAN_REPORT_STATUSES)[number];

/** One line of a yearly report: the state at the end of `year` and that year's actions. */
export interface PlanLine {
  readonly year: number;
  readonly kind: 'realised' | 'planned';
  readonly publicFamilyDwellings: number;
  readonly otherDwellings: number;
  /** Commercial floor area counted, exactly as delivered (75 m² = one dwelling). */
  readonly commercialM2: Rational;
  readonly relabelled: number;
  readonly sold: number;
  readonly demolished: number;
  readonly builtDwellings: number;
  readonly builtCommercialUnits: number;
}

/** A housing organisation's yearly report (1 October `reportYear`) on one plan (contract A2 `plan_reports`). */
export interface PlanReport {
  readonly areaId: AreaId;
  readonly reportYear: number;
  readonly status: PlanReportStatus;
  /** Its lines, one per year (the baseline year, then each year to 2030). */
  readonly lines: readonly PlanLine[];
}

/** Whether the area is on the omdannelse list of the list year: known on or off, or not known. */
export type OmdannelseListing = 'on' | 'off' | 'unknown';
