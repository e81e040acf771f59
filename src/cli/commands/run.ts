import type { Command } from 'commander';
import { assumeHelp, collectAssume } from '../assumeOption.ts';
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
    .requiredOption('--delivery <dir>', 'delivery directory (data contract §A)')
    .option('--years <years>', 'list years: 2021 or 2018-2024; default: every year the delivery covers')
    .option('--ruleset <name|file>', 'a built-in rule set (2010, 2013, 2018, 2021) or a scenario JSON file')
    .option('--quarantine', 'set invalid rows aside (rejects.csv) instead of stopping')
    .option(
      '--workspace <file>',
      'DuckDB workspace file (default: workspace.duckdb next to --out; :memory: keeps nothing)',
    )
    .option('--assume <name=value>', assumeHelp(), collectAssume, [])
    .option('--history <file>', 'earlier designations: data contract §C, or the official lists format')
    .requiredOption('--out <dir>', 'output directory (replaced atomically)')
    .option('--json', 'print a JSON report instead of the Danish summary')
    .option('--threads <n>', 'DuckDB threads (default 2)')
    .option('--memory-limit <size>', 'DuckDB memory limit, e.g. 3GB (default 3GB)')
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor run --delivery out/synth --years 2018-2024 --out out/run\n',
    )
    .action(async (flags: RunFlags, cmd: Command) => {
      const { runCommand } = await import('./runAction.ts');
      process.exitCode = await runCommand(flags, commandLine(cmd));
    });
}
