import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { areaId, type AreaFigures, type Designation, type ListChange } from '../../src/core/model/index.ts';
import { listRunFromFigures } from '../../src/core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../../src/core/rulesets/builtInRuleSets.ts';
import { areaFiguresOf, historyOf, type FigureValues } from './areaFiguresOf.ts';

/** Nothing met under any 2021 rule (national K2 rate 2 %). */
const CLEAN = {
  nonwesternPct: 10,
  k1OutsidePct: 20,
  k2ConvictedPct: 2,
  k2NationalPct: 2,
  k3BasicPct: 40,
  k4IncomePct: 90,
};

const run = (years: number[], figures: AreaFigures[], history: Designation[] = []) =>
  listRunFromFigures({
    figures,
    history: historyOf(history),
    years,
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });

const changeOf = (changes: readonly ListChange[], id: string, list: string) => {
  const c = changes.find((x) => x.areaId === id && x.list === list);
  if (c === undefined) throw new Error(`no change for ${id} on ${list}`);
  return c;
};

describe('changes between two computed years, with reasons in criteria terms', () => {
  const f = (year: number, id: string, v: FigureValues) => areaFiguresOf(year, id, { ...CLEAN, ...v });
  const figures = [
    // A: K1 and K2 (6 % / 2 % = 3×) in 2021; K2 falls to 5.6 / 2 = 2.8× in 2022.
    f(2021, 'A', { k1OutsidePct: 45, k2ConvictedPct: 6 }),
    f(2022, 'A', { k1OutsidePct: 45, k2ConvictedPct: 5.6 }),
    // B: udsat in 2021 (K1, K3); K1 falls to 35 % in 2022: under 40, over 30, and 40 % non-western → forebyggelse.
    f(2021, 'B', { k1OutsidePct: 45, k3BasicPct: 65, nonwesternPct: 40 }),
    f(2022, 'B', { k1OutsidePct: 35, k3BasicPct: 65, nonwesternPct: 40 }),
    // C: udsat, then 966 residents.
    f(2021, 'C', { k1OutsidePct: 45, k3BasicPct: 65 }),
    f(2022, 'C', { k1OutsidePct: 45, k3BasicPct: 65, residents: 966 }),
    // D: K1 only in 2021; K3 joins in 2022.
    f(2021, 'D', { k1OutsidePct: 45 }),
    f(2022, 'D', { k1OutsidePct: 45, k3BasicPct: 65 }),
    // E: udsat both years.
    f(2021, 'E', { k1OutsidePct: 45, k3BasicPct: 65 }),
    f(2022, 'E', { k1OutsidePct: 45, k3BasicPct: 65 }),
    // F: udsat in 2021, no figures in 2022.
    f(2021, 'F', { k1OutsidePct: 45, k3BasicPct: 65, name: 'Fjernparken' }),
    // G: parallelsamfund in 2021; K3 falls to 55 % in 2022.
    f(2021, 'G', { k1OutsidePct: 45, k3BasicPct: 65, nonwesternPct: 60 }),
    f(2022, 'G', { k1OutsidePct: 45, k3BasicPct: 55, nonwesternPct: 60 }),
  ];
  const r = run([2021, 2022], figures);

  it('no changes for 2021: nothing is known about 2020', () => {
    expect(r.changes.filter((c) => c.year === 2021)).toEqual([]);
  });
  it('left udsat: K2 no longer met (2.8× < 3×)', () => {
    const c = changeOf(r.changes, 'A', 'udsat');
    expect(c.change).toBe('left');
    expect(c.reasons).toEqual([
      {
        kind: 'criterion',
        criterionId: 'udsat.K2',
        outcome: 'notMet',
        previously: 'met',
        textDa: 'K2 ikke længere opfyldt (2,8× < 3×)',
        textEn: 'K2 no longer met (2.8x < 3x)',
      },
    ]);
    expect(c.textDa).toBe('Ude af listen over udsatte boligområder: K2 ikke længere opfyldt (2,8× < 3×)');
    expect(c.textEn).toBe('left udsat: K2 no longer met (2.8x < 3x)');
  });
  it('moved from udsat to forebyggelse', () => {
    const out = changeOf(r.changes, 'B', 'udsat');
    expect(out.change).toBe('left');
    expect(out.textEn).toBe('left udsat: K1 no longer met (35.0% <= 40%); moved from udsat to forebyggelse');
    const into = changeOf(r.changes, 'B', 'forebyggelse');
    expect(into.change).toBe('entered');
    expect(into.reasons).toEqual([{ kind: 'movedBetweenLists', from: 'udsat', to: 'forebyggelse' }]);
    expect(into.textDa).toBe(
      'Optaget på listen over forebyggelsesområder: flyttet fra udsatte boligområder til forebyggelsesområder',
    );
  });
  it('not assessed: 966 residents < 1,000', () => {
    const c = changeOf(r.changes, 'C', 'udsat');
    expect(c.reasons).toEqual([{ kind: 'notAssessed', residents: 966, minResidents: 1000 }]);
    expect(c.textDa).toBe('Ude af listen over udsatte boligområder: ikke vurderet: 966 beboere < 1.000');
    expect(c.textEn).toBe('left udsat: not assessed: 966 residents < 1000');
  });
  it('entered udsat: K3 now met', () => {
    const c = changeOf(r.changes, 'D', 'udsat');
    expect(c.change).toBe('entered');
    expect(c.textDa).toBe('Optaget på listen over udsatte boligområder: K3 nu opfyldt (65,0 pct. > 60 pct.)');
    expect(c.textEn).toBe('entered udsat: K3 now met (65.0% > 60%)');
  });
  it('stayed, without reasons when nothing changed', () => {
    expect(changeOf(r.changes, 'E', 'udsat')).toMatchObject({
      change: 'stayed',
      reasons: [],
      textDa: 'Fortsat på listen over udsatte boligområder',
    });
  });
  it('no figures for the area: not claimed to have left, its status is unknown', () => {
    expect(changeOf(r.changes, 'F', 'udsat')).toMatchObject({
      change: 'unknown',
      before: 'yes',
      after: 'unknown',
      name: 'Fjernparken',
      reasons: [{ kind: 'noFigures' }],
      textDa: 'Usikkert, om området fortsat er på listen over udsatte boligområder: ingen tal for området',
      textEn: 'unknown udsat: no figures for the area',
    });
  });
  it('left parallelsamfund because it is no longer udsat, and why', () => {
    const c = changeOf(r.changes, 'G', 'parallelsamfund');
    expect(c.textEn).toBe('left parallelsamfund: no longer on udsat; K3 no longer met (55.0% <= 60%)');
  });
  it('every 2022 change is listed once per list and area, udsat first', () => {
    expect(r.changes.map((c) => `${c.list} ${c.areaId} ${c.change}`)).toEqual([
      'udsat A left',
      'udsat B left',
      'udsat C left',
      'udsat D entered',
      'udsat E stayed',
      'udsat F unknown',
      'udsat G left',
      'parallelsamfund G left',
      'forebyggelse B entered',
    ]);
  });
});

