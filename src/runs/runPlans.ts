import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../analytics/db.ts';
import { registerComparisons, type RegisterComparison } from '../analytics/plans/registerGaps.ts';
import type { RegisterPlanShares } from '../analytics/plans/registerPlanShares.ts';
import { rationalFromDecimal } from '../core/exact/rational.ts';
import type { Year } from '../core/model/ids.ts';
import type { PlanAccount } from '../core/plans/planAccount.ts';
import type { PlanOptions } from '../core/plans/planOptions.ts';
import { manifestJson } from '../reports/lists/manifestJson.ts';
import { runDelivery, type RunDeliveryOptions, type RunDeliveryReport } from './runDelivery.ts';
import { areaNameOf, planAccountsFromWorkspace } from './reportPlans.ts';

/** `boligmonitor plans`: the register pipeline for the list year (its lists), then the plan areas' accounts. */
export interface RunPlansOptions extends Omit<
  RunDeliveryOptions,
  'years' | 'writeOutputs' | 'ruleSet' | 'out'
> {
  readonly listYear: Year;
  readonly plans: PlanOptions;
  /** The registers' counts behind the share (src/analytics/housing); without it no comparison is made. */
  readonly registerShares?: RegisterPlanShares;
}

/** The registers' share beside the reported one: every comparison, and the gaps above the tolerance. */
export type RegisterCheck =
  | { readonly kind: 'notAvailable'; readonly whyDa: string }
  | {
      readonly kind: 'compared';
      readonly comparisons: readonly RegisterComparison[];
      readonly gaps: readonly RegisterComparison[];
    };

export type RunPlansResult =
  | {
      readonly kind: 'accounted';
      readonly listYear: Year;
      /** Null when the delivery has no `development_plans`. */
      readonly accounts: readonly PlanAccount[] | null;
      readonly names: ReadonlyMap<string, string>;
      readonly register: RegisterCheck;
      readonly notes: readonly string[];
    }
  | Exclude<RunDeliveryReport, { kind: 'written' }>;

/** The registers' comparison of the accounts, when the registers' counts can be read. */
export async function registerCheckOf(
  db: Db,
  accounts: readonly PlanAccount[],
  options: PlanOptions,
  source: RegisterPlanShares | undefined,
): Promise<RegisterCheck> {
  if (source === undefined)
    return {
      kind: 'notAvailable',
      whyDa:
        'andelen genberegnet fra registrene (dwellings, dwelling_events, commercial_floor) er ikke opgjort',
    };
  const tolerance = rationalFromDecimal(options['plans.registerGapTolerancePct']);
  if (tolerance === null) throw new Error('plans.registerGapTolerancePct: not a number');
  const rows = await source(
    db,
    accounts.map((a) => a.plan.areaId),
  );
  return { kind: 'compared', ...registerComparisons(accounts, rows, tolerance) };
}

/**
 * The § 168 a accounts of every plan approved by 1 December of the list year (domain §5, §9): computes the
 * list year's lists in the workspace (whether each area is still an omdannelse area), reads the plan tables and
 * writes nothing but the workspace (by default a temporary one, removed afterwards).
 */
export async function runPlans(opts: RunPlansOptions): Promise<RunPlansResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'boligmonitor-plans-'));
  try {
    let found: Omit<Extract<RunPlansResult, { kind: 'accounted' }>, 'notes'> | undefined;
    const report = await runDelivery({
      ...opts,
      workspace: opts.workspace ?? join(scratch, 'workspace.duckdb'),
      out: join(scratch, 'out'),
      years: [opts.listYear],
      ruleSet: null,
      writeOutputs: async (dir, output) => {
        const got = await planAccountsFromWorkspace(output.db, output.run, opts.listYear, opts.plans);
        const nameOf = areaNameOf(output.run, opts.listYear);
        found = {
          kind: 'accounted',
          listYear: opts.listYear,
          accounts: got?.accounts ?? null,
          names: new Map((got?.accounts ?? []).map((a) => [a.plan.areaId, nameOf(a.plan.areaId)])),
          register:
            got === null
              ? { kind: 'notAvailable', whyDa: 'leveringen indeholder ikke development_plans' }
              : await registerCheckOf(output.db, got.accounts, opts.plans, opts.registerShares),
        };
        // The run's manifest, which the workspace's runs table records (the directory itself is thrown away).
        const manifest = manifestJson(output.run, output.provenance, new Date(), []);
        await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
      },
    });
    if (report.kind !== 'written') return report;
    if (found === undefined) throw new Error('the plan accounts were not computed');
    return { ...found, notes: [...report.notes, ...report.warnings] };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
