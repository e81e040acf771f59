import { describe, expect, it } from 'vitest';
import type { Statistic } from '../../src/core/model/statistic.ts';
import type { CellValue } from '../../src/disclosure/cell.ts';
import {
  DEFAULT_DISCLOSURE_OPTIONS,
  type DisclosureOptions,
} from '../../src/disclosure/disclosureOptions.ts';
import { protectTables } from '../../src/disclosure/protectTables.ts';
import { cell, table } from './measuredTables.ts';

/** One cell alone in its table (no relations, so only the primary rules act). */
function alone(statistic: Statistic, largeGroupsOnly?: boolean, options?: DisclosureOptions): CellValue {
  const result = protectTables([table('t', [cell('r', 'c', statistic)], [], largeGroupsOnly)], options);
  const only = result.tables.get('t')?.[0];
  if (only === undefined) throw new Error('no cell');
  return only.value;
}
const suppressedBy = (rule: string): CellValue => ({
  kind: 'suppressed',
  rule,
  primaryOrSecondary: 'primary',
});
const value = (v: number): CellValue => ({ kind: 'value', value: v });

describe('primary rules (domain §7), at their boundaries', () => {
  it('a count of 1 or 2 persons is suppressed: 2 is suppressed, 3 is published', () => {
    expect(alone({ kind: 'count', count: 1 })).toEqual(suppressedBy('count-under-3'));
    expect(alone({ kind: 'count', count: 2 })).toEqual(suppressedBy('count-under-3'));
    expect(alone({ kind: 'count', count: 3 })).toEqual(value(3));
  });

  it('a count of 0 is published', () => {
    expect(alone({ kind: 'count', count: 0 })).toEqual(value(0));
  });

  it('a mean over fewer than 5 persons is suppressed: 4 persons suppressed, 5 published', () => {
    expect(alone({ kind: 'mean', sum: 1_000, n: 4 })).toEqual(suppressedBy('persons-under-5'));
    expect(alone({ kind: 'mean', sum: 1_000, n: 5 })).toEqual(value(200));
  });

  it('a share over fewer than 5 persons is suppressed: 4 persons suppressed, 5 published', () => {
    // No one in the numerator, so the numerator-or-complement rule does not apply (0 % is published).
    expect(alone({ kind: 'share', numerator: 0, denominator: 4, numeratorPersons: 0 })).toEqual(
      suppressedBy('persons-under-5'),
    );
    expect(alone({ kind: 'share', numerator: 0, denominator: 5, numeratorPersons: 0 })).toEqual(value(0));
    expect(alone({ kind: 'share', numerator: 5, denominator: 5, numeratorPersons: 5 })).toEqual(value(100));
  });

  it('a share over nobody is suppressed (fewer than 5 persons), never shown as 0', () => {
    expect(alone({ kind: 'share', numerator: 0, denominator: 0, numeratorPersons: 0 })).toEqual(
      suppressedBy('persons-under-5'),
    );
  });

  it('a share whose numerator is 1 or 2 persons is suppressed: 2 suppressed, 3 published', () => {
    const shareOf = (p: number): Statistic => ({
      kind: 'share',
      numerator: p,
      denominator: 10,
      numeratorPersons: p,
    });
    expect(alone(shareOf(1))).toEqual(suppressedBy('share-part-under-3'));
    expect(alone(shareOf(2))).toEqual(suppressedBy('share-part-under-3'));
    expect(alone(shareOf(3))).toEqual(value(30));
  });

  it('a share whose complement (denominator − numerator) is 1 or 2 persons is suppressed: 2 suppressed, 3 published', () => {
    const shareOf = (p: number): Statistic => ({
      kind: 'share',
      numerator: p,
      denominator: 10,
      numeratorPersons: p,
    });
    expect(alone(shareOf(9))).toEqual(suppressedBy('share-part-under-3'));
    expect(alone(shareOf(8))).toEqual(suppressedBy('share-part-under-3'));
    expect(alone(shareOf(7))).toEqual(value(70));
  });

  it('the numerator-or-complement rule counts persons, not a fractional numerator', () => {
    // 2.5 full-time persons spread over 6 persons out of 10: neither 6 nor 4 is 1 or 2.
    expect(alone({ kind: 'share', numerator: 2.5, denominator: 10, numeratorPersons: 6 })).toEqual(value(25));
    // 6.5 full-time persons over 8 persons: the complement is 2 persons.
    expect(alone({ kind: 'share', numerator: 6.5, denominator: 10, numeratorPersons: 8 })).toEqual(
      suppressedBy('share-part-under-3'),
    );
  });

  it('a derived number resting on a group of fewer than 5 persons is suppressed: 4 suppressed, 5 published', () => {
    expect(alone({ kind: 'derived', value: -1.25, persons: [120, 4] })).toEqual(
      suppressedBy('persons-under-5'),
    );
    expect(alone({ kind: 'derived', value: -1.25, persons: [120, 5] })).toEqual(value(-1.25));
  });

  it('only groups with more than 100 observations are shown: 100 suppressed, 101 published', () => {
    expect(alone({ kind: 'count', count: 100 }, true)).toEqual(suppressedBy('group-100-or-fewer'));
    expect(alone({ kind: 'count', count: 101 }, true)).toEqual(value(101));
    expect(alone({ kind: 'mean', sum: 700, n: 100 }, true)).toEqual(suppressedBy('group-100-or-fewer'));
    expect(alone({ kind: 'mean', sum: 707, n: 101 }, true)).toEqual(value(7));
    expect(alone({ kind: 'share', numerator: 50, denominator: 100, numeratorPersons: 50 }, true)).toEqual(
      suppressedBy('group-100-or-fewer'),
    );
  });

  it('the more-than-100 rule is off unless the table asks for it', () => {
    expect(alone({ kind: 'count', count: 100 })).toEqual(value(100));
    expect(alone({ kind: 'count', count: 100 }, false)).toEqual(value(100));
  });

  it('a count of 1 or 2 in a large-groups table is named by the count rule, which is tried first', () => {
    expect(alone({ kind: 'count', count: 2 }, true)).toEqual(suppressedBy('count-under-3'));
  });

  it('thresholds are options, and rule names follow them', () => {
    const options = {
      ...DEFAULT_DISCLOSURE_OPTIONS,
      disclosureMinCount: 5,
      disclosureGroupObservationsOver: 50,
    };
    expect(alone({ kind: 'count', count: 4 }, false, options)).toEqual(suppressedBy('count-under-5'));
    expect(alone({ kind: 'count', count: 5 }, false, options)).toEqual(value(5));
    expect(alone({ kind: 'count', count: 50 }, true, options)).toEqual(suppressedBy('group-50-or-fewer'));
    expect(alone({ kind: 'count', count: 51 }, true, options)).toEqual(value(51));
  });

  it('missing and not applicable cells stay as they are, with no decision', () => {
    const result = protectTables([
      table('t', [
        cell('a', 'c', { kind: 'missing', why: 'no input' }),
        cell('b', 'c', { kind: 'notApplicable' }),
      ]),
    ]);
    expect(result.tables.get('t')?.map((c) => c.value)).toEqual([
      { kind: 'missing', why: 'no input' },
      { kind: 'notApplicable' },
    ]);
    expect(result.decisions).toEqual([]);
  });
});

describe('tables of dwellings and lettings (`notPersons`): no primary rule, the cells still published through control', () => {
  it('a count of 1 dwelling and a share over 2 lettings are published; the same in a table of persons are not', () => {
    const cells = [
      cell('r', 'count', { kind: 'count', count: 1 }),
      cell('r', 'share', { kind: 'share', numerator: 1, denominator: 2, numeratorPersons: 1 }),
    ];
    const dwellings = protectTables([{ ...table('t', cells, []), notPersons: true }]);
    expect(dwellings.tables.get('t')?.map((c) => c.value)).toEqual([value(1), value(50)]);
    expect(dwellings.decisions).toEqual([]);
    const persons = protectTables([table('t', cells, [])]);
    expect(persons.tables.get('t')?.map((c) => c.value.kind)).toEqual(['suppressed', 'suppressed']);
  });
});
