import type { Command } from 'commander';
import { settingOption } from '../settings.ts';
import { commandLine } from '../commandLine.ts';

export interface DutiesFlags {
  readonly delivery: string;
  readonly year?: string;
  readonly assume?: string[];
  readonly history?: string;
  readonly workspace?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly threads?: string;
  readonly memoryLimit?: string;
}

export function registerDuties(program: Command): void {
  program
    .command('duties')
    .summary('the duties the lists trigger: day care, learning offer, language tests, kombineret udlejning')
    .description(
      'The rules that depend on the lists (domain §6), decided per institution, school and area of a person-level ' +
        'delivery for list year Y: day-care institutions where more than 30 % of the children enrolled on ' +
        '30 September Y live in an udsat area on the list in force (1 December Y − 1), with dispensations ' +
        '(dagtilbudsloven § 26 a); the 1-year-olds living there and whether they are in day care (§ 44 a); schools ' +
        'where more than 30 % of the pupils of 1 January Y live in areas on an udsatte list of the last three years ' +
        '(folkeskoleloven § 11 a); areas where kombineret udlejning may be used (almenboligloven § 51 b: at least ' +
        '1,000 residents and at least 40 % of the 18–64-year-olds without attachment, at least 30 % from 5,000 ' +
        'residents, a single year). Computes the lists it needs in the workspace; a list, table or snapshot the ' +
        'delivery lacks makes the duty unknown with the reason, never "no duty". Prints Danish tables (or JSON); ' +
        'with --out also writes duties.json, one CSV per duty and manifest.json, atomically. The choices where the ' +
        'sources are silent are --assume options (daycareResidenceSnapshot, daycareInstitutionKinds, ' +
        'languageTestLists).',
    )
    .addOption(settingOption('delivery', { required: true }))
    .addOption(
      settingOption('year', {
        help: 'the list year (1 December): day care of 30 September Y, pupils of 1 January Y, § 51 b of Y',
        defaultText: 'the delivery’s latest residence snapshot',
      }),
    )
    .addOption(settingOption('assume'))
    .addOption(settingOption('history'))
    .addOption(settingOption('workspace', { defaultText: 'a temporary one' }))
    .addOption(settingOption('out', { help: 'also write the duties’ files into this directory' }))
    .addOption(settingOption('json'))
    .addOption(settingOption('threads'))
    .addOption(settingOption('memoryLimit'))
    .addHelpText(
      'after',
      '\nExample:\n  boligmonitor duties --delivery out/demo/levering --year 2024 --out out/duties\n',
    )
    .action(async (flags: DutiesFlags, cmd: Command) => {
      const { dutiesCommand } = await import('./dutiesAction.ts');
      process.exitCode = await dutiesCommand(flags, commandLine(cmd));
    });
}
