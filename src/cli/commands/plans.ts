import { Option, type Command } from 'commander';
import { collectAssume } from '../assumeOption.ts';
import { settingOption } from '../settings.ts';
import { commandLine } from '../commandLine.ts';
import { planAssumeHelp } from '../../core/plans/planOptions.ts';

export interface PlansFlags {
  readonly delivery: string;
  readonly year?: string;
  readonly assume?: string[];
  readonly history?: string;
  readonly workspace?: string;
  readonly json?: boolean;
  readonly threads?: string;
  readonly memoryLimit?: string;
}

export function registerPlans(program: Command): void {
  program
    .command('plans')
    .summary('account for the § 168 a development plans of a delivery, plan area by plan area')
    .description(
      'The development plans (almenboligloven § 168 a) approved by 1 December of the list year, from the ' +
        'delivery’s development_plans and plan_reports (contract A2): per plan area the start, the realised ' +
        'years and the planned years to 2030 of its latest accepted yearly report (a later report that is not ' +
        'accepted or still pending never replaces it), each year’s share of public family dwellings (75 m² of ' +
        'commercial floor area count as one dwelling), and whether the plan reaches its target (at most 40 pct., ' +
        'or the dispensation’s share) by 1 January 2030 — on track, not on track, or unknown with why. An area ' +
        'that has left the omdannelse list keeps its plan and duty. Prints a Danish account (or JSON). Computes ' +
        'the list year’s lists in the workspace; writes nothing else.',
    )
    .addOption(settingOption('delivery', { required: true }))
    .addOption(
      settingOption('year', {
        help: 'the list year (1 December): plans approved by then, reports submitted by then',
        defaultText: 'the delivery’s latest residence snapshot',
      }),
    )
    .addOption(
      new Option(
        '--assume <name=value>',
        `set an assumption or a plan option (repeatable): ${planAssumeHelp()}`,
      ).argParser(collectAssume),
    )
    .addOption(settingOption('history'))
    .addOption(
      settingOption('workspace', {
        help: 'DuckDB workspace file, e.g. the report’s (an unchanged delivery is not loaded again)',
        defaultText: 'a temporary one',
      }),
    )
    .addOption(settingOption('json'))
    .addOption(settingOption('threads'))
    .addOption(settingOption('memoryLimit'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor plans --delivery out/demo/levering --year 2024 --assume plans.projection=lastPlanned\n',
    )
    .action(async (flags: PlansFlags, cmd: Command) => {
      const { plansCommand } = await import('./plansAction.ts');
      process.exitCode = await plansCommand(flags, commandLine(cmd));
    });
}
