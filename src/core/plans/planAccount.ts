import { compare, type Rational } from '../exact/rational.ts';
import { latestAcceptedReport, reportsNotCounted } from './latestAcceptedReport.ts';
import type {
  DevelopmentPlan,
  OmdannelseListing,
  PlanLine,
  PlanReport,
  PlanReportStatus,
} from './planModel.ts';
import type { PlanOptions } from './planOptions.ts';
import {
  PLAN_TARGET_PCT,
  pctDa,
  publicFamilySharePct,
  shareAgainstTargetDa,
  targetMet,
} from './planShare.ts';

/** The year by whose 1 January the target must be reached. */
export const PLAN_DEADLINE_YEAR = 2030;

/** A line of the standing report with its share (null when the line counts no dwellings at all). */
export interface PlanAccountLine extends PlanLine {
  readonly sharePct: Rational | null;
}

/**
 * Whether the plan reaches its target by 1 January 2030, by the standing report's projection: on track, not on
 * track, or unknown with why (no accepted report, no line to project from) — never "not on track" for want of
 * a report.
 */
export type PlanStatus =
  | {
      readonly kind: 'onTrack' | 'notOnTrack';
      readonly projectedPct: Rational;
      readonly projectedYear: number;
      readonly reasonDa: string;
    }
  | { readonly kind: 'unknown'; readonly whyDa: string };

/** One plan area's accounts in list year Y (domain §5, §9). */
export interface PlanAccount {
  readonly plan: DevelopmentPlan;
  /** The share the plan must reach: 40 pct., or the dispensation's share. */
  readonly targetPct: Rational;
  readonly targetDa: string;
  /** The year of the standing (latest accepted) report; null when none was accepted. */
  readonly reportYear: number | null;
  /** Later reports that do not count (not accepted, pending), oldest first. */
  readonly notCounted: readonly { readonly reportYear: number; readonly status: PlanReportStatus }[];
  /** The baseline line ("start"), the realised years after it, and the planned years to 2030. */
  readonly start: PlanAccountLine | null;
  readonly realised: readonly PlanAccountLine[];
  readonly planned: readonly PlanAccountLine[];
  /** The line the status is projected from (per `plans.projection`). */
  readonly projection: PlanAccountLine | null;
  readonly status: PlanStatus;
  readonly listing: OmdannelseListing;
  /** Why the duty stands though the area is not on the omdannelse list; null when it is on it (or unknown). */
  readonly dutyDa: string | null;
  /** Other remarks on the plan's data (a target that disagrees with the dispensation, …). */
  readonly notesDa: readonly string[];
}

export interface PlanAccountContext {
  readonly listYear: number;
  readonly listing: OmdannelseListing;
  readonly options: PlanOptions;
}

const STATUS_DA: Readonly<Record<PlanReportStatus, string>> = {
  accepted: 'taget til efterretning',
  not_accepted: 'ikke taget til efterretning',
  pending: 'endnu ikke behandlet',
};

const DISPENSATION_DA = { stk3: '§ 168 a, stk. 3', stk4: '§ 168 a, stk. 4' } as const;

/** Danish status words: `på rette spor`, `ikke på rette spor`, `ukendt`. */
export const PLAN_STATUS_DA: Readonly<Record<PlanStatus['kind'], string>> = {
  onTrack: 'på rette spor',
  notOnTrack: 'ikke på rette spor',
  unknown: 'ukendt',
};

