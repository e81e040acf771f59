import type { Command } from 'commander';
import { settingOption, YEARS_OF_FIGURES } from '../settings.ts';
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
    .addOption(settingOption('figures', { required: true }))
    .addOption(settingOption('history'))
    .addOption(settingOption('years', { help: YEARS_OF_FIGURES }))
    .addOption(settingOption('ruleset'))
    .addOption(settingOption('assume'))
    .addOption(settingOption('out', { required: true }))
    .addOption(settingOption('json'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor lists --figures examples/area-figures.csv --history examples/history.csv --years 2018-2024 --out out/lists\n',
    )
    .action(async (flags: ListsFlags, cmd: Command) => {
      const { listsCommand } = await import('./listsAction.ts');
      process.exitCode = await listsCommand(flags, commandLine(cmd));
    });
}
