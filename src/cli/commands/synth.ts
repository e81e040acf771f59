import type { Command } from 'commander';

export interface SynthFlags {
  readonly scale: string;
  readonly years: string;
  readonly seed: string;
  readonly out?: string;
  readonly format: string;
  readonly didEffect: string;
  readonly peopleFrom?: string;
  readonly report?: string;
  readonly json?: boolean;
}

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .summary('generate a synthetic Denmark (register delivery) or measure its realism')
    .description(
      'Generate a synthetic national register delivery (data contract §A: areas, area_parcels, dwellings, ' +
        'persons, residence, labour, education, income, convictions; §A2: dwelling_events, commercial_floor, ' +
        'lettings, vacancies, development_plans, plan_reports; and §A3: employment, families, schools, ' +
        'school_enrolment, exam_results, daycare_institutions, daycare, language_tests, absence) into --out. ' +
        'The same seed and scale give ' +
        'byte-identical files; scale 1.0 is all of Denmark (≈ 5.9 million residents a year). With --report DIR, ' +
        'measure the realism targets (docs/synthetic-denmark.md) on a delivery and print them next to their bands; ' +
        'with both, generate first and then measure.',
    )
    .option('--scale <s>', 'share of Denmark to generate (0 < s ≤ 2)', '0.05')
    .option('--years <from-to>', 'first and last 1 January snapshot, e.g. 2010-2024', '2010-2024')
    .option('--seed <n>', 'random seed (integer)', '1')
    .option('--out <dir>', 'output directory (replaced atomically)')
    .option('--format <format>', 'parquet or csv', 'parquet')
    .option(
      '--did-effect <pp>',
      'planted treatment effect for report chapter 3: percentage points added, from moves labelled 2022 on, to the ' +
        'socially vulnerable share of out-movers from the treated municipalities (those with an area the generator ' +
        'intends as forebyggelsesområde on the list of 1 Dec 2021; recorded in synthetic.json)',
      '0',
    )
    .option(
      '--people-from <year>',
      'first year of the people tables (contract §A3: employment, families, schools, day care); default the ' +
        'first of --years. The lists never read them; the report of list year Y reads Y − 6 … Y',
    )
    .option('--report <dir>', 'measure the realism targets on this delivery')
    .option('--json', 'print a JSON report')
    .addHelpText(
      'after',
      '\nExamples:\n  boligmonitor synth --scale 0.05 --years 2010-2024 --seed 1 --out out/synth\n' +
        '  boligmonitor synth --scale 0.15 --did-effect 3 --out out/synth-effect\n' +
        '  boligmonitor synth --report out/synth\n',
    )
    .action(async (flags: SynthFlags) => {
      const { synthCommand } = await import('./synthAction.ts');
      process.exitCode = await synthCommand(flags);
    });
}
