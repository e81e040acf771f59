import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { classifyArea } from '../../src/core/classify/classifyArea.ts';
import { evaluateCriterion } from '../../src/core/classify/evaluateCriterion.ts';
import type { AreaFigures, ListDecision, ListId } from '../../src/core/model/index.ts';
import { RULE_SET_2010 } from '../../src/core/rulesets/ruleSet2010.ts';
import { RULE_SET_2013 } from '../../src/core/rulesets/ruleSet2013.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import type { RuleSet } from '../../src/core/model/index.ts';
import { areaFiguresOf } from './areaFiguresOf.ts';
import { rational, rationalFromNumber } from '../../src/core/exact/rational.ts';

const context = {
  assumptions: DEFAULT_ASSUMPTIONS,
  membershipIn: () => ({ state: 'no', source: 'history' }) as const,
};
const classify = (f: AreaFigures, rs: RuleSet = RULE_SET_2021) => classifyArea(f, rs, context);
const decision = (f: AreaFigures, list: ListId, rs: RuleSet = RULE_SET_2021): ListDecision => {
  const d = classify(f, rs).decisions.find((x) => x.list === list);
  if (d === undefined) throw new Error(`no decision for ${list}`);
  return d;
};

/** Clean figures: nothing met under any 2021 rule (national K2 rate 2 %). */
const CLEAN = {
  nonwesternPct: 10,
  k1OutsidePct: 20,
  k2ConvictedPct: 2,
  k2NationalPct: 2,
  k3BasicPct: 40,
  k4IncomePct: 90,
};

describe('k of n', () => {
  it('2021 udsat: 2 of 4 met is udsat, 1 of 4 is not', () => {
    const two = areaFiguresOf(2021, 'a', { ...CLEAN, k1OutsidePct: 45, k3BasicPct: 65 });
    const one = areaFiguresOf(2021, 'a', { ...CLEAN, k1OutsidePct: 45 });
    expect(decision(two, 'udsat')).toMatchObject({ member: true, metCount: 2, groupSize: 4 });
    expect(decision(one, 'udsat')).toMatchObject({ member: false, uncertain: false, metCount: 1 });
  });
  it('2013 ghetto: 3 of 5 met is a ghetto, 2 of 5 is not', () => {
    const base = { ...CLEAN, k2ConvictedPct: 1 };
    const two = areaFiguresOf(2015, 'a', { ...base, nonwesternPct: 60, k1OutsidePct: 45 });
    const three = areaFiguresOf(2015, 'a', { ...base, nonwesternPct: 60, k1OutsidePct: 45, k4IncomePct: 50 });
    expect(decision(two, 'ghetto', RULE_SET_2013).member).toBe(false);
    expect(decision(three, 'ghetto', RULE_SET_2013)).toMatchObject({
      member: true,
      metCount: 3,
      groupSize: 5,
    });
  });
  it('2010 ghetto: 2 of 3 met is a ghetto (K2 as a plain share: 2.8 % of residents 18+ is over 2.7 %)', () => {
    const f = areaFiguresOf(2011, 'a', { ...CLEAN, k1OutsidePct: 41, k2ConvictedPct: 2.8 });
    expect(decision(f, 'ghetto', RULE_SET_2010)).toMatchObject({ member: true, metCount: 2, groupSize: 3 });
    expect(classify(f, RULE_SET_2010).lists).toEqual(['ghetto']);
  });
});

describe('the non-western gate', () => {
  const udsat = { ...CLEAN, k1OutsidePct: 45, k3BasicPct: 65 };
  it('an udsat area with exactly 50 % non-western is not a parallelsamfund (not over 50 %)', () => {
    expect(classify(areaFiguresOf(2021, 'a', { ...udsat, nonwesternPct: 50 })).lists).toEqual(['udsat']);
  });
  it('an udsat area with 50.1 % non-western is a parallelsamfund', () => {
    expect(classify(areaFiguresOf(2021, 'a', { ...udsat, nonwesternPct: 50.1 })).lists).toEqual([
      'udsat',
      'parallelsamfund',
    ]);
  });
  it('90 % non-western without 2 of 4 criteria is neither udsat nor parallelsamfund', () => {
    const d = decision(areaFiguresOf(2021, 'a', { ...CLEAN, nonwesternPct: 90 }), 'parallelsamfund');
    expect(d.member).toBe(false);
    expect(d.reasonDa).toBe('Ikke parallelsamfund: ikke udsat boligområde');
  });
});

