import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { evaluateCriterion } from '../../src/core/classify/evaluateCriterion.ts';
import type { AreaFigures, Criterion } from '../../src/core/model/index.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { areaFiguresOf } from './areaFiguresOf.ts';

/**
 * The margin in persons is the number of persons that flips the outcome: moving that many persons across
 * flips it, one fewer does not. Checked on whole-person counts where shares are exact (n = 1,000, 400 or 200:
 * count × 100 / n has at most one decimal and the national K2 rate is 2 %).
 */
const udsat = RULE_SET_2021.lists[0]?.group?.criteria ?? [];
const byMeasure = (m: string): Criterion => {
  const c = udsat.find((x) => x.measure === m);
  if (c === undefined) throw new Error(m);
  return c;
};

function figures(measure: string, count: number, n: number): AreaFigures {
  const pct = (count * 100) / n;
  switch (measure) {
    case 'K1':
      return areaFiguresOf(2021, 'a', { k1OutsidePct: pct, denominators: { n18to64: n } });
    case 'K2':
      return areaFiguresOf(2021, 'a', {
        k2ConvictedPct: pct,
        k2NationalPct: 2,
        denominators: { n18plus: n },
      });
    default:
      return areaFiguresOf(2021, 'a', { k3BasicPct: pct, denominators: { n30to59: n } });
  }
}

const metAt = (c: Criterion, count: number, n: number): boolean => {
  const r = evaluateCriterion(c, figures(c.measure, count, n), DEFAULT_ASSUMPTIONS);
  if (r.kind !== 'evaluated') throw new Error('not evaluated');
  return r.met;
};

describe('margin in persons flips the outcome, one person fewer does not', () => {
  for (const [measure, n] of [
    ['K1', 1000],
    ['K2', 1000],
    ['K3', 400],
    ['K3', 200],
  ] as const) {
    it(`${measure} over ${n} persons, every count within 25 persons of the limit`, () => {
      const c = byMeasure(measure);
      // K1 40 % of 1,000 = 400; K2 3 × 2 % of 1,000 = 60; K3 60 % of 400 = 240, of 200 = 120.
      const limit = measure === 'K1' ? 400 : measure === 'K2' ? 60 : (60 * n) / 100;
      for (let count = Math.max(0, limit - 25); count <= limit + 25; count++) {
        const r = evaluateCriterion(c, figures(measure, count, n), DEFAULT_ASSUMPTIONS);
        if (r.kind !== 'evaluated' || r.marginPersons === null) throw new Error('no margin');
        const m = r.marginPersons;
        const towards = r.met ? -1 : 1; // met: fewer persons flip it; not met: more persons flip it
        expect(metAt(c, count + towards * m, n), `count ${count}, margin ${m}`).toBe(!r.met);
        if (m > 1)
          expect(metAt(c, count + towards * (m - 1), n), `count ${count}, margin ${m} − 1`).toBe(r.met);
      }
    });
  }
});
