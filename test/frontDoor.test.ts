import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, runLists, type ListId, type ListRun } from '../src/index.ts';

const EXAMPLE = { figures: 'examples/area-figures.csv', history: 'examples/history.csv' } as const;

const membersOf = (run: ListRun, year: number, list: ListId): string[] =>
  run.designations
    .filter((d) => d.year === year && d.list === list)
    .map((d) => d.areaId)
    .sort();

describe('the front door: runLists (area figures → ListRun, nothing written)', () => {
  it('computes the 2024 lists of the bundled example, as worked out by hand from the file', async () => {
    const report = await runLists({ ...EXAMPLE, years: [2024] });
    if (report.kind !== 'computed') throw new Error(`expected a run, got ${report.kind}`);
    const { run } = report;
    expect(run.years).toEqual([2024]);
    // The 2021 rules, on the 2024 rows (the published figures are already averaged): at least 1,000 residents
    // and 2 of 4 of K1 > 40 %, K2 ≥ 3× the national rate (0.75), K3 > 60 %, K4 < 55 % of the region.
    // Nissevænget K1 41.1 + K4 53.9; Fønixparken K1 41.0 + K2 2.25/0.75 = exactly 3×; Griffenhaven K1, K2, K4;
    // Troldehøj all four; Dragebjerg all four; Sfinxparken K1 41.9 + K4 54.9. Eventyrbakken has only K1
    // (K4 55.0 is not under 55).
    expect(membersOf(run, 2024, 'udsat')).toEqual([
      '169-nissevaenget',
      '175-foenixparken',
      '183-griffenhaven',
      '461-troldehoej',
      '751-dragebjerg',
      '751-sfinxparken',
    ]);
    // Parallelsamfund: udsat and non-western over 50 % (Nissevænget 46.9 and Fønixparken 40.4 are not).
    expect(membersOf(run, 2024, 'parallelsamfund')).toEqual([
      '183-griffenhaven',
      '461-troldehoej',
      '751-dragebjerg',
      '751-sfinxparken',
    ]);
    // Omdannelse: parallelsamfund in each of 2020–2024. Troldehøj had 966 residents in 2023, under 1,000.
    expect(membersOf(run, 2024, 'omdannelse')).toEqual([
      '183-griffenhaven',
      '751-dragebjerg',
      '751-sfinxparken',
    ]);
    // Forebyggelse: not udsat, non-western over 30 % and 2 of K1 > 30 %, K2 ≥ 2×, K3 > 60 %, K4 < 65 %. Left out
    // of the 19 not udsat: Trylleskoven (non-western exactly 30.0 is not over 30), Stjernestøvet (no criterion),
    // Skyborgen, Basiliskvej, Kentaurvej and Gnomegården (non-western under 30). Månestenshaven has exactly 1,000.
    expect(membersOf(run, 2024, 'forebyggelse')).toEqual([
      '101-enhjoerningeparken',
      '153-eventyrbakken',
      '165-taageparken',
      '167-regnbuebakken',
      '253-hulderbakken',
      '330-pegasushaven',
      '370-kometparken',
      '561-maanestenshaven',
      '607-alfeparken',
      '621-havfruehaven',
      '730-lygtemandsvej',
      '851-kaempegaarden',
      '851-valkyrievaenget',
    ]);
    expect(report.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(report.inputs.map((i) => i.path.split('/').slice(-2).join('/'))).toEqual([
      'examples/area-figures.csv',
      'examples/history.csv',
    ]);
  });

  it('takes assumptions as typed values and a rule set by id', async () => {
    const report = await runLists({
      ...EXAMPLE,
      years: [2022],
      ruleSet: '2021',
      assumptions: { comparison: 'oneDecimal' },
    });
    if (report.kind !== 'computed') throw new Error(`expected a run, got ${report.kind}`);
    expect(report.assumptions.comparison).toBe('oneDecimal');
    expect(report.run.ruleSets.get(2022)?.id).toBe('2021');
  });

  it('reports a year without figures as a usage problem, and a missing file as invalid input', async () => {
    const usage = await runLists({ ...EXAMPLE, years: [2025] });
    expect(usage).toEqual({
      kind: 'usage',
      errors: [],
      messages: ['--years: no figures for 2025 in examples/area-figures.csv (it has 2016–2024)'],
    });
    const invalid = await runLists({ figures: 'examples/no-such-file.csv' });
    expect(invalid.kind).toBe('invalid');
  });
});
