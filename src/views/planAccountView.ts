import { toDecimalString, type Rational } from '../core/exact/rational.ts';
import type { PlanAccount, PlanAccountLine } from '../core/plans/planAccount.ts';

/** A plan account as JSON (exact shares as decimal strings, 12 decimals at most). */
export interface PlanAccountJson {
  readonly areaId: string;
  readonly name: string;
  readonly approvedDate: string;
  readonly baselineYear: number;
  readonly dispensation: string;
  readonly targetPct: string;
  readonly reportYear: number | null;
  readonly notCounted: readonly { readonly reportYear: number; readonly status: string }[];
  readonly lines: readonly (Omit<PlanAccountLine, 'commercialM2' | 'sharePct'> & {
    readonly role: 'start' | 'realised' | 'planned';
    readonly commercialM2: string;
    readonly sharePct: string | null;
  })[];
  readonly projection: { readonly year: number; readonly sharePct: string | null } | null;
  readonly status: string;
  readonly reasonDa: string;
  readonly omdannelseList: string;
  readonly dutyDa: string | null;
  readonly notesDa: readonly string[];
}

const dec = (x: Rational | null): string | null => (x === null ? null : toDecimalString(x, 12));

/** The account of one plan area for `--json` and the web. */
export function planAccountJson(a: PlanAccount, name: string): PlanAccountJson {
  const line = (role: 'start' | 'realised' | 'planned', l: PlanAccountLine) => ({
    ...l,
    role,
    commercialM2: dec(l.commercialM2) ?? '0',
    sharePct: dec(l.sharePct),
  });
  return {
    areaId: a.plan.areaId,
    name,
    approvedDate: a.plan.approvedDate,
    baselineYear: a.plan.baselineYear,
    dispensation: a.plan.dispensation,
    targetPct: dec(a.targetPct) ?? '',
    reportYear: a.reportYear,
    notCounted: a.notCounted,
    lines: [
      ...(a.start === null ? [] : [line('start', a.start)]),
      ...a.realised.map((l) => line('realised', l)),
      ...a.planned.map((l) => line('planned', l)),
    ],
    projection:
      a.projection === null ? null : { year: a.projection.year, sharePct: dec(a.projection.sharePct) },
    status: a.status.kind,
    reasonDa: a.status.kind === 'unknown' ? a.status.whyDa : a.status.reasonDa,
    omdannelseList: a.listing,
    dutyDa: a.dutyDa,
    notesDa: a.notesDa,
  };
}
