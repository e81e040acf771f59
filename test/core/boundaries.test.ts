import { rational } from '../../src/core/exact/rational.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { evaluateCriterion } from '../../src/core/classify/evaluateCriterion.ts';
import type { AreaFigures } from '../../src/core/model/index.ts';
import { BUILT_IN_RULE_SETS, ruleSetById } from '../../src/core/rulesets/builtInRuleSets.ts';
import { areaFiguresOf } from './areaFiguresOf.ts';

/**
 * The legal limits, written out by hand from the law and the ministerial criteria (not read from the rule set
 * data): rule set, criterion id, the limit, whether the criterion is met exactly at / just over / just under
 * it, and the legal wording. A wrong threshold or operator in the data makes one of these fail.
 */
const LIMITS: readonly [string, string, number, readonly [boolean, boolean, boolean], string][] = [
  ['2010', 'ghetto.NW', 50, [false, true, false], 'over 50 %'],
  ['2010', 'ghetto.K1', 40, [false, true, false], 'over 40 %'],
  ['2010', 'ghetto.K2', 2.7, [false, true, false], 'over 2.7 % (270 per 10,000)'],
  ['2013', 'ghetto.NW', 50, [false, true, false], 'over 50 %'],
  ['2013', 'ghetto.K1', 40, [false, true, false], 'over 40 %'],
  ['2013', 'ghetto.K2', 2.7, [false, true, false], 'over 2.7 %'],
  ['2013', 'ghetto.K3', 50, [false, true, false], 'over 50 %'],
  ['2013', 'ghetto.K4', 55, [false, false, true], 'less than 55 % of the regional mean'],
  ['2018', 'udsat.K1', 40, [false, true, false], 'over 40 %'],
  ['2018', 'udsat.K2', 3, [true, true, false], 'at least 3× the national rate'],
  ['2018', 'udsat.K3', 60, [false, true, false], 'over 60 %'],
  ['2018', 'udsat.K4', 55, [false, false, true], 'less than 55 % of the regional mean'],
  ['2018', 'ghetto.NW', 50, [false, true, false], 'over 50 %'],
  ['2021', 'udsat.K1', 40, [false, true, false], 'over 40 %'],
  ['2021', 'udsat.K2', 3, [true, true, false], 'at least 3× the national rate'],
  ['2021', 'udsat.K3', 60, [false, true, false], 'over 60 %'],
  ['2021', 'udsat.K4', 55, [false, false, true], 'less than 55 % of the regional mean'],
  ['2021', 'parallelsamfund.NW', 50, [false, true, false], 'over 50 %'],
  ['2021', 'forebyggelse.NW', 30, [false, true, false], 'over 30 %'],
  ['2021', 'forebyggelse.K1', 30, [false, true, false], 'over 30 %'],
  ['2021', 'forebyggelse.K2', 2, [true, true, false], 'at least 2× the national rate'],
  ['2021', 'forebyggelse.K3', 60, [false, true, false], 'over 60 %'],
  ['2021', 'forebyggelse.K4', 65, [false, false, true], 'less than 65 % of the regional mean'],
];

/** K2 from 2018 is compared as a ratio: national rate 2 %, so ratio r needs an area rate of 2r % (6 / 2 = 3). */
function figuresAt(ruleSetId: string, criterionId: string, value: number): AreaFigures {
  const measure = criterionId.split('.')[1];
  const ratio = ruleSetId === '2018' || ruleSetId === '2021';
  switch (measure) {
    case 'NW':
      return areaFiguresOf(2021, 'a', { nonwesternPct: value });
    case 'K1':
      return areaFiguresOf(2021, 'a', { k1OutsidePct: value });
    case 'K2':
      return ratio
        ? areaFiguresOf(2021, 'a', { k2ConvictedPct: value * 2, k2NationalPct: 2 })
        : areaFiguresOf(2021, 'a', { k2ConvictedPct: value, k2NationalPct: 1 });
    case 'K3':
      return areaFiguresOf(2021, 'a', { k3BasicPct: value });
    case 'K4':
      return areaFiguresOf(2021, 'a', { k4IncomePct: value });
    default:
      throw new Error(`no measure in ${criterionId}`);
  }
}

