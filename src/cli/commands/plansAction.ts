import { deliveryRunOptions } from '../deliveryRunFlags.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { parseAssume, splitAssume } from '../assumeOption.ts';
import { parseMemoryLimit, parseThreads } from '../settings.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import { stageProgress } from '../stageProgress.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { latestSnapshotYear } from '../../analytics/socialExport/latestSnapshotYear.ts';
import { registerPlanShares } from '../../analytics/housing/registerPlanShareQuery.ts';
import { isPlanOptionName, planOptionsFrom } from '../../core/plans/planOptions.ts';
import { formatRationalDa } from '../../core/format/formatDa.ts';
import { rationalFromDecimal, toDecimalString } from '../../core/exact/rational.ts';
import { planAccountsTextDa } from '../../reports/text/planAccountsTextDa.ts';
import { runPlans, type RunPlansOptions, type RunPlansResult } from '../../runs/runPlans.ts';
import { planAccountJson } from '../../views/planAccountView.ts';
import type { PlansFlags } from './plans.ts';

/** Splits `--assume` into the plan options and the rule book's assumptions; every problem of each is listed. */
function parsePlansAssume(values: readonly string[]) {
  const { pairs, rest } = splitAssume(values, isPlanOptionName);
  return { assumptions: parseAssume(rest), plans: planOptionsFrom(pairs) };
}

export async function plansCommand(flags: PlansFlags, command: string): Promise<ExitCode> {
  const out: CommandOutput = { command: 'plans', json: flags.json === true };
  const usage: string[] = [];
  const assume = parsePlansAssume(flags.assume ?? []);
  if (!assume.assumptions.ok) usage.push(...assume.assumptions.errors);
  if (!assume.plans.ok) usage.push(...assume.plans.errors.map((e) => `--assume: ${e}`));
  const threads = flags.threads === undefined ? undefined : parseThreads(flags.threads);
  if (threads !== undefined && !threads.ok) usage.push(threads.error);
  const memory = flags.memoryLimit === undefined ? undefined : parseMemoryLimit(flags.memoryLimit);
  if (memory !== undefined && !memory.ok) usage.push(memory.error);
  let year: number | null = null;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year.trim()) || year < 2018)
      usage.push(`--year ${flags.year}: expected a list year from 2018, e.g. 2024`);
  } else if (usage.length === 0) {
    year = await latestSnapshotYear(flags.delivery);
    if (year === null)
      usage.push(
        `--delivery ${flags.delivery}: no residence snapshot found (give --year or a delivery directory)`,
      );
  }
  if (usage.length > 0 || !assume.assumptions.ok || !assume.plans.ok || year === null)
    return reportFailure(out, EXIT.usage, [], usage);

  const plans = assume.plans.value;
  const progress = out.json ? undefined : stageProgress();
  const opts: RunPlansOptions = {
    delivery: flags.delivery,
    listYear: year,
    plans,
    registerShares: registerPlanShares,
    assumptions: assume.assumptions.value,
    quarantine: false,
    command,
    ...deliveryRunOptions(flags, { threads, memory }, progress, 'Udviklingsplaner'),
  };
  let result: RunPlansResult;
  try {
    result = await runPlans(opts);
  } finally {
    progress?.stop();
  }
  switch (result.kind) {
    case 'usage':
      return reportFailure(out, EXIT.usage, [], result.messages);
    case 'invalid':
      return reportFailure(out, EXIT.invalidInput, [], validationReportLinesDa(result.validation), {
        validation: result.validation,
      });
    case 'accounted': {
      const register = result.register;
      if (out.json) {
        printResult(out, {
          listYear: result.listYear,
          options: plans,
          plans:
            result.accounts === null
              ? null
              : result.accounts.map((a) =>
                  planAccountJson(a, result.names.get(a.plan.areaId) ?? a.plan.areaId),
                ),
          register:
            register.kind === 'notAvailable'
              ? { compared: false, whyDa: register.whyDa }
              : {
                  compared: true,
                  gaps: register.gaps.map((g) => ({
                    areaId: g.areaId,
                    lineYear: g.lineYear,
                    registerYear: g.registerYear,
                    reportedPct: g.reportedPct === null ? null : toDecimalString(g.reportedPct, 12),
                    registerPct: g.registerPct === null ? null : toDecimalString(g.registerPct, 12),
                  })),
                },
        });
        return EXIT.ok;
      }
      printWarnings(result.notes);
      const tolerance = rationalFromDecimal(plans['plans.registerGapTolerancePct']);
      printOut(
        planAccountsTextDa({
          listYear: result.listYear,
          accounts: result.accounts,
          names: result.names,
          registerWhyDa: register.kind === 'notAvailable' ? register.whyDa : null,
          gaps: register.kind === 'compared' ? register.gaps : [],
          toleranceDa: tolerance === null ? '?' : formatRationalDa(tolerance, 1),
        }),
      );
      return EXIT.ok;
    }
  }
}
