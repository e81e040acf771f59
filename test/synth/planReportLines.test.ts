import { describe, expect, it } from 'vitest';
import { areaCatalogue } from '../../src/synth/areaCatalogue.ts';
import { developmentPlanAreas, developmentPlanCount } from '../../src/synth/developmentPlanAreas.ts';
import { LETTING_TYPES, lettingMix, HOUSING_CATEGORIES } from '../../src/synth/housingParameters.ts';
import type { PlanLocation } from '../../src/synth/housingStockQueries.ts';
import { reportLines, reportStatus, type PlanAreaCounts } from '../../src/synth/planQueries.ts';

const area = areaCatalogue(1)[0]!;
const plan: PlanLocation = {
  area,
  dispensation: 'none',
  targetPct: 40,
  loc: 98,
  demolishes: true,
  programme: 1,
};
// 100 public family dwellings built 1970; 10 other dwellings from 1980 and 5 built 2020; 2 relabelled in 2020,
// 10 demolished in 2021 and 20 planned for 2026; 750 m² of commercial floor before the plan.
const counts: PlanAreaCounts = {
  familyBuilt: new Map([[1970, 100]]),
  otherBuilt: new Map([
    [1980, 10],
    [2020, 5],
  ]),
  events: new Map([
    ['relabelled', new Map([[2020, 2]])],
    [
      'demolished',
      new Map([
        [2021, 10],
        [2026, 20],
      ]),
    ],
  ]),
};

describe('a development plan report', () => {
  const lines = reportLines(counts, plan, 750, 2021, 2022, true);
  const byYear = new Map(lines.map((l) => [l.year, l]));

  it('has the start, realised lines to the report year and planned lines to 2030', () => {
    expect(lines.map((l) => `${l.year} ${l.kind}`)).toEqual([
      '2018 realised',
      '2019 realised',
      '2020 realised',
      '2021 realised',
      ...[2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => `${y} planned`),
    ]);
  });

  it('counts the stock at the end of each year from the dwellings and the events', () => {
    // Commercial units: round(100 × 0.15 × 0.052) = 1 a year 2019–2023, round(100 × 0.15 × 0.05) = 1 in 2024,
    // round(100 × 0.15 × 0.138) = 2 a year 2025–2029: 16 units.
    expect(byYear.get(2018)).toMatchObject({
      publicFamily: 100,
      other: 10,
      commercialM2: 750,
      demolished: 0,
    });
    expect(byYear.get(2019)).toMatchObject({
      publicFamily: 100,
      other: 10,
      commercialM2: 825,
      builtCommercialUnits: 1,
    });
    expect(byYear.get(2020)).toMatchObject({ publicFamily: 98, other: 17, relabelled: 2, builtDwellings: 5 });
    expect(byYear.get(2021)).toMatchObject({
      publicFamily: 88,
      other: 17,
      demolished: 10,
      commercialM2: 975,
    });
  });

  it('plans the new building after the data so that 2030 ends at the target share', () => {
    // 2030: 68 family dwellings; 40 % needs 170 in all; 68 + 17 + (750 + 16 × 75) / 75 = 111 → 59 to build,
    // spread over 2023–2029 as 8, 8, 9, 8, 9, 8, 9.
    expect([2023, 2024, 2025, 2026, 2027, 2028, 2029].map((y) => byYear.get(y)?.builtDwellings)).toEqual([
      8, 8, 9, 8, 9, 8, 9,
    ]);
    const end = byYear.get(2030)!;
    expect(end).toMatchObject({ publicFamily: 68, other: 76, commercialM2: 1950 });
    expect(end.publicFamily / (end.publicFamily + end.other + end.commercialM2 / 75)).toBe(0.4);
  });

  it('a report that is not accepted plans half the new building (rounded each year)', () => {
    const rejected = reportLines(counts, plan, 750, 2021, 2022, false);
    expect(rejected.find((l) => l.year === 2030)?.other).toBe(17 + 4 + 4 + 5 + 4 + 5 + 4 + 5);
    // The realised lines are the same.
    expect(rejected.slice(0, 4)).toEqual(lines.slice(0, 4));
  });
});

describe('report status', () => {
  it('marks two reports not accepted and the last plan’s last report pending', () => {
    expect(reportStatus(0, 17, 2021, 2024)).toBe('not_accepted');
    expect(reportStatus(1, 17, 2024, 2024)).toBe('not_accepted');
    expect(reportStatus(16, 17, 2024, 2024)).toBe('pending');
    expect(reportStatus(2, 17, 2024, 2024)).toBe('accepted');
    // With a single report year there is no later accepted report to fall back on.
    expect(reportStatus(0, 1, 2021, 2021)).toBe('accepted');
  });
});

describe('the development plan areas', () => {
  it('17 plans at the full catalogue, proportionally fewer and at least one below', () => {
    expect([200, 196, 80, 20, 1, 0].map(developmentPlanCount)).toEqual([17, 17, 7, 2, 1, 0]);
  });

  it('at the full catalogue two plans have a dispensation to a higher target', () => {
    const plans = developmentPlanAreas(areaCatalogue(1));
    expect(plans).toHaveLength(17);
    expect(plans.filter((p) => p.dispensation !== 'none').map((p) => p.targetPct)).toEqual(
      expect.arrayContaining([50, 55]),
    );
    expect(plans.filter((p) => p.dispensation === 'none').every((p) => p.targetPct === 40)).toBe(true);
  });
});

describe('letting mix', () => {
  it('shares of each category and year sum to one, none negative', () => {
    for (const cat of HOUSING_CATEGORIES)
      for (const year of [2018, 2021, 2022, 2024]) {
        const mix = lettingMix(cat, year);
        expect(LETTING_TYPES.every((t) => mix[t] >= 0)).toBe(true);
        expect(LETTING_TYPES.reduce((s, t) => s + mix[t], 0)).toBeCloseTo(1, 12);
      }
  });

  it('flexible letting in the forebyggelse areas rises after 2021', () => {
    const f = [2020, 2021, 2022, 2023, 2024].map((y) => lettingMix('forebyggelse', y).flexible);
    expect(f).toEqual([0.19, 0.19, 0.21, 0.23, 0.25]);
  });
});