function criterionOf(ruleSetId: string, criterionId: string) {
  const rs = ruleSetById(ruleSetId);
  const c = rs?.lists
    .flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])])
    .find((x) => x.id === criterionId);
  if (c === undefined) throw new Error(`rule set ${ruleSetId} has no criterion ${criterionId}`);
  return c;
}

describe('every operator of every rule set, at the legal limit', () => {
  for (const [rs, id, limit, [atLimit, over, under], wording] of LIMITS) {
    const step = 0.1;
    const cases: [string, number, boolean][] = [
      [`exactly ${limit} ${atLimit ? 'is' : 'is not'} ${wording}`, limit, atLimit],
      [`${limit} + ${step} ${over ? 'is' : 'is not'} ${wording}`, limit + step, over],
      [`${limit} − ${step} ${under ? 'is' : 'is not'} ${wording}`, limit - step, under],
    ];
    for (const [name, value, expected] of cases) {
      it(`${rs} ${id}: ${name}`, () => {
        const r = evaluateCriterion(criterionOf(rs, id), figuresAt(rs, id, value), DEFAULT_ASSUMPTIONS);
        expect(r.kind).toBe('evaluated');
        if (r.kind === 'evaluated') expect(r.met).toBe(expected);
      });
    }
  }

  it('the table covers every criterion of every built-in rule set', () => {
    const inData = BUILT_IN_RULE_SETS.flatMap((rs) =>
      rs.lists
        .flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])])
        .map((c) => `${rs.id} ${c.id}`),
    ).sort();
    const inTable = LIMITS.map(([rs, id]) => `${rs} ${id}`).sort();
    expect(inData).toEqual(inTable);
  });
});

describe('comparison of unrounded and rounded values', () => {
  const k1 = criterionOf('2021', 'udsat.K1');
  it('40.04 % is over 40 % when compared unrounded (the default)', () => {
    const r = evaluateCriterion(k1, areaFiguresOf(2021, 'a', { k1OutsidePct: 40.04 }), DEFAULT_ASSUMPTIONS);
    expect(r.kind === 'evaluated' && r.met).toBe(true);
  });
  it('40.04 % published as 40.0 % is not over 40 % when compared at one decimal', () => {
    const r = evaluateCriterion(k1, areaFiguresOf(2021, 'a', { k1OutsidePct: 40.04 }), {
      ...DEFAULT_ASSUMPTIONS,
      comparison: 'oneDecimal',
    });
    expect(r.kind === 'evaluated' && r.met).toBe(false);
    expect(r.kind === 'evaluated' && r.value).toEqual(rational(40));
  });
  it('40.05 % rounds half away from zero to 40.1 %, which is over 40 %', () => {
    const r = evaluateCriterion(k1, areaFiguresOf(2021, 'a', { k1OutsidePct: 40.05 }), {
      ...DEFAULT_ASSUMPTIONS,
      comparison: 'oneDecimal',
    });
    expect(r.kind === 'evaluated' && r.value).toEqual(rational(401, 10));
    expect(r.kind === 'evaluated' && r.met).toBe(true);
  });
  it('K2 from 2018: 5.97 / 2 = 2.985× is under 3× unrounded, 3.0× at one decimal is at least 3×', () => {
    const k2 = criterionOf('2021', 'udsat.K2');
    const f = areaFiguresOf(2021, 'a', { k2ConvictedPct: 5.97, k2NationalPct: 2 });
    const plain = evaluateCriterion(k2, f, DEFAULT_ASSUMPTIONS);
    const rounded = evaluateCriterion(k2, f, { ...DEFAULT_ASSUMPTIONS, comparison: 'oneDecimal' });
    expect(plain.kind === 'evaluated' && plain.met).toBe(false);
    expect(rounded.kind === 'evaluated' && rounded.met).toBe(true);
  });
});
