import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import {
  areaId,
  NO_HISTORY,
  type AreaFigures,
  type Designation,
  type ImportedHistory,
} from '../../src/core/model/index.ts';
import { listRunFromFigures } from '../../src/core/run/listRunFromFigures.ts';
import { defaultRuleSetForYear } from '../../src/core/rulesets/builtInRuleSets.ts';
import { areaFiguresOf } from './areaFiguresOf.ts';

/** Nothing met under any 2021 rule (national K2 rate 2 %: the area's 2 % is 1×). */
const CLEAN = {
  nonwesternPct: 10,
  k1OutsidePct: 20,
  k2ConvictedPct: 2,
  k2NationalPct: 2,
  k3BasicPct: 40,
  k4IncomePct: 90,
};
const UDSAT = { ...CLEAN, k1OutsidePct: 45, k3BasicPct: 65 };

const run = (years: number[], figures: AreaFigures[], history: ImportedHistory = NO_HISTORY) =>
  listRunFromFigures({
    figures,
    history,
    years,
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });

const official = (year: number, id: string, list: Designation['list']): Designation => ({
  year,
  areaId: areaId(id),
  list,
  source: 'official',
});

/** The udsat list of 2023 as partly known: 1 of its 19 members named (A). */
const PARTIAL_2023: ImportedHistory = {
  designations: [official(2023, 'A', 'udsat')],
  lists: [{ year: 2023, list: 'udsat', completeness: 'partial', named: 1, officialCount: 19 }],
};

describe('the first run year against a partial list', () => {
  it('a named member stays; an unnamed one is on the list now, but whether it was before is unknown', () => {
    const r = run(
      [2024],
      [areaFiguresOf(2024, 'A', UDSAT), areaFiguresOf(2024, 'B', UDSAT), areaFiguresOf(2024, 'C', CLEAN)],
      PARTIAL_2023,
    );
    // Only udsat 2023 is known: the other lists of 2023 are not in the history, so none of their changes are
    // given; C, not on the list now and not named then, has nothing to report.
    expect(r.changes.map((c) => [c.list, c.areaId, c.change, c.before, c.after, c.textDa])).toEqual([
      ['udsat', 'A', 'stayed', 'yes', 'yes', 'Fortsat på listen over udsatte boligområder'],
      [
        'udsat',
        'B',
        'unknown',
        'unknown',
        'yes',
        'På listen over udsatte boligområder; om området var på listen i 2023, vides ikke: ' +
          'status 2023 ukendt (listen for 2023 er kun delvist kendt); ' +
          'K1 opfyldt (45,0 pct. > 40 pct.); K3 opfyldt (65,0 pct. > 60 pct.)',
      ],
    ]);
    expect(r.changes[1]?.reasons).toEqual([
      { kind: 'previousUnknown', why: { kind: 'partialList', year: 2023 } },
      {
        kind: 'criterion',
        criterionId: 'udsat.K1',
        outcome: 'met',
        previously: 'unknown',
        textDa: 'K1 opfyldt (45,0 pct. > 40 pct.)',
        textEn: 'K1 met (45.0% > 40%)',
      },
      {
        kind: 'criterion',
        criterionId: 'udsat.K3',
        outcome: 'met',
        previously: 'unknown',
        textDa: 'K3 opfyldt (65,0 pct. > 60 pct.)',
        textEn: 'K3 met (65.0% > 60%)',
      },
    ]);
  });

  it('a named member that no longer qualifies left, but no criterion is said to be "no longer" met', () => {
    const r = run([2024], [areaFiguresOf(2024, 'A', CLEAN)], PARTIAL_2023);
    expect(r.changes.map((c) => [c.change, c.textDa, c.textEn])).toEqual([
      [
        'left',
        'Ude af listen over udsatte boligområder: K1 ikke opfyldt (20,0 pct. ≤ 40 pct.); ' +
          'K2 ikke opfyldt (1,0× < 3×); K3 ikke opfyldt (40,0 pct. ≤ 60 pct.); ' +
          'K4 ikke opfyldt (90,0 pct. af regionens ≥ 55 pct.)',
        'left udsat: K1 not met (20.0% <= 40%); K2 not met (1.0x < 3x); K3 not met (40.0% <= 60%); ' +
          'K4 not met (90.0% of region >= 55%)',
      ],
    ]);
  });
});