describe('the residents floor (§ 61 a, stk. 3: at least 1,000 residents)', () => {
  const f = { ...CLEAN, k1OutsidePct: 45, k3BasicPct: 65 };
  it('999 residents: not assessed, on no list', () => {
    const a = classify(areaFiguresOf(2021, 'a', { ...f, residents: 999, name: 'Lille Park' }));
    expect(a.eligible).toBe(false);
    expect(a.lists).toEqual([]);
    expect(a.decisions.map((d) => d.reasonDa)).toEqual(Array(4).fill('Ikke vurderet: 999 beboere < 1.000'));
    expect(a.summaryDa).toBe('Lille Park 2021: ikke vurderet: 999 beboere < 1.000.');
  });
  it('exactly 1,000 residents is at least 1,000: assessed', () => {
    const a = classify(areaFiguresOf(2021, 'a', { ...f, residents: 1000 }));
    expect(a.eligible).toBe(true);
    expect(a.lists).toEqual(['udsat']);
  });
});

describe('forebyggelse and udsat are disjoint', () => {
  it('an area meeting both the udsat and the forebyggelse criteria is only udsat', () => {
    const a = classify(
      areaFiguresOf(2021, 'a', { ...CLEAN, nonwesternPct: 40, k1OutsidePct: 45, k3BasicPct: 65 }),
    );
    expect(a.lists).toEqual(['udsat']);
    expect(a.decisions.find((d) => d.list === 'forebyggelse')?.reasonDa).toBe(
      'Ikke forebyggelsesområde: udsat boligområde (listerne udelukker hinanden)',
    );
  });
  it('an area meeting the forebyggelse thresholds but not udsat is a forebyggelsesområde', () => {
    // K1 35 > 30 and K4 60 < 65 (forebyggelse); neither meets the udsat limits.
    const a = classify(
      areaFiguresOf(2021, 'a', { ...CLEAN, nonwesternPct: 31, k1OutsidePct: 35, k4IncomePct: 60 }),
    );
    expect(a.lists).toEqual(['forebyggelse']);
  });
  it('no combination on a grid of values is on both lists', () => {
    let forebyggelse = 0;
    for (const nonwesternPct of [20, 40, 60])
      for (const k1OutsidePct of [25, 35, 45])
        for (const k2ConvictedPct of [2, 5, 7])
          for (const k3BasicPct of [50, 65])
            for (const k4IncomePct of [50, 60, 70]) {
              const a = classify(
                areaFiguresOf(2021, 'a', {
                  nonwesternPct,
                  k1OutsidePct,
                  k2ConvictedPct,
                  k2NationalPct: 2,
                  k3BasicPct,
                  k4IncomePct,
                }),
              );
              expect(a.lists.includes('udsat') && a.lists.includes('forebyggelse')).toBe(false);
              if (a.lists.includes('forebyggelse')) forebyggelse++;
            }
    expect(forebyggelse).toBeGreaterThan(0);
  });
});

describe('criteria that cannot be computed', () => {
  it('enough met anyway: udsat, and certain', () => {
    const f = areaFiguresOf(2021, 'a', { ...CLEAN, k2NationalPct: null, k1OutsidePct: 45, k3BasicPct: 65 });
    expect(decision(f, 'udsat')).toMatchObject({ member: true, uncertain: false });
    const k2 = decision(f, 'udsat').criteria.find((c) => c.criterion.id === 'udsat.K2');
    expect(k2).toMatchObject({ kind: 'notComputable', why: 'K2: landsgennemsnit mangler' });
  });
  it('the missing one could tip it: not udsat, uncertain, and the sentence says so', () => {
    const f = areaFiguresOf(2021, 'a', { ...CLEAN, k2NationalPct: null, k1OutsidePct: 45 });
    const d = decision(f, 'udsat');
    expect(d).toMatchObject({ member: false, uncertain: true, metCount: 1 });
    expect(d.reasonDa).toBe(
      'Ikke udsat (usikkert): 1 af 4 kriterier opfyldt, mindst 2 kræves (K1 45,0 pct. > 40 pct.); ' +
        '1 kan ikke beregnes (K2: landsgennemsnit mangler) og kunne ændre udfaldet',
    );
    expect(classify(f).summaryDa).toContain('Usikkert pga. manglende tal: udsat boligområde');
  });
  it('too few even if the missing one were met: not udsat, and certain', () => {
    const f = areaFiguresOf(2021, 'a', { ...CLEAN, k2NationalPct: null });
    expect(decision(f, 'udsat')).toMatchObject({ member: false, uncertain: false, metCount: 0 });
  });
  it('a missing non-western share leaves an udsat area uncertain as a parallelsamfund', () => {
    const f = areaFiguresOf(2021, 'a', { ...CLEAN, nonwesternPct: null, k1OutsidePct: 45, k3BasicPct: 65 });
    expect(decision(f, 'parallelsamfund')).toMatchObject({ member: false, uncertain: true });
    expect(classify(f).lists).toEqual(['udsat']);
  });
  it('a national K2 rate of 0 cannot be divided by', () => {
    const c = RULE_SET_2021.lists[0]?.group?.criteria[1];
    if (c === undefined) throw new Error('no K2');
    const r = evaluateCriterion(
      c,
      areaFiguresOf(2021, 'a', { k2ConvictedPct: 1, k2NationalPct: 0 }),
      DEFAULT_ASSUMPTIONS,
    );
    expect(r).toMatchObject({ kind: 'notComputable', why: 'K2: landsgennemsnittet er 0' });
  });
});

