import type { Command } from 'commander';
import { settingOption } from '../settings.ts';
import { commandLine } from '../commandLine.ts';

export interface RunFlags {
  readonly delivery: string;
  readonly years?: string;
  readonly ruleset?: string;
  readonly quarantine?: boolean;
  readonly workspace?: string;
  readonly assume?: string[];
  readonly history?: string;
  readonly out: string;
  readonly json?: boolean;
  readonly threads?: string;
  readonly memoryLimit?: string;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .summary('compute the lists from a person-level register delivery')
    .description(
      'Load a register delivery (data contract §A: one <table>.parquet or <table>.csv per table) into a DuckDB ' +
        'workspace, validate it, compute each area’s indicators per list year and write the same outputs as ' +
        '`lists` (indicators.csv, lists.csv, changes.csv, lists.json, lister.xlsx, manifest.json) into --out. ' +
        'Strict by default: any invalid row stops the run (exit 3) with a validation report and nothing written. ' +
        'With --quarantine invalid rows are set aside in rejects.csv and the run goes on.',
    )
    .addOption(settingOption('delivery', { required: true }))
    .addOption(
      settingOption('years', {
        help: 'list years: 2021 or 2018-2024; default: every year the delivery covers',
      }),
    )
    .addOption(settingOption('ruleset'))
    .addOption(settingOption('quarantine'))
    .addOption(settingOption('workspace'))
    .addOption(settingOption('assume'))
    .addOption(settingOption('history'))
    .addOption(settingOption('out', { required: true }))
    .addOption(settingOption('json'))
    .addOption(settingOption('threads'))
    .addOption(settingOption('memoryLimit'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor run --delivery out/synth --years 2018-2024 --out out/run\n',
    )
    .action(async (flags: RunFlags, cmd: Command) => {
      const { runCommand } = await import('./runAction.ts');
      process.exitCode = await runCommand(flags, commandLine(cmd));
    });
}
