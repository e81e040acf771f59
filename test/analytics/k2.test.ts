import { rational as q } from '../../src/core/exact/rational.ts';
import { describe, expect, it } from 'vitest';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { figuresOf } from './fixtures/figuresOf.ts';

// K2 for list year 2021: data years 2019 and 2020; a person counts once per calendar year with at least one
// counted decision under straffeloven, våbenloven or lov om euforiserende stoffer; denominators are the
// residents 18+ (or 15+) at 1 January of the following year. The national rate uses everyone resident.
const BOTH = [2020, 2021];
const conviction = (id: string, date: string, law: string, type: string): Record<string, string> => ({
  person_id: id,
  decision_date: date,
  law,
  decision_type: type,
});
const rows = delivery({
  persons: [
    person('q15', '2005-06-01'), // 14 on 1 Jan 2020, 15 on 1 Jan 2021
    person('q17', '2003-01-02'), // 16, 17
    person('q18', '2003-01-01'), // 17, 18
    person('qa', '1990-06-01'),
    person('qb', '1990-06-01'),
    person('qc', '1990-06-01'),
    person('o1', '1980-06-01'), // outside every area
    person('o2', '1980-06-01'), // outside every area
  ],
  residence: [
    ...lives('q15', 'dA', BOTH),
    ...lives('q17', 'dA', BOTH),
    ...lives('q18', 'dA', BOTH),
    ...lives('qa', 'dA', BOTH),
    ...lives('qb', 'dA', BOTH),
    ...lives('qc', 'dA', BOTH),
    ...lives('o1', 'dOut', BOTH),
    ...lives('o2', 'dOut', BOTH),
  ],
  convictions: [
    conviction('q18', '2020-02-01', 'straffeloven', 'suspended'),
    conviction('qa', '2019-05-01', 'straffeloven', 'prison'),
    conviction('qa', '2019-07-01', 'straffeloven', 'fine'), // same year: counted once
    conviction('qb', '2020-03-01', 'vaabenloven', 'withdrawn_charge'),
    conviction('qc', '2020-04-01', 'faerdselsloven', 'prison'), // traffic law: never counted
    conviction('qc', '2020-05-01', 'straffeloven', 'acquittal'), // acquittal: never counted
    conviction('qc', '2019-09-09', 'straffeloven', 'other'), // counted only under k2DecisionTypes=all
    conviction('o1', '2020-06-01', 'euforiserende_stoffer', 'prison'),
  ],
});

describe('K2 convicted residents, area and national', () => {
  it('default: 18+, prison/suspended/fine/withdrawn charge, mean of the two yearly rates', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    // 2019: 18+ on 1 Jan 2020 = qa, qb, qc; convicted in 2019: qa → 1/3.
    // 2020: 18+ on 1 Jan 2021 = q18, qa, qb, qc; convicted in 2020: q18 (suspended), qb (withdrawn) → 2/4.
    expect(f.k2ConvictedPct).toEqual(q(125, 3)); // (100/3 + 50) / 2, exactly
    expect(f.denominators?.n18plus).toBe(4);
    // National 2019: qa, qb, qc, o1, o2 → 1/5 = 20 %; 2020: q18, qa, qb, qc, o1, o2 → q18, qb, o1 = 3/6 = 50 %.
    expect(f.k2NationalPct).toEqual(q(35));
  });

  it('k2AgeFloor=15: the denominators start at 15 (17-year-olds count, 14-year-olds do not)', async () => {
    const f = (await figuresOf(rows, [2021], { assumptions: { k2AgeFloor: '15' } })).get(2021, 'A');
    // 2019: 15+ on 1 Jan 2020 = q17 (16), q18 (17), qa, qb, qc → 1/5; 2020: q15, q17, q18, qa, qb, qc → 2/6.
    expect(f.k2ConvictedPct).toEqual(q(80, 3)); // (20 + 100/3) / 2
    // National 2019: 7 persons 15+, 1 convicted; 2020: 8 persons, 3 convicted.
    expect(f.k2NationalPct).toEqual(q(725, 28)); // (100/7 + 37.5) / 2
  });

  it('k2DecisionTypes=prisonFine: a withdrawn charge does not count', async () => {
    const f = (await figuresOf(rows, [2021], { assumptions: { k2DecisionTypes: 'prisonFine' } })).get(
      2021,
      'A',
    );
    // 2019: qa → 1/3; 2020: q18 only → 1/4.
    expect(f.k2ConvictedPct).toEqual(q(175, 6)); // (100/3 + 25) / 2
  });

  it('k2DecisionTypes=all: every type except acquittal counts (still only the three laws)', async () => {
    const f = (await figuresOf(rows, [2021], { assumptions: { k2DecisionTypes: 'all' } })).get(2021, 'A');
    // 2019: qa, qc (other) → 2/3; 2020: q18, qb → 2/4 (qc's acquittal and traffic case do not count).
    expect(f.k2ConvictedPct).toEqual(q(175, 3)); // (200/3 + 50) / 2
  });
});
