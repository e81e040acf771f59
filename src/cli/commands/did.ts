import { Option, type Command } from 'commander';
import { settingOption } from '../settings.ts';
import { commandLine } from '../commandLine.ts';

export interface DidFlags {
  readonly delivery: string;
  readonly year?: string;
  readonly outcome?: string;
  readonly weighted?: boolean;
  readonly bootstrap?: string;
  readonly assume?: string[];
  readonly history?: string;
  readonly workspace?: string;
  readonly json?: boolean;
  readonly threads?: string;
  readonly memoryLimit?: string;
}

export function registerDid(program: Command): void {
  program
    .command('did')
    .summary('estimate chapter 3’s difference in differences (social export) on a delivery')
    .description(
      'The difference in differences of the report’s chapter 3 (domain §10): the share of socially vulnerable ' +
        'persons among the out-movers of each municipality and year, municipalities with an area on the first ' +
        'forebyggelse list (1 December 2021) against the others, with municipality and year fixed effects and ' +
        'CR1 standard errors clustered by municipality. Prints the model (observations, clusters, K and how K is ' +
        'counted), the estimate with its 95 % interval and p-value, the event study and the pre-trend test, in ' +
        'Danish (or JSON, as in did.json). Computes the lists it needs in the workspace; writes nothing else. ' +
        'The other choices (vulnerability cut-off and year, treatment list, post period, reference year, ' +
        'bootstrap weights and seed) are --assume options.',
    )
    .addOption(settingOption('delivery', { required: true }))
    .addOption(
      settingOption('year', {
        help: 'the list year (1 December): the moves up to its 1 January snapshot',
        defaultText: 'the delivery’s latest residence snapshot',
      }),
    )
    .addOption(
      new Option('--outcome <outcome>', 'out-movers to any other municipality, or to control municipalities')
        .choices(['any', 'control'])
        .default(undefined, 'any'),
    )
    .addOption(new Option('--weighted', 'weighted least squares with the out-movers as weights'))
    .addOption(new Option('--bootstrap <n>', 'draws of a wild cluster bootstrap beside the CR1 interval'))
    .addOption(settingOption('assume'))
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
      '\nExample:\n  boligmonitor did --delivery out/demo/levering --year 2024 --outcome control --bootstrap 999\n',
    )
    .action(async (flags: DidFlags, cmd: Command) => {
      const { didCommand } = await import('./didAction.ts');
      process.exitCode = await didCommand(flags, commandLine(cmd));
    });
}
