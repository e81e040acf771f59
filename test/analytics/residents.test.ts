import { rational as q } from '../../src/core/exact/rational.ts';
import { describe, expect, it } from 'vitest';
import { BASE, delivery, lives, person } from './fixtures/smallDenmark.ts';
import type { Cell, DeliveryRows } from './fixtures/writeDelivery.ts';
import { figuresOf } from './fixtures/figuresOf.ts';

// Residents at 1 January, counted by dwelling → parcel → area valid in the list year (domain.md §4).
const BORN = '1980-06-01';
const rows = delivery({
  persons: [
    person('r1', BORN, { ie_type: 2, origin_country: '5404' }), // immigrant, Afghanistan (MENAPT)
    person('r2', BORN, { ie_type: 3, origin_country: '5488' }), // descendant, Vietnam (other non-western)
    person('r3', BORN, { ie_type: 2, origin_country: '5180' }), // immigrant, Germany (western)
    person('r4', BORN, { ie_type: 2, origin_country: '5404' }), // lives in an excluded dwelling
    person('r5', BORN),
    person('r6', BORN, { ie_type: 2, origin_country: '5001' }), // immigrant, origin unknown ("Helt uoplyst")
    person('r7', BORN, { ie_type: 1, origin_country: '5404' }), // Danish origin: never counted as non-western
    person('r8', BORN),
    person('r9', BORN),
  ],
  residence: [
    ...lives('r1', 'dA', [2020, 2021]),
    ...lives('r2', 'dA', [2020, 2021]),
    ...lives('r3', 'dA', [2020, 2021]),
    ...lives('r4', 'dA_other2005', [2020, 2021]),
    ...lives('r5', 'dA_other2005', [2020, 2021]),
    ...lives('r6', 'dA_other2010', [2020, 2021]),
    ...lives('r7', 'dMove', [2020, 2021]),
    ...lives('r8', 'dB', [2021]),
    ...lives('r9', 'dOut', [2020, 2021]),
  ],
});

describe('residents at 1 January', () => {
  it('counts public dwellings and non-public ones built from 2010, not non-public ones built before 2010', async () => {
    const f = await figuresOf(rows, [2020, 2021]);
    // A 2021: r1, r2, r3 (dA) + r6 (dA_other2010); r4, r5 (dA_other2005) do not count; r7's parcel is B's.
    expect(f.get(2021, 'A').residents).toBe(4);
  });

  it('a parcel that changes area counts for the area whose delimitation is valid in the list year', async () => {
    const f = await figuresOf(rows, [2020, 2021]);
    // pMove belongs to A through 2020 and to B from 2021: r7 counts in A for 2020 and in B for 2021.
    expect(f.get(2020, 'A').residents).toBe(5); // r1, r2, r3, r6, r7
    expect(f.get(2021, 'B').residents).toBe(2); // r7, r8
  });

  it('an area without residents has residents 0 and no percentages', async () => {
    const f = await figuresOf(rows, [2020, 2021]);
    expect(f.get(2020, 'B').residents).toBe(0);
    expect(f.get(2020, 'B').nonwesternPct).toBeNull();
  });
});

describe('non-western share: immigrants and descendants of non-western origin over all residents', () => {
  it('counts unknown origin as non-western by default', async () => {
    const f = await figuresOf(rows, [2020, 2021]);
    // A 2021: r1 (MENAPT), r2 (other non-western), r6 (unknown) of r1, r2, r3, r6 → 3 / 4.
    expect(f.get(2021, 'A').nonwesternPct).toEqual(q(75));
    // A 2020 adds r7 (Danish origin despite a country code) → 3 / 5.
    expect(f.get(2020, 'A').nonwesternPct).toEqual(q(60));
  });

  it('unknownOrigin=excluded leaves unknown origin out of the numerator', async () => {
    const f = await figuresOf(rows, [2021], { assumptions: { unknownOrigin: 'excluded' } });
    // r1, r2 of 4 residents.
    expect(f.get(2021, 'A').nonwesternPct).toEqual(q(50));
  });
});