describe('changes across rule sets and from imported history', () => {
  const ghetto = {
    nonwesternPct: 60,
    k1OutsidePct: 45,
    k2ConvictedPct: 2,
    k2NationalPct: 2,
    k3BasicPct: 65,
    k4IncomePct: 50,
  };
  it('2020 → 2021: the ghetto list continues as parallelsamfund; the rule set changed', () => {
    const r = run([2020, 2021], [areaFiguresOf(2020, 'a', ghetto), areaFiguresOf(2021, 'a', ghetto)]);
    const c = changeOf(r.changes, 'a', 'parallelsamfund');
    expect(c.change).toBe('stayed');
    expect(c.reasons).toEqual([{ kind: 'ruleSetChanged', from: '2018', to: '2021' }]);
    expect(c.textEn).toBe('stayed parallelsamfund: rule set changed (2018 -> 2021)');
    expect(c.textDa).toBe('Fortsat på listen over parallelsamfund: nye regler (2018 → 2021)');
  });
  it('2017 → 2018: the ghetto list continues under new criteria; udsat is a new list', () => {
    // 2013 rules: NW, K1, K3 (over 50 % incl. unknown), K4 → 4 of 5. 2018: K1, K3, K4 → udsat; NW → ghetto.
    const r = run([2017, 2018], [areaFiguresOf(2017, 'a', ghetto), areaFiguresOf(2018, 'a', ghetto)]);
    expect(changeOf(r.changes, 'a', 'ghetto')).toMatchObject({
      change: 'stayed',
      reasons: [{ kind: 'ruleSetChanged', from: '2013', to: '2018' }],
    });
    expect(changeOf(r.changes, 'a', 'udsat').change).toBe('entered');
  });
  it('2017 → 2018: a ghetto of 3 of 5 without a non-western majority leaves because the rules changed', () => {
    // 2013 rules: K1 45 > 40, K3 55 > 50, K4 50 < 55 → 3 of 5. 2018: udsat (K1, K4), but non-western 45 ≤ 50.
    const v = {
      nonwesternPct: 45,
      k1OutsidePct: 45,
      k2ConvictedPct: 2,
      k2NationalPct: 2,
      k3BasicPct: 55,
      k4IncomePct: 50,
    };
    const r = run([2017, 2018], [areaFiguresOf(2017, 'a', v), areaFiguresOf(2018, 'a', v)]);
    const c = changeOf(r.changes, 'a', 'ghetto');
    expect(c.change).toBe('left');
    expect(c.textEn).toBe('left ghetto: rule set changed (2013 -> 2018); non-western not met (45.0% <= 50%)');
    expect(c.textDa).toBe(
      'Ude af listen over ghettoområder: nye regler (2013 → 2018); ikke-vestlige ikke opfyldt (45,0 pct. ≤ 50 pct.)',
    );
  });
  it('entered after a year below the floor: assessed again, criteria met (not "now met")', () => {
    const v = { ...CLEAN, k1OutsidePct: 45, k3BasicPct: 65 };
    const r = run(
      [2022, 2023],
      [areaFiguresOf(2022, 'a', { ...v, residents: 966 }), areaFiguresOf(2023, 'a', v)],
    );
    const c = changeOf(r.changes, 'a', 'udsat');
    expect(c.change).toBe('entered');
    expect(c.reasons[0]).toEqual({ kind: 'assessedAgain', previousResidents: 966, minResidents: 1000 });
    expect(c.textDa).toBe(
      'Optaget på listen over udsatte boligområder: vurderet igen (året før 966 beboere < 1.000); ' +
        'K1 opfyldt (45,0 pct. > 40 pct.); K3 opfyldt (65,0 pct. > 60 pct.)',
    );
    expect(c.textEn).toBe(
      'entered udsat: assessed again (the year before 966 residents < 1000); K1 met (45.0% > 40%); K3 met (65.0% > 60%)',
    );
  });
  it('the first run year is compared with imported history', () => {
    const history: Designation[] = [{ year: 2021, areaId: areaId('A'), list: 'udsat', source: 'official' }];
    const r = run(
      [2022],
      [areaFiguresOf(2022, 'A', { ...CLEAN, k1OutsidePct: 45, k2ConvictedPct: 5.6 })],
      history,
    );
    const c = changeOf(r.changes, 'A', 'udsat');
    expect(c.change).toBe('left');
    // Only the membership of 2021 is known, not its criteria: nothing is "no longer" met.
    expect(c.textDa).toBe(
      'Ude af listen over udsatte boligområder: K2 ikke opfyldt (2,8× < 3×); ' +
        'K3 ikke opfyldt (40,0 pct. ≤ 60 pct.); K4 ikke opfyldt (90,0 pct. af regionens ≥ 55 pct.)',
    );
    expect(c.reasons.map((x) => (x.kind === 'criterion' ? [x.criterionId, x.previously] : x.kind))).toEqual([
      ['udsat.K2', 'unknown'],
      ['udsat.K3', 'unknown'],
      ['udsat.K4', 'unknown'],
    ]);
  });
  it('persistence reached: entered omdannelse', () => {
    const history: Designation[] = [2017, 2018, 2019, 2020].map((year) => ({
      year,
      areaId: areaId('a'),
      list: 'ghetto',
      source: 'official',
    }));
    // The hard-ghetto list of 2020 is known (complete) and does not name the area.
    const hard2020: Designation = {
      year: 2020,
      areaId: areaId('z'),
      list: 'hard_ghetto',
      source: 'official',
    };
    const r = run([2021], [areaFiguresOf(2021, 'a', ghetto)], [...history, hard2020]);
    const c = changeOf(r.changes, 'a', 'omdannelse');
    expect(c.change).toBe('entered');
    expect(c.reasons).toEqual([
      { kind: 'ruleSetChanged', from: '2018', to: '2021' },
      { kind: 'persistence', years: 5 },
    ]);
  });
  it('persistence reached, but whether it was a hard ghetto the year before is not known', () => {
    const history: Designation[] = [2017, 2018, 2019, 2020].map((year) => ({
      year,
      areaId: areaId('a'),
      list: 'ghetto',
      source: 'official',
    }));
    const r = run([2021], [areaFiguresOf(2021, 'a', ghetto)], history);
    expect(r.designations.filter((d) => d.list === 'omdannelse').map((d) => d.areaId)).toEqual(['a']);
    expect(r.changes.filter((c) => c.list === 'omdannelse')).toEqual([]);
  });
});
