import type { Command } from 'commander';
import { settingOption } from '../settings.ts';
import { commandLine } from '../commandLine.ts';

/**
 * The report's DuckDB memory limit unless --memory-limit says otherwise: below the pipeline's, so that DuckDB,
 * Node and the document stay within 3 GB together (national report: 23 s, 2.6 GB peak; bench/RESULTS.md).
 */
export const REPORT_MEMORY_LIMIT = '2GB';

export interface ReportFlags {
  readonly delivery: string;
  readonly year: string;
  readonly supplied?: string;
  readonly template?: string;
  readonly source?: string;
  readonly assume?: string[];
  readonly history?: string;
  readonly workspace?: string;
  readonly out: string;
  readonly json?: boolean;
  readonly threads?: string;
  readonly memoryLimit?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary('write the Redegørelse om parallelsamfund of one list year (HTML, PDF, Excel annex)')
    .description(
      'The annual report from a register delivery: computes the list year’s lists in the workspace (an unchanged ' +
        'delivery is not validated again), runs the report’s analyses, applies disclosure control to every ' +
        'published cell (primary and secondary suppression, audited by linear programming) and writes into --out ' +
        '(atomically): redegoerelse.html, redegoerelse.pdf (printed by Chromium), bilag.xlsx, tables/<id>.csv, ' +
        'figures/<id>.svg, audit/disclosure.csv and manifest.json. The Danish text comes from a template ' +
        '(bundled: the 2025 report’s chapters); a section whose input is absent shows a notice naming it.',
    )
    .addOption(settingOption('delivery', { required: true }))
    .addOption(settingOption('year', { required: true }))
    .addOption(settingOption('supplied'))
    .addOption(settingOption('template'))
    .addOption(settingOption('source'))
    .addOption(settingOption('assume'))
    .addOption(settingOption('history'))
    .addOption(settingOption('workspace'))
    .addOption(settingOption('out', { required: true }))
    .addOption(settingOption('json'))
    .addOption(settingOption('threads'))
    .addOption(settingOption('memoryLimit', { defaultText: REPORT_MEMORY_LIMIT }))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor report --delivery out/demo/levering --year 2024 --out out/redegoerelse\n',
    )
    .action(async (flags: ReportFlags, cmd: Command) => {
      const { reportCommand } = await import('./reportAction.ts');
      process.exitCode = await reportCommand(flags, commandLine(cmd));
    });
}
