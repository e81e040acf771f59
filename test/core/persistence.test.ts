import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { persistentMembers, requiredPersistenceYears } from '../../src/core/history/persistentMembers.ts';
import { areaId, type Designation, type ListId } from '../../src/core/model/index.ts';
import { listRunFromFigures } from '../../src/core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../../src/core/rulesets/builtInRuleSets.ts';
import { RULE_SET_2018 } from '../../src/core/rulesets/ruleSet2018.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { areaFiguresOf, historyOf } from './areaFiguresOf.ts';

const official = (list: ListId, id: string, years: readonly number[]): Designation[] =>
  years.map((year) => ({ year, areaId: areaId(id), list, source: 'official' }));

/** Figures that make an udsat area with a non-western share over 50 %: a ghetto (2018) / parallelsamfund (2021). */
const GHETTO = {
  nonwesternPct: 60,
  k1OutsidePct: 45,
  k2ConvictedPct: 2,
  k2NationalPct: 2,
  k3BasicPct: 65,
  k4IncomePct: 90,
};

const run = (years: number[], figures: ReturnType<typeof areaFiguresOf>[], history: Designation[]) =>
  listRunFromFigures({
    figures,
    history: historyOf(history),
    years,
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });

const listsOf = (r: ReturnType<typeof run>, year: number, id: string) =>
  r.designations.filter((d) => d.year === year && d.areaId === id).map((d) => d.list);

const hardGhetto = RULE_SET_2018.lists.find((l) => l.list === 'hard_ghetto')?.persistence;
const omdannelse = RULE_SET_2021.lists.find((l) => l.list === 'omdannelse')?.persistence;
if (hardGhetto === undefined || omdannelse === undefined) throw new Error('persistence rules missing');

describe('2018: hard ghetto = ghetto in each of the last 4 years, 5 for the lists of 2018–2020', () => {
  it('the transitional rule asks 5 years through 2020 and 4 years after', () => {
    expect([2018, 2019, 2020, 2021].map((y) => requiredPersistenceYears(hardGhetto, y))).toEqual([
      5, 5, 5, 4,
    ]);
  });
  it('ghetto 2015–2018 and a ghetto by its 2019 figures: 5 years, a hard ghetto in 2019', () => {
    const r = run(
      [2019],
      [areaFiguresOf(2019, 'a', GHETTO)],
      official('ghetto', 'a', [2015, 2016, 2017, 2018]),
    );
    expect(listsOf(r, 2019, 'a')).toEqual(['ghetto', 'hard_ghetto', 'udsat']);
  });
  it('ghetto 2016–2019 only (4 years) is not enough for the list of 2019', () => {
    // The ghetto list of 2015 is known (it names another area).
    const history = [...official('ghetto', 'a', [2016, 2017, 2018]), ...official('ghetto', 'z', [2015])];
    const r = run([2019], [areaFiguresOf(2019, 'a', GHETTO)], history);
    expect(listsOf(r, 2019, 'a')).toEqual(['ghetto', 'udsat']);
    const d = r.assessments[0]?.decisions.find((x) => x.list === 'hard_ghetto');
    expect(d?.reasonDa).toBe('Ikke hårdt ghettoområde: ghettoområde 4 år i træk (2016-2019), 5 kræves');
    expect(d?.uncertain).toBe(false);
  });
  it('ghetto 2016–2019 with nothing known of 2015: not a hard ghetto, but uncertain, and says why', () => {
    const r = run([2019], [areaFiguresOf(2019, 'a', GHETTO)], official('ghetto', 'a', [2016, 2017, 2018]));
    expect(listsOf(r, 2019, 'a')).toEqual(['ghetto', 'udsat']);
    const d = r.assessments[0]?.decisions.find((x) => x.list === 'hard_ghetto');
    expect(d?.conditions).toEqual([
      {
        kind: 'persistence',
        of: 'ghetto',
        required: 5,
        streak: 5,
        unknown: [{ kind: 'noHistory', year: 2015 }],
        state: 'unknown',
      },
    ]);
    expect(d).toMatchObject({
      member: false,
      uncertain: true,
      reasonDa:
        'Ikke hårdt ghettoområde (usikkert): ghettoområde i hvert af de seneste 5 år (2015-2019) kan ikke ' +
        'afgøres: historik mangler for 2015',
      reasonEn:
        'not hard_ghetto (uncertain): ghetto in each of the last 5 years (2015-2019) cannot be decided: ' +
        'no history for 2015',
    });
  });
  it('from official ghetto memberships alone: 4 years suffice once the transitional rule has ended', () => {
    const ds = official('ghetto', 'a', [2018, 2019, 2020, 2021]);
    expect(persistentMembers(hardGhetto, 2021, ds)).toEqual(['a']);
    expect(persistentMembers(hardGhetto, 2020, official('ghetto', 'a', [2017, 2018, 2019, 2020]))).toEqual(
      [],
    );
  });
});

