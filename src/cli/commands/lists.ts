import type { Command } from 'commander';
import { assumeHelp, collectAssume } from '../assumeOption.ts';
import { commandLine } from '../commandLine.ts';

export interface ListsFlags {
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
      const { listsCommand } = await import('./listsAction.ts');
      process.exitCode = await listsCommand(flags, commandLine(cmd));
    });
}
