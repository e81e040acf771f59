import { rationalFromNumber } from '../../core/exact/rational.ts';
import { areaId } from '../../core/model/ids.ts';
import type {
  DevelopmentPlan,
  PlanDispensation,
  PlanLine,
  PlanReport,
  PlanReportStatus,
} from '../../core/plans/planModel.ts';
import type { Db } from '../db.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import { query } from '../sql.ts';

/**
 * The § 168 a tables of the workspace (contract A2, loaded as accepted rows): the approved plans and their
 * yearly reports. No person data is involved. `reports` is null when the workspace has no `plan_reports`.
 */
export type PlanTables =
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'present';
      readonly plans: readonly DevelopmentPlan[];
      readonly reports: readonly PlanReport[] | null;
    };

/** The plans, in area order. */
export const developmentPlansQuery = query(`
  SELECT area_id, CAST(approved_date AS VARCHAR) AS approved_date, baseline_year, target_pct, dispensation
  FROM development_plans
  ORDER BY area_id`);

/** The reports' lines, by area, report year and line year. */
export const planReportLinesQuery = query(`
  SELECT area_id, report_year, status, year, kind, public_family_dwellings, other_dwellings, commercial_m2,
    relabelled, sold, demolished, built_dwellings, built_commercial_units
  FROM plan_reports
  ORDER BY area_id, report_year, year`);

interface PlanRow {
  area_id: string;
  approved_date: string;
  baseline_year: number;
  target_pct: number;
  dispensation: string;
}

interface LineRow {
  area_id: string;
  report_year: number;
  status: string;
  year: number;
  kind: string;
  public_family_dwellings: number;
  other_dwellings: number;
  commercial_m2: number | null;
  relabelled: number | null;
  sold: number | null;
  demolished: number | null;
  built_dwellings: number | null;
  built_commercial_units: number | null;
}

/** Reads the workspace's plan tables into the core's types (absent when there is no `development_plans`). */
export async function readPlanTables(db: Db): Promise<PlanTables> {
  const tables = new Set(await workspaceTables(db));
  if (!tables.has('development_plans')) return { kind: 'absent' };
  const plans = (await db.all<PlanRow>(developmentPlansQuery)).map((r): DevelopmentPlan => ({
    areaId: areaId(r.area_id),
    approvedDate: r.approved_date,
    baselineYear: Number(r.baseline_year),
    targetPct: rationalFromNumber(Number(r.target_pct)),
    dispensation: r.dispensation as PlanDispensation,
  }));
  if (!tables.has('plan_reports')) return { kind: 'present', plans, reports: null };
  const reports = new Map<string, PlanReport & { lines: PlanLine[] }>();
  for (const r of await db.all<LineRow>(planReportLinesQuery)) {
    const key = `${r.area_id}\u0000${r.report_year}`;
    let report = reports.get(key);
    if (report === undefined) {
      report = {
        areaId: areaId(r.area_id),
        reportYear: Number(r.report_year),
        status: r.status as PlanReportStatus,
        lines: [],
      };
      reports.set(key, report);
    }
    report.lines.push({
      year: Number(r.year),
      kind: r.kind === 'planned' ? 'planned' : 'realised',
      publicFamilyDwellings: Number(r.public_family_dwellings),
      otherDwellings: Number(r.other_dwellings),
      commercialM2: rationalFromNumber(Number(r.commercial_m2 ?? 0)),
      relabelled: Number(r.relabelled ?? 0),
      sold: Number(r.sold ?? 0),
      demolished: Number(r.demolished ?? 0),
      builtDwellings: Number(r.built_dwellings ?? 0),
      builtCommercialUnits: Number(r.built_commercial_units ?? 0),
    });
  }
  return { kind: 'present', plans, reports: [...reports.values()] };
}