describe('2021: omdannelse = parallelsamfund in each of the last 5 years; earlier ghetto lists count', () => {
  it('ghetto 2017–2020 and a parallelsamfund in 2021: an omdannelsesområde', () => {
    const r = run(
      [2021],
      [areaFiguresOf(2021, 'a', GHETTO)],
      official('ghetto', 'a', [2017, 2018, 2019, 2020]),
    );
    expect(listsOf(r, 2021, 'a')).toEqual(['udsat', 'parallelsamfund', 'omdannelse']);
    expect(r.assessments[0]?.decisions.find((d) => d.list === 'omdannelse')?.reasonDa).toBe(
      'Omdannelsesområde: parallelsamfund i hvert af de seneste 5 år (2017-2021)',
    );
  });
  it('a gap (not on the complete ghetto list of 2019) breaks the run', () => {
    const history = [...official('ghetto', 'a', [2017, 2018, 2020]), ...official('ghetto', 'z', [2019])];
    const r = run([2021], [areaFiguresOf(2021, 'a', GHETTO)], history);
    expect(listsOf(r, 2021, 'a')).toEqual(['udsat', 'parallelsamfund']);
    expect(r.assessments[0]?.decisions.find((d) => d.list === 'omdannelse')?.uncertain).toBe(false);
  });
  it('a year missing from the history is not a gap: the decision is uncertain', () => {
    const r = run([2021], [areaFiguresOf(2021, 'a', GHETTO)], official('ghetto', 'a', [2017, 2018, 2020]));
    expect(listsOf(r, 2021, 'a')).toEqual(['udsat', 'parallelsamfund']);
    expect(r.assessments[0]?.decisions.find((d) => d.list === 'omdannelse')).toMatchObject({
      uncertain: true,
      reasonDa:
        'Ikke omdannelsesområde (usikkert): parallelsamfund i hvert af de seneste 5 år (2017-2021) kan ikke ' +
        'afgøres: historik mangler for 2019',
    });
  });
  it('a partial list that does not name the area leaves the year unknown, not "not on the list"', () => {
    const history = {
      designations: official('ghetto', 'a', [2017, 2018, 2020]),
      lists: [2017, 2018, 2019, 2020].map((year) => ({
        year,
        list: 'ghetto' as const,
        completeness: year === 2019 ? ('partial' as const) : ('complete' as const),
        named: year === 2019 ? 3 : 1,
        officialCount: year === 2019 ? 28 : 1,
      })),
    };
    const r = listRunFromFigures({
      figures: [areaFiguresOf(2021, 'a', GHETTO)],
      history,
      years: [2021],
      ruleSetForYear: defaultRuleSetForYear,
      assumptions: DEFAULT_ASSUMPTIONS,
    });
    expect(r.assessments[0]?.decisions.find((d) => d.list === 'omdannelse')?.reasonDa).toBe(
      'Ikke omdannelsesområde (usikkert): parallelsamfund i hvert af de seneste 5 år (2017-2021) kan ikke ' +
        'afgøres: listen for 2019 er kun delvist kendt',
    );
  });
  it('not a parallelsamfund this year: no omdannelse however long the history', () => {
    const r = run(
      [2021],
      [areaFiguresOf(2021, 'a', { ...GHETTO, nonwesternPct: 40 })],
      official('ghetto', 'a', [2016, 2017, 2018, 2019, 2020]),
    );
    expect(listsOf(r, 2021, 'a')).toEqual(['udsat']);
  });
  it('years without figures or history are unknown: no omdannelse, uncertain, with the years', () => {
    const r = run([2021], [areaFiguresOf(2021, 'a', GHETTO)], []);
    expect(listsOf(r, 2021, 'a')).toEqual(['udsat', 'parallelsamfund']);
    // 2016–2020: the hard-ghetto list of 2020 (compared in the changes of 2021) looks back to 2016.
    expect(r.uncoveredYears).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(r.assessments[0]?.decisions.find((d) => d.list === 'omdannelse')?.reasonDa).toBe(
      'Ikke omdannelsesområde (usikkert): parallelsamfund i hvert af de seneste 5 år (2017-2021) kan ikke ' +
        'afgøres: historik mangler for 2017–2020',
    );
  });
  it('a not-assessed year (966 residents) breaks the run in the years after it', () => {
    const figures = [2021, 2022, 2023, 2024, 2025].map((y) =>
      areaFiguresOf(y, 'a', { ...GHETTO, residents: y === 2023 ? 966 : 2000 }),
    );
    const r = run([2021, 2022, 2023, 2024, 2025], figures, official('ghetto', 'a', [2017, 2018, 2019, 2020]));
    expect([2021, 2022, 2023, 2024, 2025].map((y) => listsOf(r, y, 'a').includes('omdannelse'))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it('computed years of the run take precedence over imported history', () => {
    // History says parallelsamfund 2017–2021, but the run computes 2021 and finds it is not one.
    const figures = [
      areaFiguresOf(2021, 'a', { ...GHETTO, nonwesternPct: 40 }),
      areaFiguresOf(2022, 'a', GHETTO),
    ];
    const history = [
      ...official('ghetto', 'a', [2017, 2018, 2019, 2020]),
      ...official('parallelsamfund', 'a', [2021]),
    ];
    const r = run([2021, 2022], figures, history);
    expect(listsOf(r, 2022, 'a')).toEqual(['udsat', 'parallelsamfund']);
  });
});
