import { describe, expect, it } from 'vitest';
import { figuresOf } from './fixtures/figuresOf.ts';
import { listedDenmark } from './fixtures/listedDenmark.ts';
import { lives, person } from './fixtures/smallDenmark.ts';

/**
 * The national and regional references read the years of residence per person in spans of 21 years
 * (`residence_by_person`). A delivery whose residence spans more years keeps more than one span per person;
 * the figures must not depend on where the spans fall.
 */
describe('a delivery whose residence spans more than 21 years', () => {
  it('gives the same figures as without the early years (a person resident in 1995 and in 2019–2021)', async () => {
    const base = listedDenmark();
    const late = {
      ...base,
      persons: [...base.persons, person('early', '1960-03-01')],
      residence: [...base.residence, ...lives('early', 'dOut', [2019, 2020, 2021])],
    };
    const long = { ...late, residence: [...late.residence, ...lives('early', 'dOut', [1995])] };
    const [withoutEarly, withEarly] = [
      await figuresOf(late, [2020, 2021]),
      await figuresOf(long, [2020, 2021]),
    ];
    expect(withEarly.all).toEqual(withoutEarly.all);
    // and the person counts nationally: one more resident 18+ than the fixture alone
    const plain = await figuresOf(base, [2021]);
    expect(withEarly.get(2021, 'A').k2NationalPct).not.toEqual(plain.get(2021, 'A').k2NationalPct);
  });
});
