import { describe, expect, it } from 'vitest';
import { BIN_COUNT, BIN_SHARES, locationPlan } from '../../src/synth/locationPlan.ts';

const DANISH = 0;
const WESTERN = 1;
const MOST_DISADVANTAGED = BIN_COUNT - 1;

describe('the location plan: who lives where', () => {
  const plan = locationPlan(1, 0.2, 2023, 2023);
  const joint = plan.joint.get(2023) ?? [];
  const size = plan.size.get(2023) ?? new Float64Array();
  const deprived = plan.locations.filter((l) => l.kind === 'area' && (l.area?.deprivation2016 ?? 0) > 0.8);

  /** Expected residents of a group, and of its most disadvantaged bin, over some locations. */
  const residents = (group: number, locs: readonly number[]): { all: number; worst: number } => {
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
    for (const l of plan.locations) {
      let sum = 0;
      for (const row of joint) sum += row[l.loc] ?? 0;
      expect(sum).toBeCloseTo(size[l.loc] ?? NaN, 3);
    }
  });

  it('draws the disadvantaged Danish residents to the deprived areas, the western residents not at all', () => {
    const locs = deprived.map((l) => l.loc);
    const danish = residents(DANISH, locs);
    const western = residents(WESTERN, locs);
    // Nationally, 16 % of the Danish and 18 % of the western group are in the most disadvantaged bin.
    expect(danish.worst / danish.all).toBeGreaterThan(0.6);
    expect(
      Math.abs(western.worst / western.all - (BIN_SHARES[WESTERN]?.[MOST_DISADVANTAGED] ?? NaN)),
    ).toBeLessThan(0.05);
  });
});
