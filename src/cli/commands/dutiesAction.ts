import { deliveryRunOptions } from '../deliveryRunFlags.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { parseAssume, splitAssume } from '../assumeOption.ts';
import { parseMemoryLimit, parseThreads } from '../settings.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import { stageProgress } from '../stageProgress.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { latestSnapshotYear } from '../../analytics/socialExport/latestSnapshotYear.ts';
import { dutyOptionsFrom, isDutyOptionName } from '../../core/duties/dutyOptions.ts';
import { runDuties, type RunDutiesOptions, type RunDutiesResult } from '../../runs/runDuties.ts';
import { dutiesJson, dutiesTextDa } from '../../views/dutiesView.ts';
import type { DutiesFlags } from './duties.ts';

export async function dutiesCommand(flags: DutiesFlags, command: string): Promise<ExitCode> {
  const out: CommandOutput = { command: 'duties', json: flags.json === true };
  const usage: string[] = [];
  // --assume: the duty options by name, the rule book's assumptions for the rest.
  const { pairs: dutyPairs, rest } = splitAssume(flags.assume ?? [], isDutyOptionName);
  const assume = parseAssume(rest);
  if (!assume.ok) usage.push(...assume.errors);
  const options = dutyOptionsFrom(dutyPairs);
  if (!options.ok) usage.push(...options.errors.map((e) => `--assume: ${e}`));
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
  if (usage.length > 0 || !assume.ok || !options.ok || year === null)
    return reportFailure(out, EXIT.usage, [], usage);

  const progress = out.json ? undefined : stageProgress();
  const opts: RunDutiesOptions = {
    delivery: flags.delivery,
    listYear: year,
    options: options.value,
    assumptions: assume.value,
    quarantine: false,
    ...(flags.out === undefined ? {} : { out: flags.out }),
    command,
    ...deliveryRunOptions(flags, { threads, memory }, progress, 'Pligter'),
  };
  let result: RunDutiesResult;
  try {
    result = await runDuties(opts);
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
    case 'computed':
      if (out.json) {
        printResult(out, {
          workspace: result.workspace,
          outDir: result.outDir,
          duties: dutiesJson(result.duties),
        });
        return EXIT.ok;
      }
      printWarnings(result.notes);
      printOut(dutiesTextDa(result.duties));
      if (result.outDir !== null) printOut(`\nSkrevet: ${result.outDir}`);
      return EXIT.ok;
  }
}
