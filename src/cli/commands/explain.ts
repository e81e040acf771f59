import type { Command } from 'commander';
import { settingOption } from '../settings.ts';

export interface ExplainFlags {
  readonly year: string;
  readonly figures: string;
  readonly history?: string;
  readonly ruleset?: string;
  readonly json?: boolean;
  readonly workspace?: string;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .summary("explain one area's criteria, margins, decisions and history")
    .description(
      "Explain one area in one list year: each criterion's value, threshold and margin (in points or ratio, and " +
        'in persons when the figures carry denominators), the decision on each list with its reason, the changes ' +
        'from the year before, and the years the area has been on each list (computed and imported).',
    )
    .argument('<area_id>', 'the area id as in the figures file')
    .requiredOption('--year <year>', 'the list year')
    .addOption(settingOption('figures', { required: true }))
    .addOption(settingOption('history'))
    .addOption(
      settingOption('ruleset', {
        help: 'a built-in rule set or a scenario JSON file (default: the rule set in force)',
      }),
    )
    .addOption(
      settingOption('workspace', {
        help:
          'a finished workspace (e.g. a run’s or the report’s) whose development_plans and plan_reports give the ' +
          'area’s § 168 a plan status',
        defaultText: 'no plan status',
      }),
    )
    .addOption(settingOption('json'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor explain 751-dragebjerg --year 2024 --figures examples/area-figures.csv --history examples/history.csv\n',
    )
    .action(async (areaId: string, flags: ExplainFlags) => {
      const { explainCommand } = await import('./explainAction.ts');
      process.exitCode = await explainCommand(areaId, flags);
    });
}
