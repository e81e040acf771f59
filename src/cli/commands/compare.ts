import type { Command } from 'commander';
import { assumeHelp, collectAssume } from '../assumeOption.ts';
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
    .requiredOption('--figures <file>', 'area figures CSV (data contract §B)')
    .requiredOption('--ruleset <name|file>', 'the scenario: a JSON scenario file or a built-in rule set id')
    .option('--history <file>', 'earlier designations: data contract §C, or the official lists format')
    .option(
      '--years <years>',
      'list years: one year (2021) or a range (2018-2024); default: every year in the figures',
    )
    .option('--assume <name=value>', assumeHelp(), collectAssume)
    .option('--out <dir>', 'write differences.csv, official/ and scenario/ here (replaced atomically)')
    .option('--json', 'print the differences as JSON')
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