describe('margins in points and persons', () => {
  const crit = (id: string) => {
    const c = RULE_SET_2021.lists
      .flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])])
      .find((x) => x.id === id);
    if (c === undefined) throw new Error(id);
    return c;
  };
  const evaluate = (id: string, f: AreaFigures) => {
    const r = evaluateCriterion(crit(id), f, DEFAULT_ASSUMPTIONS);
    if (r.kind !== 'evaluated') throw new Error(`${id} not evaluated`);
    return r;
  };
  it('K1 52.3 % of 1,000 persons 18–64: 12.3 points over; 123 persons must change (523 → 400, not over 40 %)', () => {
    const r = evaluate(
      'udsat.K1',
      areaFiguresOf(2021, 'a', { k1OutsidePct: 52.3, denominators: { n18to64: 1000 } }),
    );
    expect(r.margin).toBeCloseTo(12.3, 10);
    expect(r.marginPersons).toBe(123);
  });
  it('K1 exactly 40 % of 1,000: one more person makes it over 40 %', () => {
    const r = evaluate(
      'udsat.K1',
      areaFiguresOf(2021, 'a', { k1OutsidePct: 40, denominators: { n18to64: 1000 } }),
    );
    expect(r).toMatchObject({ met: false, margin: 0, marginPersons: 1 });
  });
  it('K2 exactly 3× (6 % vs 2 % of 1,000 persons 18+): one fewer convicted (59 < 60) is under 3×', () => {
    const r = evaluate(
      'udsat.K2',
      areaFiguresOf(2021, 'a', { k2ConvictedPct: 6, k2NationalPct: 2, denominators: { n18plus: 1000 } }),
    );
    expect(r).toMatchObject({ met: true, value: rational(3), margin: 0, marginPersons: 1 });
  });
  it('K2 2.5× (5 % vs 2 % of 1,000): 10 more convicted reach 60 = 3×', () => {
    const r = evaluate(
      'udsat.K2',
      areaFiguresOf(2021, 'a', { k2ConvictedPct: 5, k2NationalPct: 2, denominators: { n18plus: 1000 } }),
    );
    expect(r).toMatchObject({ met: false, value: rational(5, 2), margin: -0.5, marginPersons: 10 });
  });
  it('K3 55 % of 400 persons 30–59: 5 points under; 21 more (220 → 241 > 240) make it over 60 %', () => {
    const r = evaluate(
      'udsat.K3',
      areaFiguresOf(2021, 'a', { k3BasicPct: 55, denominators: { n30to59: 400 } }),
    );
    expect(r).toMatchObject({ met: false, margin: -5, marginPersons: 21 });
  });
  it('K4 53.1 % of the region: 1.9 points under 55; no margin in persons for income', () => {
    const r = evaluate(
      'udsat.K4',
      areaFiguresOf(2021, 'a', { k4IncomePct: 53.1, denominators: { nIncome: 800 } }),
    );
    expect(r.met).toBe(true);
    expect(r.margin).toBeCloseTo(-1.9, 10);
    expect(r.marginPersons).toBeNull();
  });
  it('non-western 62 % of 2,000 residents: 240 persons (1,240 → 1,000, not over 50 %)', () => {
    const r = evaluate(
      'parallelsamfund.NW',
      areaFiguresOf(2021, 'a', { nonwesternPct: 62, residents: 2000 }),
    );
    expect(r).toMatchObject({ met: true, margin: 12, marginPersons: 240 });
  });
  it('without denominators there is no margin in persons', () => {
    expect(evaluate('udsat.K1', areaFiguresOf(2021, 'a', { k1OutsidePct: 52.3 })).marginPersons).toBeNull();
  });
});

