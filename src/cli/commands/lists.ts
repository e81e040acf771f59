import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ListRun } from '../../core/model/listRun.ts';
import { sortedChanges } from '../../reports/lists/changesCsv.ts';
import { sortedDesignations } from '../../reports/lists/listsCsv.ts';
import { summaryDa } from '../../reports/lists/summaryDa.ts';
import { LIST_OUTPUT_FILES, writeListOutputs } from '../../reports/lists/writeListOutputs.ts';
import { assumeHelp, collectAssume } from '../assumeOption.ts';
import { commandLine } from '../commandLine.ts';
import { EXIT } from '../exitCodes.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import { loadListInputs, type ListInputs } from '../loadListInputs.ts';
import { printJson, printOut, printWarnings, reportFailure } from '../printReport.ts';

interface ListsFlags {
  readonly figures: string;
  readonly history?: string;
  readonly years?: string;
  readonly ruleset?: string;
  readonly assume?: string[];
  readonly out: string;
  readonly json?: boolean;
}

export function registerLists(program: Command): void {
  program
    .command('lists')
    .summary('compute the lists from area figures and write CSV, JSON and Excel')
    .description(
      'Compute the lists (udsatte boligområder, parallelsamfund, omdannelses- og forebyggelsesområder) for each ' +
        'list year from area figures (data contract §B), and write indicators.csv, lists.csv, changes.csv, ' +
        'lists.json, lister.xlsx and manifest.json into --out. Each year uses the rule set in force unless ' +
        '--ruleset is given. Nothing is written when an input is invalid.',
    )
    .requiredOption('--figures <file>', 'area figures CSV (data contract §B)')
    .option('--history <file>', 'earlier designations: data contract §C, or the official lists format')
    .option(
      '--years <years>',
      'list years: one year (2021) or a range (2018-2024); default: every year in the figures',
    )
    .option('--ruleset <name|file>', 'a built-in rule set (2010, 2013, 2018, 2021) or a scenario JSON file')
    .option('--assume <name=value>', assumeHelp(), collectAssume)
    .requiredOption('--out <dir>', 'output directory (replaced atomically)')
    .option('--json', 'print a JSON report instead of the Danish summary')
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor lists --figures examples/area-figures.csv --history examples/history.csv --years 2018-2024 --out out/lists\n',
    )
    .action(async (flags: ListsFlags, cmd: Command) => {
      process.exitCode = await listsCommand(flags, commandLine(cmd));
    });
}

async function listsCommand(flags: ListsFlags, command: string): Promise<number> {
  const startedAt = new Date();
  const json = flags.json === true;
  const loaded = await loadListInputs(flags);
  if (!loaded.ok) return reportFailure(json, loaded.exitCode, loaded.errors, loaded.messages);
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
    printJson(listsReport(run, resolve(flags.out), inputs));
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
    ok: true,
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
