import type { Command } from 'commander';
import { settingOption, YEARS_OF_FIGURES } from '../settings.ts';
import { commandLine } from '../commandLine.ts';

export interface CompareFlags {
  readonly figures: string;
  readonly ruleset: string;
  readonly history?: string;
  readonly years?: string;
  readonly assume?: string[];
  readonly out?: string;
  readonly json?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .summary('compare a scenario rule set with the official rule sets, year by year')
    .description(
      'Run the lists twice on the same figures, once with the rule set in force each year and once with --ruleset ' +
        '(a scenario file or a built-in rule set), and show per year which areas enter or leave each list under the ' +
        'scenario, and why. With --out, also writes differences.csv and both runs (official/, scenario/).',
    )
    .addOption(settingOption('figures', { required: true }))
    .addOption(
      settingOption('ruleset', {
        required: true,
        help: 'the scenario: a JSON scenario file or a built-in rule set id',
      }),
    )
    .addOption(settingOption('history'))
    .addOption(settingOption('years', { help: YEARS_OF_FIGURES }))
    .addOption(settingOption('assume'))
    .addOption(
      settingOption('out', {
        help: 'write differences.csv, official/ and scenario/ here (replaced atomically)',
      }),
    )
    .addOption(settingOption('json'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor compare --figures examples/area-figures.csv --history examples/history.csv \\\n' +
        '    --ruleset examples/scenarios/2021-uden-etnisk.json --years 2021-2024\n',
    )
    .action(async (flags: CompareFlags, cmd: Command) => {
      const { compareCommand } = await import('./compareAction.ts');
      process.exitCode = await compareCommand(flags, commandLine(cmd));
    });
}