describe('Danish sentences', () => {
  const f = areaFiguresOf(2021, 'a', {
    name: 'Parken',
    nonwesternPct: 62,
    k1OutsidePct: 52.3,
    k2ConvictedPct: 5.6,
    k2NationalPct: 2,
    k3BasicPct: 61.2,
    k4IncomePct: 70,
  });
  it('a met group lists the met criteria and k of n', () => {
    expect(decision(f, 'udsat').reasonDa).toBe(
      'Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. > 60 pct. (2 af 4)',
    );
  });
  it('criteria not met print the negated operator: K2 2,8× < 3×, K4 ≥', () => {
    const texts = decision(f, 'udsat').criteria.map((c) => (c.kind === 'evaluated' ? c.textDa : c.why));
    expect(texts).toEqual([
      'K1 52,3 pct. > 40 pct.',
      'K2 2,8× < 3×',
      'K3 61,2 pct. > 60 pct.',
      'K4 70,0 pct. af regionens ≥ 55 pct.',
    ]);
  });
  it('K4 met reads "af regionens <"', () => {
    const d = decision({ ...f, k4IncomePct: rationalFromNumber(53.1) }, 'udsat');
    expect(d.criteria.find((c) => c.criterion.measure === 'K4')).toMatchObject({
      textDa: 'K4 53,1 pct. af regionens < 55 pct.',
    });
  });
  it('the parallelsamfund sentence and the summary', () => {
    expect(decision(f, 'parallelsamfund').reasonDa).toBe(
      'Parallelsamfund: udsat boligområde; ikke-vestlige 62,0 pct. > 50 pct.',
    );
    expect(classify(f).summaryDa).toBe('Parken 2021: udsat boligområde og parallelsamfund.');
  });
  it('not met: how many of how many, and what is required', () => {
    expect(decision(areaFiguresOf(2021, 'a', CLEAN), 'udsat').reasonDa).toBe(
      'Ikke udsat: 0 af 4 kriterier opfyldt, mindst 2 kræves',
    );
  });
});

describe('decisions keep their structure: kind-tagged conditions, rendered in Danish and English', () => {
  it('forebyggelse 2021: excludes udsat, the non-western gate, and 2 of 4 — each a condition with its state', () => {
    const f = areaFiguresOf(2021, 'a', { ...CLEAN, nonwesternPct: 40, k1OutsidePct: 35, k4IncomePct: 60 });
    const d = decision(f, 'forebyggelse');
    expect(d.conditions.map((c) => [c.kind, c.state])).toEqual([
      ['excludes', 'yes'],
      ['gate', 'yes'],
      ['group', 'yes'],
    ]);
    expect(d.conditions[0]).toEqual({ kind: 'excludes', list: 'udsat', onList: 'no', state: 'yes' });
    expect(d.conditions[2]).toMatchObject({ kind: 'group', minMet: 2, metCount: 2, notComputable: 0 });
    expect(d.reasonDa).toBe(
      'Forebyggelsesområde: ikke udsat boligområde; ikke-vestlige 40,0 pct. > 30 pct.; ' +
        'K1 35,0 pct. > 30 pct., K4 60,0 pct. af regionens < 65 pct. (2 af 4)',
    );
    expect(d.reasonEn).toBe(
      'forebyggelse: not on udsat; non-western 40.0% > 30%; K1 35.0% > 30%, K4 60.0% of region < 65% (2 of 4)',
    );
  });
  it('below the floor every decision is one failed floor condition', () => {
    const d = decision(areaFiguresOf(2021, 'a', { ...CLEAN, residents: 999 }), 'udsat');
    expect(d.conditions).toEqual([{ kind: 'floor', residents: 999, minResidents: 1000, state: 'no' }]);
    expect([d.reasonDa, d.reasonEn]).toEqual([
      'Ikke vurderet: 999 beboere < 1.000',
      'not assessed: 999 residents < 1000',
    ]);
  });
  it('a missing figure that could tip the group leaves it unknown, and the English says so', () => {
    const d = decision(areaFiguresOf(2021, 'a', { ...CLEAN, k1OutsidePct: 45, k3BasicPct: null }), 'udsat');
    expect(d.conditions[0]).toMatchObject({ kind: 'group', metCount: 1, notComputable: 1, state: 'unknown' });
    expect(d.reasonEn).toBe(
      'not udsat (uncertain): 1 of 4 criteria met, at least 2 required (K1 45.0% > 40%); ' +
        '1 not computable (K3 missing) and could change the outcome',
    );
  });
});
