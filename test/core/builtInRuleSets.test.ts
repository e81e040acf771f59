import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULE_SETS,
  defaultRuleSetForYear,
  ruleSetById,
} from '../../src/core/rulesets/builtInRuleSets.ts';

describe('the built-in rule sets', () => {
  it('are 2010, 2013, 2018 and 2021', () => {
    expect(BUILT_IN_RULE_SETS.map((r) => r.id)).toEqual(['2010', '2013', '2018', '2021']);
    expect(ruleSetById('2018')?.id).toBe('2018');
    expect(ruleSetById('2019')).toBeUndefined();
  });
  it('the rule set in force: 2010 for 2010–2012, 2013 for 2013–2017, 2018 for 2018–2020, 2021 from 2021', () => {
    const years = [2010, 2012, 2013, 2017, 2018, 2020, 2021, 2024, 2030];
    expect(years.map((y) => defaultRuleSetForYear(y).id)).toEqual([
      '2010',
      '2010',
      '2013',
      '2013',
      '2018',
      '2018',
      '2021',
      '2021',
      '2021',
    ]);
  });
  it('no lists before 2010', () => {
    expect(() => defaultRuleSetForYear(2009)).toThrow(RangeError);
  });
  it('the lists each rule set decides, in order', () => {
    expect(BUILT_IN_RULE_SETS.map((r) => r.lists.map((l) => l.list))).toEqual([
      ['ghetto'],
      ['ghetto'],
      ['udsat', 'ghetto', 'hard_ghetto'],
      ['udsat', 'parallelsamfund', 'omdannelse', 'forebyggelse'],
    ]);
  });
  it('residents floor 1,000 and measure definitions per period', () => {
    expect(BUILT_IN_RULE_SETS.map((r) => r.minResidents)).toEqual([1000, 1000, 1000, 1000]);
    expect(BUILT_IN_RULE_SETS.map((r) => [r.measures.averagingYears, r.measures.k3Education])).toEqual([
      [4, 'anySource'],
      [2, 'anySource'],
      [2, 'danishOrRecognised'],
      [2, 'danishOrRecognised'],
    ]);
  });
  it('every criterion cites its law and has a unique id', () => {
    for (const rs of BUILT_IN_RULE_SETS) {
      const criteria = rs.lists.flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])]);
      expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
      for (const c of criteria) {
        expect(c.legalRef.length).toBeGreaterThan(10);
        expect(c.descriptionDa.length).toBeGreaterThan(20);
      }
    }
  });
});
