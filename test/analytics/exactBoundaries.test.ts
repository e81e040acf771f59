import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { classifyArea } from '../../src/core/classify/classifyArea.ts';
import { evaluateCriterion } from '../../src/core/classify/evaluateCriterion.ts';
import { rational as q } from '../../src/core/exact/rational.ts';
import type { AreaFigures, Criterion } from '../../src/core/model/index.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { figuresOf } from './fixtures/figuresOf.ts';
import type { Cell, Rows } from './fixtures/writeDelivery.ts';

/**
 * The register path (person-level delivery → DuckDB counts → exact figures → classification) exactly at the legal
 * limits of the 2021 rules. Each delivery is built by hand so that the counts put an area exactly on a threshold;
 * the figures are asserted exactly and the decisions as the law words them: "overstiger" (>) is not met at the
 * limit, "mindst" (≥) is, "mindre end" (<) is not. Where a float computation on the same counts would give another
 * answer, the test shows it with plain JavaScript arithmetic.
 *
 * List year 2021 throughout: K1 and K2 use data years 2019 and 2020 over the residents at 1 January 2020 and 2021;
 * K3 the education of 1 October 2020 of the residents 30–59 at 1 January 2021; K4 the income of 2019 of the
 * residents 15–64 at 1 January 2021.
 */

const BORN = '1980-06-01'; // 39 on 1 January 2020, 40 on 1 January 2021: 18–64, 18+, 30–59 and 15–64
const BOTH = [2020, 2021];

function criterionOf(id: string): Criterion {
  const c = RULE_SET_2021.lists
    .flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])])
    .find((x) => x.id === id);
  if (c === undefined) throw new Error(`RULE_SET_2021 has no criterion ${id}`);
  return c;
}

function evaluated(id: string, f: AreaFigures) {
  const r = evaluateCriterion(criterionOf(id), f, DEFAULT_ASSUMPTIONS);
  if (r.kind !== 'evaluated') throw new Error(`${id} not computable: ${r.why}`);
  return r;
}

const context = {
  assumptions: DEFAULT_ASSUMPTIONS,
  membershipIn: () => ({ state: 'no', source: 'history' }) as const,
};

/** `prefix0`, `prefix1`, … */
const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const labour = (year: number, id: string, fte: number): Record<string, Cell> => ({
  year,
  person_id: id,
  outside_fte: fte,
});
const conviction = (id: string, date: string): Record<string, Cell> => ({
  person_id: id,
  decision_date: date,
  law: 'straffeloven',
  decision_type: 'prison',
});
const education = (id: string, level: string, levelDanish = level): Record<string, Cell> => ({
  year: 2020,
  person_id: id,
  level,
  level_danish: levelDanish,
});
const income = (id: string, gross: number, taxable = true, student = false): Record<string, Cell> => ({
  year: 2019,
  person_id: id,
  gross_income: gross,
  fully_taxable: taxable,
  student,
});
const livesIn = (people: readonly string[], dwelling: string, years: readonly number[]): Rows =>
  people.flatMap((id) => lives(id, dwelling, years));

// ---------------------------------------------------------------------------------------------------------------