/** A plan's accounts from its reports: the standing report's lines, its projection to 2030 and its status. */
export function planAccount(
  plan: DevelopmentPlan,
  reports: readonly PlanReport[],
  ctx: PlanAccountContext,
): PlanAccount {
  const notesDa: string[] = [];
  let targetPct = PLAN_TARGET_PCT;
  let targetDa = pctDa(PLAN_TARGET_PCT);
  if (plan.dispensation === 'none') {
    if (compare(plan.targetPct, PLAN_TARGET_PCT) !== 0)
      notesDa.push(
        `Planen har ingen dispensation, men en målandel på ${pctDa(plan.targetPct)}; målet er lovens ${pctDa(PLAN_TARGET_PCT)}.`,
      );
  } else {
    targetPct = plan.targetPct;
    targetDa = `${pctDa(plan.targetPct)} (dispensation efter ${DISPENSATION_DA[plan.dispensation]})`;
  }
  const own = reports.filter((r) => r.areaId === plan.areaId);
  const standing = latestAcceptedReport(own, ctx.listYear);
  const notCounted = reportsNotCounted(own, ctx.listYear).map((r) => ({
    reportYear: r.reportYear,
    status: r.status,
  }));
  const lines: PlanAccountLine[] = [...(standing?.lines ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((l) => ({ ...l, sharePct: publicFamilySharePct(l) }));
  const start = lines.find((l) => l.year === plan.baselineYear) ?? null;
  const after = lines.filter((l) => l.year > plan.baselineYear && l.year <= PLAN_DEADLINE_YEAR);
  const realised = after.filter((l) => l.kind === 'realised');
  const planned = after.filter((l) => l.kind === 'planned');
  const projection =
    ctx.options['plans.projection'] === 'line2030'
      ? (after.find((l) => l.year === PLAN_DEADLINE_YEAR) ?? null)
      : (planned.at(-1) ?? null);
  const status = statusOf(standing, projection, targetPct, notCounted, ctx);
  const dutyDa =
    ctx.listing === 'off'
      ? `Området er ikke på listen over omdannelsesområder pr. 1. december ${ctx.listYear}, men udviklingsplanen ` +
        `og pligten til at nedbringe andelen af almene familieboliger til højst ${targetDa} inden 1. januar ` +
        `${PLAN_DEADLINE_YEAR} består (almenboligloven § 168 a).`
      : null;
  if (standing !== null && start === null)
    notesDa.push(
      `Årsrapporten for ${standing.reportYear} har ingen linje for startåret ${plan.baselineYear}.`,
    );
  return {
    plan,
    targetPct,
    targetDa,
    reportYear: standing?.reportYear ?? null,
    notCounted,
    start,
    realised,
    planned,
    projection,
    status,
    listing: ctx.listing,
    dutyDa,
    notesDa,
  };
}

function statusOf(
  standing: PlanReport | null,
  projection: PlanAccountLine | null,
  targetPct: Rational,
  notCounted: PlanAccount['notCounted'],
  ctx: PlanAccountContext,
): PlanStatus {
  if (standing === null) {
    const later = notCounted.map((r) => `årsrapporten for ${r.reportYear} er ${STATUS_DA[r.status]}`);
    return {
      kind: 'unknown',
      whyDa:
        `ingen årsrapport til og med ${ctx.listYear} er taget til efterretning` +
        (later.length > 0 ? ` (${later.join('; ')})` : ''),
    };
  }
  if (projection === null) {
    return {
      kind: 'unknown',
      whyDa:
        ctx.options['plans.projection'] === 'line2030'
          ? `årsrapporten for ${standing.reportYear} har ingen linje for ${PLAN_DEADLINE_YEAR}`
          : `årsrapporten for ${standing.reportYear} har ingen planlagte linjer`,
    };
  }
  if (projection.sharePct === null) {
    return {
      kind: 'unknown',
      whyDa: `årsrapportens linje for ${projection.year} tæller hverken boliger eller erhvervsareal`,
    };
  }
  const word = projection.kind === 'planned' ? 'planlagt' : 'opnået';
  return {
    kind: targetMet(projection.sharePct, targetPct) ? 'onTrack' : 'notOnTrack',
    projectedPct: projection.sharePct,
    projectedYear: projection.year,
    reasonDa: `${word} ${shareAgainstTargetDa(projection.sharePct, targetPct).replace(' pct. ', ` pct. i ${projection.year} `)}`,
  };
}