describe('across a rule-set boundary', () => {
  it('2017 → 2018: a ghetto that is not udsat under the new rules left; udsat did not exist in 2017', () => {
    // 2017 (rules of 2013, 3 of 5): NW 60 > 50, K1 45 > 40, K2 3.0 % > 2.7 % → a ghetto.
    // 2018: K1 met, K2 3.0 / 1.5 = 2× < 3×, K3 40 ≤ 60, K4 90 ≥ 55 → 1 of 4: not udsat, so not a ghetto.
    const v = { ...CLEAN, nonwesternPct: 60, k1OutsidePct: 45, k2ConvictedPct: 3, k2NationalPct: 1 };
    const r = run(
      [2017, 2018],
      [areaFiguresOf(2017, 'a', v), areaFiguresOf(2018, 'a', { ...v, k2NationalPct: 1.5 })],
    );
    const changes = r.changes.filter((c) => c.year === 2018);
    expect(changes.map((c) => [c.list, c.change])).toEqual([['ghetto', 'left']]);
    expect(changes[0]?.textDa).toBe(
      'Ude af listen over ghettoområder: nye regler (2013 → 2018); ikke på listen over udsatte boligområder; ' +
        'K2 ikke opfyldt (2,0× < 3×); K3 ikke opfyldt (40,0 pct. ≤ 60 pct.); ' +
        'K4 ikke opfyldt (90,0 pct. af regionens ≥ 55 pct.)',
    );
    expect(changes[0]?.reasons.slice(0, 2)).toEqual([
      { kind: 'ruleSetChanged', from: '2013', to: '2018' },
      { kind: 'dependsOnList', list: 'udsat', nowMember: false, before: 'no' },
    ]);
  });
});

describe('unknown previous years', () => {
  it('nothing known of the year before (not computed, no history): no changes are claimed', () => {
    const r = run([2024], [areaFiguresOf(2024, 'A', UDSAT)]);
    expect(r.designations.map((d) => d.list)).toEqual(['udsat']);
    expect(r.changes).toEqual([]);
  });

  it('last year computed but uncertain (K1 missing): on the list now, previous status unknown', () => {
    // 2023: K3 met, K1 missing, K2 1×, K4 90: 1 of 4 met, 1 not computable → uncertain.
    const r = run(
      [2023, 2024],
      [areaFiguresOf(2023, 'A', { ...UDSAT, k1OutsidePct: null }), areaFiguresOf(2024, 'A', UDSAT)],
    );
    expect(r.changes.filter((c) => c.year === 2024)).toEqual([
      {
        year: 2024,
        list: 'udsat',
        areaId: 'A',
        name: 'A',
        change: 'unknown',
        before: 'unknown',
        after: 'yes',
        reasons: [
          { kind: 'previousUnknown', why: { kind: 'uncertainDecision', year: 2023 } },
          {
            kind: 'criterion',
            criterionId: 'udsat.K1',
            outcome: 'met',
            previously: 'notComputable',
            textDa: 'K1 opfyldt (45,0 pct. > 40 pct.)',
            textEn: 'K1 met (45.0% > 40%)',
          },
        ],
        textDa:
          'På listen over udsatte boligområder; om området var på listen i 2023, vides ikke: ' +
          'status 2023 ukendt (afgørelsen for 2023 er usikker); K1 opfyldt (45,0 pct. > 40 pct.)',
        textEn:
          'unknown udsat: status 2023 unknown (the decision of 2023 is uncertain); K1 met (45.0% > 40%)',
      },
    ]);
  });

  it('on the list last year, uncertain this year: not "left", the uncertain decision is given', () => {
    const r = run(
      [2023, 2024],
      [areaFiguresOf(2023, 'A', UDSAT), areaFiguresOf(2024, 'A', { ...UDSAT, k1OutsidePct: null })],
    );
    const c = r.changes.filter((x) => x.year === 2024);
    expect(c.map((x) => [x.list, x.change, x.before, x.after, x.textDa])).toEqual([
      [
        'udsat',
        'unknown',
        'yes',
        'unknown',
        'Usikkert, om området fortsat er på listen over udsatte boligområder: Ikke udsat (usikkert): ' +
          '1 af 4 kriterier opfyldt, mindst 2 kræves (K3 65,0 pct. > 60 pct.); 1 kan ikke beregnes ' +
          '(K1: andelen uden tilknytning til arbejde eller uddannelse mangler) og kunne ændre udfaldet',
      ],
    ]);
  });
});