describe('K1 over 40 % (2-year mean of yearly shares over residents 18–64), exactly at 40 %', () => {
  // Area A: three residents 18–64 at 1 January 2020 and 2021 (k1a, k1b, k1c).
  //   2019: 0.9 + 0.8 + 0 = 1.7 full-time persons of 3 → 170/3 %;  2020: 0.7 + 0 + 0 = 0.7 of 3 → 70/3 %.
  //   Mean (170/3 + 70/3) / 2 = 240/6 = 40 exactly.
  // Area B: the same, but one 2020 fraction is 0.700000001 — one billionth of a full-time person more, the
  //   smallest amount the delivery's fractions are read to (9 decimals):
  //   2020: 0.700000001 / 3 → 70.0000001/3 %; mean (170 + 70.0000001) / 6 = 240.0000001 / 6 = 2400000001 / 60000000.
  const rows = delivery({
    persons: ['k1a', 'k1b', 'k1c', 'k1x', 'k1y', 'k1z'].map((id) => person(id, BORN)),
    residence: [...livesIn(['k1a', 'k1b', 'k1c'], 'dA', BOTH), ...livesIn(['k1x', 'k1y', 'k1z'], 'dB', BOTH)],
    labour: [
      labour(2019, 'k1a', 0.9),
      labour(2019, 'k1b', 0.8),
      labour(2019, 'k1c', 0),
      labour(2020, 'k1a', 0.7),
      labour(2019, 'k1x', 0.9),
      labour(2019, 'k1y', 0.8),
      labour(2020, 'k1x', 0.700000001),
    ],
  });

  it('a float computation on the same fractions gives more than 40, so it would wrongly find "over 40 %"', () => {
    expect(0.9 + 0.8).toBe(1.7000000000000002);
    const floatMean = ((100 * (0.9 + 0.8)) / 3 + (100 * 0.7) / 3) / 2;
    expect(floatMean).toBeGreaterThan(40);
  });

  it('exactly 40 % is not over 40 %: the udsat K1 criterion is not met', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    expect(f.k1OutsidePct).toEqual(q(40));
    expect(f.denominators?.n18to64).toBe(3);
    const r = evaluated('udsat.K1', f);
    expect(r.met).toBe(false);
    expect(r.textDa).toBe('K1 40,0 pct. ≤ 40 pct.');
  });

  it('exactly 40 % is over 30 %: the forebyggelse K1 criterion is met', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    expect(evaluated('forebyggelse.K1', f).met).toBe(true);
  });

  it('one billionth of a full-time person more is over 40 %: met', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'B');
    expect(f.k1OutsidePct).toEqual(q(2400000001, 60000000));
    const r = evaluated('udsat.K1', f);
    expect(r.met).toBe(true);
    // 40.0000000166…: the text needs eight decimals to show a value over 40
    expect(r.textDa).toBe('K1 40,00000002 pct. > 40 pct.');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('K2 at least 3× / 2× the national rate (2-year means of yearly shares over residents 18+)', () => {
  // Adults (18+ at 1 January 2020 and 2021): area A 4 (a0–a3), area B 6 (b0–b5), outside the areas 26 (o0–o25);
  // the national rate covers all 36.
  //   convicted in 2019: A a0 (1), B b0–b4 (5), outside o0–o2 (3) → national 9/36 = 25 %;
  //   convicted in 2020: A a0–a3 (4), B none, outside o0–o1 (2)   → national 6/36 = 50/3 %.
  //   A: (1/4 + 4/4) / 2 → (25 + 100) / 2 = 125/2 %;  B: (5/6 + 0) / 2 → 250/6 = 125/3 %;
  //   national (25 + 50/3) / 2 = 125/6 %.
  //   A / national = (125/2) / (125/6) = 3 exactly;  B / national = (125/3) / (125/6) = 2 exactly.
  const a = ids('a', 4);
  const b = ids('b', 6);
  const o = ids('o', 26);
  const rows = delivery({
    persons: [...a, ...b, ...o].map((id) => person(id, BORN)),
    residence: [...livesIn(a, 'dA', BOTH), ...livesIn(b, 'dB', BOTH), ...livesIn(o, 'dOut', BOTH)],
    convictions: [
      conviction('a0', '2019-03-01'),
      ...b.slice(0, 5).map((id) => conviction(id, '2019-05-01')),
      ...o.slice(0, 3).map((id) => conviction(id, '2019-09-01')),
      ...a.map((id) => conviction(id, '2020-02-01')),
      ...o.slice(0, 2).map((id) => conviction(id, '2020-10-01')),
    ],
  });

  it('a float computation of the averaged percentages gives just under 3× and 2×, so it would wrongly fail both', () => {
    const national = ((100 * 9) / 36 + (100 * 6) / 36) / 2;
    const areaA = ((100 * 1) / 4 + (100 * 4) / 4) / 2;
    const areaB = ((100 * 5) / 6 + (100 * 0) / 6) / 2;
    expect(areaA / national).toBe(2.9999999999999996);
    expect(areaB / national).toBe(1.9999999999999996);
  });

  it('exactly 3× the national rate is at least 3×: the udsat K2 criterion is met', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    expect(f.k2ConvictedPct).toEqual(q(125, 2));
    expect(f.k2NationalPct).toEqual(q(125, 6));
    const r = evaluated('udsat.K2', f);
    expect(r.value).toEqual(q(3));
    expect(r.met).toBe(true);
    expect(r.textDa).toBe('K2 3,0× ≥ 3×');
  });

  it('exactly 2× the national rate is at least 2× (forebyggelse: met) but not at least 3× (udsat: not met)', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'B');
    expect(f.k2ConvictedPct).toEqual(q(125, 3));
    expect(f.k2NationalPct).toEqual(q(125, 6));
    const r = evaluated('forebyggelse.K2', f);
    expect(r.value).toEqual(q(2));
    expect(r.met).toBe(true);
    expect(r.textDa).toBe('K2 2,0× ≥ 2×');
    expect(evaluated('udsat.K2', f).met).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('K3 over 60 % (residents 30–59 with basic education only), exactly at 60 %', () => {
  // Area A, residents at 1 January 2021 aged 30–59: e0–e4 (5), with the education of 1 October 2020:
  //   e0 basic; e1 a foreign master's degree not recognised in Denmark (level_danish basic); e2 unknown;
  //   e3 bachelor; e4 master → basic only: e0, e1, e2 = 3 of 5 = 60 % exactly.
  // Outside the age band, both basic (they would make it 5 of 7 = 71.4 % if counted): e29 (29), e60 (60).
  // Area B: f0 no row (basic), f1 basic, f2 bachelor → 2 of 3 = 200/3 %.
  const rows = delivery({
    persons: [
      ...ids('e', 5).map((id) => person(id, BORN)),
      person('e29', '1991-01-02'),
      person('e60', '1961-01-01'),
      ...ids('f', 3).map((id) => person(id, BORN)),
    ],
    residence: [
      ...livesIn([...ids('e', 5), 'e29', 'e60'], 'dA', [2021]),
      ...livesIn(ids('f', 3), 'dB', [2021]),
    ],
    education: [
      education('e0', 'basic'),
      education('e1', 'master', 'basic'),
      education('e2', 'unknown'),
      education('e3', 'bachelor'),
      education('e4', 'master'),
      education('e29', 'basic'),
      education('e60', 'basic'),
      education('f1', 'basic'),
      education('f2', 'bachelor'),
    ],
  });

  it('exactly 60 % is not over 60 %: the K3 criterion is not met (udsat and forebyggelse)', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'A');
    expect(f.k3BasicPct).toEqual(q(60));
    expect(f.denominators?.n30to59).toBe(5);
    expect(evaluated('udsat.K3', f).met).toBe(false);
    expect(evaluated('forebyggelse.K3', f).met).toBe(false);
    expect(evaluated('udsat.K3', f).textDa).toBe('K3 60,0 pct. ≤ 60 pct.');
  });

  it('2 of 3 (66.7 %) is over 60 %: met', async () => {
    const f = (await figuresOf(rows, [2021])).get(2021, 'B');
    expect(f.k3BasicPct).toEqual(q(200, 3));
    expect(evaluated('udsat.K3', f).met).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('K4 less than 55 % of the regional mean income, exactly at 55 %', () => {
  // Income year 2019, residents 15–64 at 1 January 2021, fully taxable, not students.
  // Area A counts g0 123,456.78 and g1 234,567.89 → 358,024.67 over 2 → mean 179,012.335.
  //   Not counted: gStudent (student), gNotTaxable (not fully taxable), g65 (65 at 1 January 2021).
  // The region (Hovedstaden: every resident of municipality 101, the area's own residents included) adds r0–r8
  //   outside the areas, 358,024.67 each → 9 × 358,024.67 = 3,222,222.03. Aarhus (Midtjylland) is another region.
  //   Region: 358,024.67 + 3,222,222.03 = 3,580,246.70 over 11 persons.
  //   K4 = 100 × (358,024.67 / 2) / (3,580,246.70 / 11) = 100 × 11 × 358,024.67 / (2 × 10 × 358,024.67) = 55 exactly.
  // One øre less (g0 123,456.77): area 358,024.66, region 3,580,246.69 →
  //   K4 = 100 × 11 × 35,802,466 / (2 × 358,024,669) = 39,382,712,600 / 716,049,338 (55 × 716,049,338 = 39,382,713,590).
  const k4Rows = (g0: number) =>
    delivery({
      persons: [
        ...['g0', 'g1', 'gStudent', 'gNotTaxable'].map((id) => person(id, BORN)),
        person('g65', '1956-01-01'),
        ...ids('r', 9).map((id) => person(id, BORN)),
        person('rAarhus', BORN),
      ],
      residence: [
        ...livesIn(['g0', 'g1', 'gStudent', 'gNotTaxable', 'g65'], 'dA', [2021]),
        ...livesIn(ids('r', 9), 'dOut', [2021]),
        ...lives('rAarhus', 'dAarhus', [2021], '751'),
      ],
      income: [
        income('g0', g0),
        income('g1', 234_567.89),
        income('gStudent', 1_000_000, true, true),
        income('gNotTaxable', 5_000_000, false),
        income('g65', 2_000_000),
        ...ids('r', 9).map((id) => income(id, 358_024.67)),
        income('rAarhus', 10),
      ],
    });

  it('the float computation on the same incomes is not exactly 55', () => {
    const area = 123_456.78 + 234_567.89;
    const floatK4 = (100 * (area / 2)) / ((area + 9 * 358_024.67) / 11);
    expect(floatK4).not.toBe(55);
  });

  it('exactly 55 % of the regional mean (the region including the area) is not less than 55 %: not met', async () => {
    const f = (await figuresOf(k4Rows(123_456.78), [2021])).get(2021, 'A');
    expect(f.k4IncomePct).toEqual(q(55));
    expect(f.denominators?.nIncome).toBe(2);
    const r = evaluated('udsat.K4', f);
    expect(r.met).toBe(false);
    expect(r.textDa).toBe('K4 55,0 pct. af regionens ≥ 55 pct.');
    expect(evaluated('forebyggelse.K4', f).met).toBe(true); // 55 is less than 65
  });

  it('one øre less in the area is less than 55 %: met', async () => {
    const f = (await figuresOf(k4Rows(123_456.77), [2021])).get(2021, 'A');
    expect(f.k4IncomePct).toEqual(q(39382712600, 716049338));
    const r = evaluated('udsat.K4', f);
    expect(r.met).toBe(true);
    // 54.99999862…: one decimal would print 55,0; six decimals print 54,999999 < 55
    expect(r.textDa).toBe('K4 54,999999 pct. af regionens < 55 pct.');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('classification of an area of exactly 1,000 residents that sits on every limit', () => {
  // Area A: c0–c999, all born 1 June 1980, in dA at 1 January 2020 and 2021: 1,000 residents (at least 1,000: assessed),
  // all 18–64, 18+, 30–59 and 15–64. Outside the areas: o0–o2499 in dOut (municipality 101, Region Hovedstaden).
  // - non-western: c0–c300 immigrants from Afghanistan → 301 / 1,000 = 30.1 % (over 30, not over 50);
  // - K1: 2019 every c 0.3 → 300 / 1,000 = 30 %; 2020 every c 0.5 → 50 %; mean 40 % exactly (not over 40, over 30);
  // - K2: convicted 2019 c0–c18 (19), 2020 c19–c41 (23) → area (1.9 + 2.3) / 2 = 2.1 %;
  //       outside: 2019 o0 (1), 2020 o1–o6 (6) → national 20 / 3,500 and 29 / 3,500 → (4/7 + 29/35) / 2 = 49/70 = 0.7 %;
  //       2.1 / 0.7 = 3 exactly (at least 3×, at least 2×);
  // - K3: education 2020: c0–c499 basic, c500–c599 unknown, c600–c999 bachelor → 600 / 1,000 = 60 % (not over 60);
  // - K4: income 2019: every c 220,000; o0–o999 580,000 → region (220,000,000 + 580,000,000) / 2,000 = 400,000;
  //       220,000 / 400,000 = 55 % exactly (not less than 55, less than 65).
  // Udsat: only K2 of K1–K4 (1 of 4) → not udsat. Forebyggelse: non-western over 30 %, K1, K2 and K4 (3 of 4), not
  // udsat → forebyggelse. With one billionth of a full-time person more for c0 in 2020, K1 is over 40 % → udsat
  // (K1 and K2), and so not forebyggelse (the lists are disjoint).
  const c = ids('c', 1000);
  const o = ids('o', 2500);
  const rowsWith = (c0In2020: number) =>
    delivery({
      persons: [
        ...c.map((id, i) =>
          i <= 300 ? person(id, BORN, { ie_type: 2, origin_country: '5404' }) : person(id, BORN),
        ),
        ...o.map((id) => person(id, BORN)),
      ],
      residence: [...livesIn(c, 'dA', BOTH), ...livesIn(o, 'dOut', BOTH)],
      labour: [
        ...c.map((id) => labour(2019, id, 0.3)),
        ...c.map((id, i) => labour(2020, id, i === 0 ? c0In2020 : 0.5)),
      ],
      convictions: [
        ...c.slice(0, 19).map((id) => conviction(id, '2019-04-01')),
        ...c.slice(19, 42).map((id) => conviction(id, '2020-04-01')),
        conviction('o0', '2019-08-01'),
        ...o.slice(1, 7).map((id) => conviction(id, '2020-08-01')),
      ],
      education: c.map((id, i) => education(id, i < 500 ? 'basic' : i < 600 ? 'unknown' : 'bachelor')),
      income: [...c.map((id) => income(id, 220_000)), ...o.slice(0, 1000).map((id) => income(id, 580_000))],
    });

  it('float computations on the same counts miss the limits: K1 over 40 and K2 under 3×', () => {
    let outside2019 = 0;
    for (let i = 0; i < 1000; i++) outside2019 += 0.3;
    expect(outside2019).not.toBe(300);
    expect(((100 * outside2019) / 1000 + (100 * 500) / 1000) / 2).toBeGreaterThan(40);
    const area = ((100 * 19) / 1000 + (100 * 23) / 1000) / 2;
    const national = ((100 * 20) / 3500 + (100 * 29) / 3500) / 2;
    expect(area / national).toBeLessThan(3);
  });

  it('exactly on every limit: not udsat (1 of 4), a forebyggelsesområde (non-western over 30 %, 3 of 4)', async () => {
    const f = (await figuresOf(rowsWith(0.5), [2021])).get(2021, 'A');
    expect(f.residents).toBe(1000);
    expect(f.nonwesternPct).toEqual(q(301, 10));
    expect(f.k1OutsidePct).toEqual(q(40));
    expect(f.k2ConvictedPct).toEqual(q(21, 10));
    expect(f.k2NationalPct).toEqual(q(7, 10));
    expect(f.k3BasicPct).toEqual(q(60));
    expect(f.k4IncomePct).toEqual(q(55));

    const a = classifyArea(f, RULE_SET_2021, context);
    expect(a.eligible).toBe(true);
    const udsat = a.decisions.find((d) => d.list === 'udsat');
    expect(udsat).toMatchObject({ member: false, uncertain: false, metCount: 1, groupSize: 4 });
    const forebyggelse = a.decisions.find((d) => d.list === 'forebyggelse');
    expect(forebyggelse).toMatchObject({ member: true, metCount: 3, groupSize: 4 });
    expect(a.lists).toEqual(['forebyggelse']);
  });

  it('one billionth of a full-time person more: K1 over 40 %, udsat (2 of 4), and therefore not forebyggelse', async () => {
    const f = (await figuresOf(rowsWith(0.500000001), [2021])).get(2021, 'A');
    // 2020: 500.000000001 / 1,000 → 50.0000000001 %; mean (30 + 50.0000000001) / 2 = 800000000001 / 20000000000
    expect(f.k1OutsidePct).toEqual(q(800000000001, 20000000000));
    const a = classifyArea(f, RULE_SET_2021, context);
    expect(a.decisions.find((d) => d.list === 'udsat')).toMatchObject({ member: true, metCount: 2 });
    expect(a.lists).toEqual(['udsat']);
  });
});
