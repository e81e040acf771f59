import { existsSync, readdirSync } from 'node:fs';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { parseReportAssume } from '../assumeOption.ts';
import { parseMemoryLimit, parseThreads } from '../settings.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import { stageProgress } from '../stageProgress.ts';
import { deliveryRunOptions } from '../deliveryRunFlags.ts';
import { runReport, type RunReportOptions, type RunReportResult } from '../../runs/runReport.ts';
import { readReportTemplate, type ReadTemplate } from '../../reports/template/readReportTemplate.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { summaryDa } from '../../reports/lists/summaryDa.ts';
import { REPORT_MEMORY_LIMIT, type ReportFlags } from './report.ts';
import { readSuppliedTables, type SuppliedTables } from '../../io/readSuppliedTables.ts';

export async function reportCommand(flags: ReportFlags, command: string): Promise<ExitCode> {
  const out: CommandOutput = { command: 'report', json: flags.json === true };
  const usage: string[] = [];
  const year = Number(flags.year);
  if (!/^\d{4}$/.test(flags.year.trim()) || year < 2018) {
    usage.push(
      `--year ${flags.year}: expected a list year from 2018 (the report's series start then), e.g. 2024`,
    );
  }
  const assume = parseReportAssume(flags.assume ?? []);
  if (!assume.ok) usage.push(...assume.errors);
  const threads = flags.threads === undefined ? undefined : parseThreads(flags.threads);
  if (threads !== undefined && !threads.ok) usage.push(threads.error);
  const memory = flags.memoryLimit === undefined ? undefined : parseMemoryLimit(flags.memoryLimit);
  if (memory !== undefined && !memory.ok) usage.push(memory.error);
  if (flags.supplied !== undefined && !existsSync(flags.supplied))
    usage.push(`--supplied ${flags.supplied}: no such directory`);
  let template: ReadTemplate | undefined;
  try {
    template = await readReportTemplate(flags.template);
  } catch (e) {
    usage.push((e as Error).message);
  }
  if (usage.length > 0 || !assume.ok || template === undefined)
    return reportFailure(out, EXIT.usage, [], usage);
  let supplied: SuppliedTables | undefined;
  if (flags.supplied !== undefined) {
    const read = await readSuppliedTables(flags.supplied);
    if (!read.ok) return reportFailure(out, EXIT.invalidInput, read.errors);
    supplied = read.value;
  }

  const progress = out.json ? undefined : stageProgress();
  const opts: RunReportOptions = {
    delivery: flags.delivery,
    out: flags.out,
    listYear: year,
    template,
    ...(flags.source === undefined ? {} : { sourceDa: flags.source }),
    ...(flags.supplied === undefined ? {} : { suppliedFiles: readdirSync(flags.supplied) }),
    ...(supplied === undefined ? {} : { supplied }),
    assumptions: assume.value.assumptions,
    disclosure: assume.value.disclosure,
    socialExport: assume.value.socialExport,
    integration: assume.value.integration,
    housing: assume.value.housing,
    plans: assume.value.plans,
    duties: assume.value.duties,
    quarantine: false,
    command,
    memoryLimit: REPORT_MEMORY_LIMIT,
    ...deliveryRunOptions(flags, { threads, memory }, progress, 'Redegørelse'),
  };
  let result: RunReportResult;
  try {
    result = await runReport(opts);
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
    case 'written': {
      const r = result.report;
      if (out.json) {
        printResult(out, {
          outDir: result.outDir,
          workspace: result.workspace,
          runId: result.runId,
          listYear: year,
          files: r.files,
          tables: r.tables,
          missingSections: r.missing,
          suppressed: r.suppressed,
          audit: r.audit,
          validation: result.validationCache,
          timings: result.timings,
          reportTimings: r.timings,
        });
        return EXIT.ok;
      }
      printWarnings([...result.notes, ...result.warnings, ...r.notes]);
      printOut(summaryDa(result.run));
      printOut(
        `Diskretionering: ${r.suppressed.primary} celler primært og ${r.suppressed.secondary} sekundært ` +
          `diskretioneret; revisionen af ${r.audit.cells} celler er bestået.`,
      );
      if (r.missing.length > 0) {
        printOut(
          `Afsnit uden indhold (${r.missing.length}, vist som en meddelelse i rapporten og opført i manifest.json): ` +
            r.missing.map((m) => m.id).join(', '),
        );
      }
      printOut(`Redegørelsen for ${year} er skrevet til ${result.outDir}: ${r.files.join(', ')}`);
      return EXIT.ok;
    }
  }
}
