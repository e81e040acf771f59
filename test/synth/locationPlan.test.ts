import { describe, expect, it } from 'vitest';
import { BIN_COUNT, BIN_SHARES, locationPlan } from '../../src/synth/locationPlan.ts';

const DANISH = 0;
const WESTERN = 1;
const GROUPS = 4;
const MOST_DISADVANTAGED = BIN_COUNT - 1;
const YEAR = 2023;

describe('the location plan: who lives where', () => {
  const even = locationPlan(1, 0.2, YEAR, YEAR, [1, 1, 1, 1]);
  // Deprived areas draw the disadvantaged Danish, MENAPT and other non-western residents, no western ones.
  const uneven = locationPlan(1, 0.2, YEAR, YEAR, [1, 0, 1, 1]);
  const byDefault = locationPlan(1, 0.2, YEAR, YEAR);
  const deprived = even.locations
    .filter((l) => l.kind === 'area' && (l.area?.deprivation2016 ?? 0) > 0.8)
    .map((l) => l.loc);

  /** Expected residents of a group, and of its most disadvantaged bin, over some locations. */
  const residents = (
    plan: typeof even,
    group: number,
    locs: readonly number[],
  ): { all: number; worst: number } => {
    const joint = plan.joint.get(YEAR) ?? [];
    let all = 0;
    let worst = 0;
    for (let b = 0; b < BIN_COUNT; b++)
      for (const j of locs) {
        const v = joint[group * BIN_COUNT + b]?.[j] ?? 0;
        all += v;
        if (b === MOST_DISADVANTAGED) worst += v;
      }
    return { all, worst };
  };

  it('has deprived areas to look at', () => {
    expect(deprived.length).toBeGreaterThan(5);
  });

  it('fills every location to its size', () => {
    for (const plan of [even, uneven]) {
      const size = plan.size.get(YEAR) ?? new Float64Array();
      for (const l of plan.locations) {
        let sum = 0;
        for (const row of plan.joint.get(YEAR) ?? []) sum += row[l.loc] ?? 0;
        expect(sum).toBeCloseTo(size[l.loc] ?? NaN, 3);
      }
    }
  });

  it('with even selection draws the disadvantaged of every origin group to the deprived areas alike', () => {
    for (const g of [DANISH, WESTERN]) {
      const r = residents(even, g, deprived);
      expect(r.worst / r.all).toBeGreaterThan(0.6);
    }
  });

  it('by default houses western residents in the deprived areas as disadvantaged as anywhere, Danish ones not', () => {
    const western = residents(byDefault, WESTERN, deprived);
    expect(
      Math.abs(western.worst / western.all - (BIN_SHARES[WESTERN]?.[MOST_DISADVANTAGED] ?? NaN)),
    ).toBeLessThan(0.05);
    const danish = residents(byDefault, DANISH, deprived);
    expect(danish.worst / danish.all).toBeGreaterThan(0.6);
  });

  it('with a selection of 0, houses as many western residents there, as disadvantaged as anywhere', () => {
    for (const loc of deprived)
      for (let g = 0; g < GROUPS; g++)
        expect(residents(uneven, g, [loc]).all).toBeCloseTo(residents(even, g, [loc]).all, 1);
    const western = residents(uneven, WESTERN, deprived);
    const danish = residents(uneven, DANISH, deprived);
    // Nationally, 18 % of the western and 16 % of the Danish group are in the most disadvantaged bin.
    expect(
      Math.abs(western.worst / western.all - (BIN_SHARES[WESTERN]?.[MOST_DISADVANTAGED] ?? NaN)),
    ).toBeLessThan(0.05);
    expect(danish.worst / danish.all).toBeGreaterThan(0.6);
  });
});
