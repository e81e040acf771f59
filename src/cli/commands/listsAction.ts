import { resolve } from 'node:path';
import type { ListRun } from '../../core/model/listRun.ts';
import { sortedChanges } from '../../reports/lists/changesCsv.ts';
import { sortedDesignations } from '../../reports/lists/listsCsv.ts';
import { summaryDa } from '../../reports/lists/summaryDa.ts';
import { LIST_OUTPUT_FILES, writeListOutputs } from '../../reports/lists/writeListOutputs.ts';
import { EXIT } from '../exitCodes.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import { loadListInputs, type ListInputs } from '../loadListInputs.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import type { ListsFlags } from './lists.ts';

export async function listsCommand(flags: ListsFlags, command: string): Promise<number> {
  const startedAt = new Date();
  const json = flags.json === true;
  const out: CommandOutput = { command: 'lists', json };
  const loaded = await loadListInputs(flags);
  if (!loaded.ok) return reportFailure(out, loaded.exitCode, loaded.errors, loaded.messages);
  const inputs = loaded.value;
  const run = listRunFromInputs(inputs);
  await writeListOutputs(flags.out, run, {
    command,
    inputs: inputs.inputs,
    rowCounts: inputs.rowCounts,
    assumptions: inputs.assumptions,
    startedAt,
    extra: { historyWarnings: inputs.warnings.length, historyLists: inputs.history.lists },
  });
  if (json) {
    printResult(out, listsReport(run, resolve(flags.out), inputs));
  } else {
    printWarnings(inputs.warnings);
    printOut(summaryDa(run));
    printOut(`Skrevet til ${flags.out}: ${LIST_OUTPUT_FILES.join(', ')}`);
  }
  return EXIT.ok;
}

/** The `--json` report: where the files went, the counts per list and year, and every change. */
function listsReport(run: ListRun, outDir: string, inputs: ListInputs): Record<string, unknown> {
  const designations = sortedDesignations(run);
  return {
    outDir,
    files: LIST_OUTPUT_FILES,
    years: run.years,
    ruleSets: run.years.map((year) => ({ year, id: run.ruleSets.get(year)?.id ?? null })),
    counts: run.years.flatMap((year) =>
      (run.ruleSets.get(year)?.lists ?? []).map(({ list }) => ({
        year,
        list,
        count: designations.filter((d) => d.year === year && d.list === list).length,
      })),
    ),
    changes: sortedChanges(run)
      .filter((c) => c.change !== 'stayed')
      .map((c) => ({
        year: c.year,
        list: c.list,
        areaId: c.areaId,
        name: c.name,
        change: c.change,
        reasonDa: c.textDa,
        reasonEn: c.textEn,
      })),
    rowCounts: inputs.rowCounts,
    warnings: inputs.warnings,
  };
}
