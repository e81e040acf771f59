import type { Rational } from '../exact/rational.ts';
import type { AreaId } from '../model/ids.ts';
import { PLAN_DEADLINE_YEAR, type PlanAccount, type PlanAccountLine } from './planAccount.ts';
import { publicFamilySharePct, sumParts, type ShareParts } from './planShare.ts';

/** One row of table 2.3: the pooled share over the plans, or why it is not known. */
export interface CategoryShareRow {
  /** `start`, a year (`2019`), or `final`. */
  readonly key: string;
  readonly labelDa: string;
  readonly parts: ShareParts | null;
  readonly sharePct: Rational | null;
  /** Whether the row's lines are all realised, all planned, or both (plans whose standing reports differ). */
  readonly kind: 'realised' | 'planned' | 'mixed' | null;
  /** Why the share is not known (a plan without the year's line, nothing counted); null when it is. */
  readonly whyDa: string | null;
}

/** Table 2.3's series: the plans it pools, those it leaves out (no accepted report) and its rows. */
export interface CategoryShareSeries {
  readonly included: readonly AreaId[];
  readonly excluded: readonly { readonly areaId: AreaId; readonly whyDa: string }[];
  readonly rows: readonly CategoryShareRow[];
}

/**
 * The share of public family dwellings over the plan areas (domain §9, seed table 2.3): per row, Σ public family
 * dwellings / Σ (dwellings + commercial m² / 75) over the plans with an accepted report, each by its standing
 * report — "start" from each plan's baseline line, then every year to 2030, then the final share from each
 * plan's projection. A plan without an accepted report is left out and named; a year a pooled plan has no line
 * for is unknown, naming the plan.
 */
export function planCategorySeries(accounts: readonly PlanAccount[]): CategoryShareSeries {
  const included = accounts.filter((a) => a.reportYear !== null);
  const excluded = accounts
    .filter((a) => a.reportYear === null)
    .map((a) => ({
      areaId: a.plan.areaId,
      whyDa: a.status.kind === 'unknown' ? a.status.whyDa : 'ingen godkendt årsrapport',
    }));
  const firstYear = Math.min(...included.map((a) => a.plan.baselineYear + 1), PLAN_DEADLINE_YEAR);
  const years = Array.from({ length: PLAN_DEADLINE_YEAR - firstYear + 1 }, (_, i) => firstYear + i);
  const row = (
    key: string,
    labelDa: string,
    lineOf: (a: PlanAccount) => PlanAccountLine | null,
    absentDa: (a: PlanAccount) => string,
  ): CategoryShareRow => {
    const lacking = included.filter((a) => lineOf(a) === null);
    if (included.length === 0)
      return {
        key,
        labelDa,
        parts: null,
        sharePct: null,
        kind: null,
        whyDa: 'ingen plan med en godkendt årsrapport',
      };
    if (lacking.length > 0)
      return {
        key,
        labelDa,
        parts: null,
        sharePct: null,
        kind: null,
        whyDa: lacking.map((a) => `${a.plan.areaId}: ${absentDa(a)}`).join('; '),
      };
    const lines = included.map((a) => lineOf(a) as PlanAccountLine);
    const parts = sumParts(lines);
    const sharePct = publicFamilySharePct(parts);
    const kinds = new Set(lines.map((l) => l.kind));
    return {
      key,
      labelDa,
      parts,
      sharePct,
      kind: kinds.size > 1 ? 'mixed' : (lines[0]?.kind ?? null),
      whyDa: sharePct === null ? 'linjerne tæller hverken boliger eller erhvervsareal' : null,
    };
  };
  const lineIn = (a: PlanAccount, year: number): PlanAccountLine | null =>
    year <= a.plan.baselineYear
      ? a.start
      : ([...a.realised, ...a.planned].find((l) => l.year === year) ?? null);
  return {
    included: included.map((a) => a.plan.areaId),
    excluded,
    rows: [
      row(
        'start',
        'Start',
        (a) => a.start,
        (a) => `ingen linje for startåret ${a.plan.baselineYear}`,
      ),
      ...years.map((y) =>
        row(
          String(y),
          String(y),
          (a) => lineIn(a, y),
          () => `ingen linje for ${y}`,
        ),
      ),
      row(
        'final',
        'Endelig andel',
        (a) => a.projection,
        (a) => (a.status.kind === 'unknown' ? a.status.whyDa : 'ingen fremskrivning'),
      ),
    ],
  };
}

/** The actions a plan accounts for (seed § 2.5), in the order the text names them. */
export const PLAN_ACTIONS = [
  'relabelled',
  'sold',
  'builtDwellings',
  'builtCommercialUnits',
  'demolished',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Section 2.5's totals over the pooled plans: per action the realised and the planned count. */
export interface PlanActionTotals {
  readonly realised: Readonly<Record<PlanAction, number>>;
  readonly planned: Readonly<Record<PlanAction, number>>;
  /** The last realised year among the pooled plans' standing reports (null: none realised yet). */
  readonly lastRealisedYear: number | null;
}

/** Σ over the plans with an accepted report of each action, realised (after the baseline) and planned (to 2030). */
export function planActionTotals(accounts: readonly PlanAccount[]): PlanActionTotals {
  const zero = (): Record<PlanAction, number> =>
    Object.fromEntries(PLAN_ACTIONS.map((k) => [k, 0])) as Record<PlanAction, number>;
  const realised = zero();
  const planned = zero();
  let lastRealisedYear: number | null = null;
  for (const a of accounts) {
    if (a.reportYear === null) continue;
    for (const l of a.realised) {
      for (const k of PLAN_ACTIONS) realised[k] += l[k];
      lastRealisedYear = Math.max(lastRealisedYear ?? l.year, l.year);
    }
    for (const l of a.planned) for (const k of PLAN_ACTIONS) planned[k] += l[k];
  }
  return { realised, planned, lastRealisedYear };
}