describe('which dwellings count: public always, non-public by build year (nonPublicBuiltFrom) and kind (nonPublicKinds)', () => {
  // Dwellings on parcel pB (area B in 2021) with 1, 2, 4, …, 128 residents each, so every sum below names its
  // dwellings: each resident is a Danish-origin person living there on 1 January 2021.
  const onB = (id: string, ownership: string, kind: string, built: number): Record<string, Cell> => ({
    dwelling_id: id,
    parcel_id: 'pB',
    municipality_code: '101',
    ownership,
    kind,
    built_year: built,
  });
  const households: [Record<string, Cell>, number][] = [
    [onB('bPublicFamily1968', 'almen', 'family', 1968), 1],
    [onB('bPublicYouth2020', 'almen', 'youth', 2020), 2],
    [onB('bOtherFamily2009', 'other', 'family', 2009), 4],
    [onB('bOtherFamily2010', 'other', 'family', 2010), 8],
    [onB('bOtherFamily2011', 'other', 'family', 2011), 16],
    [onB('bOtherYouth2015', 'other', 'youth', 2015), 32],
    [onB('bOtherElderly2005', 'other', 'elderly', 2005), 64],
    [onB('bOtherRoom2010', 'other', 'room', 2010), 128],
  ];
  // [person, dwelling] for every resident
  const residents = households.flatMap(([d, n]) =>
    Array.from(
      { length: n },
      (_, i) => [`${String(d.dwelling_id)}-${i + 1}`, String(d.dwelling_id)] as const,
    ),
  );
  const kinds: DeliveryRows = {
    ...delivery({
      persons: residents.map(([id]) => person(id, BORN)),
      residence: residents.flatMap(([id, dwelling]) => lives(id, dwelling, [2021])),
    }),
    dwellings: [...BASE.dwellings, ...households.map(([d]) => d)],
  };

  it('by default: public dwellings of every kind and year, non-public family dwellings built 2010 or later', async () => {
    const f = await figuresOf(kinds, [2021]);
    // public family 1968 (1) + public youth 2020 (2) + non-public family 2010 (8) and 2011 (16); not the
    // non-public family 2009 (4), nor the non-public youth, elderly or room dwellings (32, 64, 128).
    expect(f.get(2021, 'B').residents).toBe(1 + 2 + 8 + 16);
  });

  it('nonPublicBuiltFrom=2011: a non-public dwelling built in 2010 is not built after 2010 and does not count', async () => {
    const f = await figuresOf(kinds, [2021], { assumptions: { nonPublicBuiltFrom: '2011' } });
    // public (1 + 2) + non-public family 2011 (16).
    expect(f.get(2021, 'B').residents).toBe(1 + 2 + 16);
  });

  it('nonPublicKinds=all: every kind of non-public dwelling built from 2010 counts, none built before', async () => {
    const f = await figuresOf(kinds, [2021], { assumptions: { nonPublicKinds: 'all' } });
    // public (1 + 2) + non-public family 2010 (8), family 2011 (16), youth 2015 (32), room 2010 (128); the
    // family 2009 (4) and elderly 2005 (64) dwellings stay out.
    expect(f.get(2021, 'B').residents).toBe(1 + 2 + 8 + 16 + 32 + 128);
  });

  it('nonPublicBuiltFrom=2011 with nonPublicKinds=all: every kind, built after 2010 only', async () => {
    const f = await figuresOf(kinds, [2021], {
      assumptions: { nonPublicBuiltFrom: '2011', nonPublicKinds: 'all' },
    });
    // public (1 + 2) + non-public family 2011 (16) and youth 2015 (32).
    expect(f.get(2021, 'B').residents).toBe(1 + 2 + 16 + 32);
  });
});
