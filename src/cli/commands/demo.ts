import type { Command } from 'commander';
import { commandLine } from '../commandLine.ts';

export interface DemoFlags {
  readonly scale: string;
  readonly seed: string;
  readonly out: string;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .summary('generate a small synthetic Denmark, compute its lists 2013–2024 and the report of 2024')
    .description(
      'The whole job on built-in data: generate a synthetic register delivery for 2010–2024 (boligmonitor synth), ' +
        'run the register pipeline on it (boligmonitor run) for every list year its data cover, write the lists ' +
        '(CSV, JSON, Excel) and the manifest, and write the Redegørelse om parallelsamfund of 2024 from the same ' +
        'run (boligmonitor report: HTML, PDF, Excel annex). Prints the number of areas per list and year, the ' +
        'latest year’s changes with reasons, where the report is and the command that serves the results as a ' +
        'web site. Writes <out>/levering (the delivery), <out>/lister (the lists), <out>/redegoerelse (the report), ' +
        '<out>/pligter (the duties the lists trigger, as boligmonitor duties writes them; when the delivery cannot ' +
        'decide the latest day-care count, also <out>/pligter-2023 with the latest it can) ' +
        'and <out>/workspace.duckdb.',
    )
    .option(
      '--scale <s>',
      'share of Denmark to generate (0.15 fills every list in every year from 2018)',
      '0.15',
    )
    .option('--seed <n>', 'random seed', '2')
    .option('--out <dir>', 'output directory', 'out/demo')
    .addHelpText('after', '\nExample:\n  boligmonitor demo --scale 0.15 --out out/demo\n')
    .action(async (flags: DemoFlags, cmd: Command) => {
      const { demoCommand } = await import('./demoAction.ts');
      process.exitCode = await demoCommand(flags, commandLine(cmd));
    });
}
