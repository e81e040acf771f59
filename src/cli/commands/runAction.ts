import { parseMemoryLimit, parseThreads } from '../settings.ts';
import { readRuleSetArg } from '../../io/readRuleSetArg.ts';
import { runDelivery, type RunDeliveryOptions, type RunDeliveryReport } from '../../runs/runDelivery.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { sortedDesignations } from '../../reports/lists/listsCsv.ts';
import { summaryDa } from '../../reports/lists/summaryDa.ts';
import { LIST_OUTPUT_FILES } from '../../reports/lists/writeListOutputs.ts';
import { parseAssume } from '../assumeOption.ts';
import { deliveryRunOptions } from '../deliveryRunFlags.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import {
  printErr,
  printOut,
  printResult,
  printWarnings,
  reportFailure,
  type CommandOutput,
} from '../printReport.ts';
import { parseYears } from '../yearsOption.ts';
import { RUN_STAGE_NAMES_DA } from '../runStageNamesDa.ts';
import { stageProgress } from '../stageProgress.ts';
import type { RunFlags } from './run.ts';

export async function runCommand(flags: RunFlags, command: string): Promise<ExitCode> {
  const json = flags.json === true;
  const out: CommandOutput = { command: 'run', json };
  const usage: string[] = [];
  const years = flags.years === undefined ? undefined : parseYears(flags.years);
  if (years !== undefined && !years.ok) usage.push(years.error);
  if (years?.ok && years.value.some((y) => y < 2010)) usage.push('--years: the lists start in 2010');
  const assumptions = parseAssume(flags.assume ?? []);
  if (!assumptions.ok) usage.push(...assumptions.errors);
  // DuckDB's settings, read once here (declared in src/cli/settings.ts, defaults in analytics/dbSettings.ts).
  const threads = flags.threads === undefined ? undefined : parseThreads(flags.threads);
  if (threads !== undefined && !threads.ok) usage.push(threads.error);
  const memory = flags.memoryLimit === undefined ? undefined : parseMemoryLimit(flags.memoryLimit);
  if (memory !== undefined && !memory.ok) usage.push(memory.error);
  const ruleSet = flags.ruleset === undefined ? null : await readRuleSetArg(flags.ruleset);
  if (ruleSet !== null && !ruleSet.ok) {
    return reportFailure(out, ruleSet.usage ? EXIT.usage : EXIT.invalidInput, ruleSet.errors, usage);
  }
  if (usage.length > 0 || !assumptions.ok || (years !== undefined && !years.ok)) {
    return reportFailure(out, EXIT.usage, [], usage);
  }

  const progress = json ? undefined : stageProgress();
  const opts: RunDeliveryOptions = {
    delivery: flags.delivery,
    out: flags.out,
    ...(years?.ok ? { years: years.value } : {}),
    ruleSet: ruleSet?.ok ? ruleSet.value : null,
    assumptions: assumptions.value,
    quarantine: flags.quarantine === true,
    command,
    ...deliveryRunOptions(flags, { threads, memory }, progress, RUN_STAGE_NAMES_DA.write),
  };
  let report: RunDeliveryReport;
  try {
    report = await runDelivery(opts);
  } finally {
    progress?.stop();
  }
  return printRunReport(report, out);
}

function printRunReport(report: RunDeliveryReport, out: CommandOutput): ExitCode {
  const json = out.json;
  switch (report.kind) {
    case 'usage':
      return reportFailure(out, EXIT.usage, [], report.messages);
    case 'invalid': {
      if (json) {
        return reportFailure(out, EXIT.invalidInput, [], validationReportLinesDa(report.validation), {
          validation: report.validation,
        });
      } else {
        for (const line of validationReportLinesDa(report.validation)) printErr(line);
        printErr(
          'Leverancen er ikke gyldig; intet er skrevet. Brug --quarantine for at sætte fejlrækker til side.',
        );
      }
      return EXIT.invalidInput;
    }
    case 'written': {
      if (json) {
        const designations = sortedDesignations(report.run);
        printResult(out, {
          outDir: report.outDir,
          workspace: report.workspace,
          runId: report.runId,
          files: [...LIST_OUTPUT_FILES, ...(report.validation.mode === 'quarantine' ? ['rejects.csv'] : [])],
          years: report.run.years,
          counts: report.run.years.flatMap((year) =>
            (report.run.ruleSets.get(year)?.lists ?? []).map(({ list }) => ({
              year,
              list,
              count: designations.filter((d) => d.year === year && d.list === list).length,
            })),
          ),
          rowCounts: report.validation.rowCounts,
          rejectedByRule: report.validation.rules.map((r) => ({ rule: r.ruleId, rows: r.count })),
          notComputable: report.notes,
          validation: report.validationCache,
          timings: report.timings,
        });
      } else {
        if (report.validation.mode === 'quarantine') {
          for (const line of validationReportLinesDa(report.validation)) printErr(line);
        }
        printWarnings([...report.notes, ...report.warnings]);
        if (report.validationCache.cached) printOut(validationReusedDa(report.validationCache.validatedAt));
        printOut(summaryDa(report.run));
        const files = [
          ...LIST_OUTPUT_FILES,
          ...(report.validation.mode === 'quarantine' ? ['rejects.csv'] : []),
        ];
        printOut(`Skrevet til ${report.outDir}: ${files.join(', ')}`);
      }
      return EXIT.ok;
    }
  }
}

/** The line a run prints when it reused the workspace's validation of an unchanged delivery. */
export const validationReusedDa = (validatedAt: string): string =>
  `Validering genbrugt: leverancen er uændret (SHA-256 af hver fil) siden valideringen ${validatedAt}.`;
