import { rational as q } from '../../src/core/exact/rational.ts';
import { describe, expect, it } from 'vitest';
import { RULE_SET_2010 } from '../../src/core/rulesets/ruleSet2010.ts';
import { RULE_SET_2018 } from '../../src/core/rulesets/ruleSet2018.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { figuresOf } from './fixtures/figuresOf.ts';

// K1 for list year 2021: data years 2019 and 2020, each over the residents aged 18–64 at 1 January of the
// following year (2020 and 2021), as full-time-person fractions outside job and education.
const rows = delivery({
  persons: [
    person('p17', '2003-01-02'), // 16 on 1 Jan 2020, 17 on 1 Jan 2021: never 18–64
    person('p18', '2003-01-01'), // 17 on 1 Jan 2020, 18 on 1 Jan 2021: counts for 2020 only
    person('p64', '1956-01-02'), // 63, then 64: counts both years
    person('p65', '1956-01-01'), // 64, then 65: counts for 2019 only
    person('p40', '1980-06-01'), // 39, 40
    person('pNew', '1990-06-01'), // moves into A between the two snapshots (29, 30)
  ],
  residence: [
    ...lives('p17', 'dA', [2020, 2021]),
    ...lives('p18', 'dA', [2020, 2021]),
    ...lives('p64', 'dA', [2020, 2021]),
    ...lives('p65', 'dA', [2020, 2021]),
    ...lives('p40', 'dA', [2020, 2021]),
    ...lives('pNew', 'dOut', [2020]),
    ...lives('pNew', 'dA', [2021]),
  ],
  labour: [
    { year: 2019, person_id: 'p17', outside_fte: 1 },
    { year: 2020, person_id: 'p17', outside_fte: 1 },
    { year: 2020, person_id: 'p18', outside_fte: 1 },
    { year: 2019, person_id: 'p64', outside_fte: 0.25 },
    { year: 2019, person_id: 'p65', outside_fte: 0.5 },
    { year: 2020, person_id: 'p65', outside_fte: 1 },
    { year: 2019, person_id: 'pNew', outside_fte: 1 },
    { year: 2020, person_id: 'pNew', outside_fte: 1 },
  ],
});
// 2019 (residents at 1 Jan 2020, 18–64): p64 0.25, p65 0.5, p40 0 → 0.75 / 3 = 25 %
//   (p17 and p18 are under 18; pNew did not live in A yet).
// 2020 (residents at 1 Jan 2021, 18–64): p18 1, p64 0, p40 0, pNew 1 → 2 / 4 = 50 %
//   (p65 has turned 65; p17 is 17).

describe('K1 residents 18–64 without attachment to job or education', () => {
  it('meanOfYears (default): the mean of the two yearly shares', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    expect(f.k1OutsidePct).toEqual(q(75, 2)); // (25 + 50) / 2, exactly
    expect(f.denominators?.n18to64).toBe(4); // residents 18–64 at 1 January 2021
  });

  it('pooled: all outside fractions over all person-years of the window', async () => {
    const f = (await figuresOf(rows, [2021], { assumptions: { k1Averaging: 'pooled' } })).get(2021, 'A');
    expect(f.k1OutsidePct).toEqual(q(275, 7)); // 100 × (0.75 + 2) / (3 + 4), exactly
  });

  it('currentResidents: the residents 18–64 at 1 January of the list year, in both data years', async () => {
    const f = (await figuresOf(rows, [2021], { assumptions: { k1Averaging: 'currentResidents' } })).get(
      2021,
      'A',
    );
    // p18, p64, p40, pNew: 2019 → 0 + 0.25 + 0 + 1 = 1.25 / 4 = 31.25 %; 2020 → 1 + 0 + 0 + 1 = 2 / 4 = 50 %.
    expect(f.k1OutsidePct).toEqual(q(325, 8)); // (31.25 + 50) / 2
  });

  it('the 2010 rule set averages four years; the window comes from the rule set, not the year', async () => {
    const fourYears = delivery({
      persons: [person('w1', '1990-06-01'), person('w2', '1990-06-01')],
      residence: [
        ...lives('w1', 'dA', [2018, 2019, 2020, 2021]),
        ...lives('w2', 'dA', [2018, 2019, 2020, 2021]),
      ],
      labour: [
        { year: 2017, person_id: 'w1', outside_fte: 1 },
        { year: 2018, person_id: 'w1', outside_fte: 0.5 },
        { year: 2019, person_id: 'w2', outside_fte: 0 },
        { year: 2020, person_id: 'w1', outside_fte: 0.5 },
      ],
    });
    // Yearly shares of w1, w2: 2017 50 %, 2018 25 %, 2019 0 %, 2020 25 %.
    const four = (await figuresOf(fourYears, [2021], { ruleSet: RULE_SET_2010 })).get(2021, 'A');
    expect(four.k1OutsidePct).toEqual(q(25)); // (50 + 25 + 0 + 25) / 4
    const two = (await figuresOf(fourYears, [2021], { ruleSet: RULE_SET_2018 })).get(2021, 'A');
    expect(two.k1OutsidePct).toEqual(q(25, 2)); // (0 + 25) / 2
  });

  it('a data year missing from the delivery leaves K1 not computable, and says so', async () => {
    const f = await figuresOf(
      delivery({
        persons: [person('x', '1980-06-01')],
        residence: lives('x', 'dA', [2020, 2021]),
        labour: [{ year: 2020, person_id: 'x', outside_fte: 1 }],
      }),
      [2021],
    );
    expect(f.get(2021, 'A').k1OutsidePct).toBeNull();
    expect(f.notes).toContain('K1 2021 kan ikke beregnes: labour mangler for 2019');
  });
});
