import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { udsatListsOf } from '../../../src/core/duties/udsatLists.ts';
import { listRunFromFigures } from '../../../src/core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../../../src/core/rulesets/builtInRuleSets.ts';
import { areaFiguresOf, historyOf } from '../areaFiguresOf.ts';

/** K1 45 % > 40 % and K3 65 % > 60 %: 2 of 4, an udsat area. */
const UDSAT = {
  nonwesternPct: 20,
  k1OutsidePct: 45,
  k2ConvictedPct: 1,
  k2NationalPct: 1,
  k3BasicPct: 65,
  k4IncomePct: 90,
};
const CALM = {
  nonwesternPct: 20,
  k1OutsidePct: 10,
  k2ConvictedPct: 1,
  k2NationalPct: 1,
  k3BasicPct: 20,
  k4IncomePct: 90,
};

describe('the udsatte lists the duties read, from a list run', () => {
  const figures = [2020, 2021, 2022, 2023, 2024].flatMap((y) => [
    areaFiguresOf(y, 'a', UDSAT),
    // c: K3 met, K1 not computable in 2023 — it may or may not be udsat that year.
    areaFiguresOf(y, 'c', y === 2023 ? { ...CALM, k3BasicPct: 65, k1OutsidePct: null } : CALM),
  ]);
  const run = listRunFromFigures({
    figures,
    history: historyOf([]),
    years: [2024],
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });

  it('knows the requested year and the context years the run computed (omdannelse’s 5 years)', () => {
    const lists = udsatListsOf(run, [2022, 2024]);
    expect(lists.get(2024)).toEqual({ kind: 'known', year: 2024, areas: ['a'] });
    expect(lists.get(2022)).toEqual({ kind: 'known', year: 2022, areas: ['a'] });
  });

  it('an uncertain decision makes the year unknown; a year not computed is unknown, with why', () => {
    const lists = udsatListsOf(run, [2019, 2023], new Set([2020, 2021, 2022, 2023, 2024]));
    expect(lists.get(2023)).toEqual({
      kind: 'unknown',
      year: 2023,
      why: 'listen over udsatte boligområder pr. 1. december 2023 er usikker: 1 områders optagelse afhænger af manglende tal',
    });
    expect(lists.get(2019)).toEqual({
      kind: 'unknown',
      year: 2019,
      why:
        'listen over udsatte boligområder pr. 1. december 2019 kan ikke beregnes: leveringen har ikke bopælsdata ' +
        '(1. januar) for 2019',
    });
  });
});
