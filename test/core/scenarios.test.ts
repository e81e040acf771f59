import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { compareRuns } from '../../src/core/compare/compareRuns.ts';
import { areaId, type AreaFigures, type RuleSet } from '../../src/core/model/index.ts';
import { listRunFromFigures } from '../../src/core/run/listRunFromFigures.ts';
import { canonicalRuleSetJson } from '../../src/core/rulesets/canonicalRuleSetJson.ts';
import { ruleSetFromScenario } from '../../src/core/rulesets/ruleSetFromScenario.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { areaFiguresOf, historyOf } from './areaFiguresOf.ts';
import { NO_HISTORY } from '../../src/core/model/history.ts';

const examples = resolve(import.meta.dirname, '..', '..', 'examples', 'scenarios');
const scenario = (file: string): RuleSet => {
  const r = ruleSetFromScenario(JSON.parse(readFileSync(join(examples, file), 'utf8')));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.value;
};

describe('the example scenarios', () => {
  it('2021 without the non-western gate: parallelsamfund and forebyggelse lose their NW gate, nothing else', () => {
    const rs = scenario('2021-uden-etnisk.json');
    expect(rs).toMatchObject({ id: '2021-uden-etnisk', basedOn: '2021', minResidents: 1000 });
    const p = rs.lists.find((l) => l.list === 'parallelsamfund');
    expect(p?.gates).toBeUndefined();
    expect(p?.requires).toEqual(['udsat']);
    const f = rs.lists.find((l) => l.list === 'forebyggelse');
    expect(f?.gates).toBeUndefined();
    expect(f?.group?.criteria.map((c) => c.id)).toEqual([
      'forebyggelse.K1',
      'forebyggelse.K2',
      'forebyggelse.K3',
      'forebyggelse.K4',
    ]);
    expect(rs.lists.find((l) => l.list === 'udsat')).toEqual(RULE_SET_2021.lists[0]);
  });
  it('K1 at 35 %: only udsat.K1 changes', () => {
    const rs = scenario('2021-k1-35.json');
    const k1 = rs.lists[0]?.group?.criteria[0];
    expect(k1).toMatchObject({ id: 'udsat.K1', operator: '>', threshold: 35 });
    expect(rs.lists.find((l) => l.list === 'forebyggelse')).toEqual(RULE_SET_2021.lists[3]);
  });
  it('scenario options: minMet, minResidents and persistenceYears (which drops the transitional rule)', () => {
    const r = ruleSetFromScenario({
      id: 's',
      nameDa: 'S',
      basedOn: '2018',
      description: 'd',
      minMet: { udsat: 3 },
      minResidents: 800,
      persistenceYears: { hard_ghetto: 3 },
      set: { 'udsat.K2': { operator: '>', threshold: 2.5 } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.minResidents).toBe(800);
    expect(r.value.lists[0]?.group?.minMet).toBe(3);
    expect(r.value.lists[0]?.group?.criteria[1]).toMatchObject({ operator: '>', threshold: 2.5 });
    expect(r.value.lists[2]?.persistence).toEqual({ of: 'ghetto', years: 3 });
  });
});

describe('a malformed scenario reports every problem with its path', () => {
  it('types, unknown keys, unknown base', () => {
    const r = ruleSetFromScenario({
      id: '2021',
      nameDa: 3,
      basedOn: '2022',
      extra: true,
      remove: 'parallelsamfund.NW',
      minResidents: -1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'extra',
      'id',
      'nameDa',
      'description',
      'basedOn',
      'remove',
      'minResidents',
    ]);
    expect(r.errors.find((e) => e.path === 'basedOn')?.message).toBe(
      'must name a built-in rule set (2010, 2013, 2018, 2021), got "2022"',
    );
  });
  it('unknown criteria and lists, bad operators, negative thresholds, impossible k of n', () => {
    const r = ruleSetFromScenario({
      id: 'bad',
      nameDa: 'Dårlig',
      basedOn: '2021',
      description: 'every kind of mistake',
      remove: ['udsat.K1', 'udsat.K1', 'udsat.K7', 4],
      set: {
        'udsat.K9': { threshold: 35 },
        'udsat.K2': { operator: '=>', threshold: -3, unit: 'x' },
        'udsat.K3': 60,
        'udsat.K1': { threshold: 30 },
      },
      minMet: { udsat: 4, parallelsamfund: 1, nosuchlist: 2 },
      persistenceYears: { omdannelse: 0, udsat: 3 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'remove[1]',
      'remove[2]',
      'remove[3]',
      'set.udsat.K9',
      'set.udsat.K2.unit',
      'set.udsat.K2.threshold',
      'set.udsat.K2.operator',
      'set.udsat.K3',
      'set.udsat.K1',
      'minMet.parallelsamfund',
      'minMet.nosuchlist',
      'persistenceYears.omdannelse',
      'persistenceYears.udsat',
      'minMet.udsat',
    ]);
    const msg = (path: string) => r.errors.find((e) => e.path === path)?.message;
    expect(msg('set.udsat.K2.operator')).toBe('must be one of ">", ">=", "<", got "=>"');
    expect(msg('set.udsat.K2.threshold')).toBe('must not be negative, got -3');
    expect(msg('minMet.udsat')).toBe('list "udsat" would need 4 of only 3 remaining criteria');
    expect(msg('remove[1]')).toBe('"udsat.K1" is removed twice');
  });
  it('not an object at all', () => {
    expect(ruleSetFromScenario([1])).toEqual({
      ok: false,
      errors: [{ path: '', message: 'must be a JSON object, got [1]' }],
    });
  });
});

describe('canonical rule set JSON', () => {
  it('is independent of key order and stable', () => {
    const a = canonicalRuleSetJson(RULE_SET_2021);
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(RULE_SET_2021) as RuleSet;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(RULE_SET_2021)[0]);
    expect(canonicalRuleSetJson(reordered)).toBe(a);
    expect(a.startsWith('{"description":')).toBe(true);
  });
  it('a scenario differs from its base', () => {
    expect(canonicalRuleSetJson(scenario('2021-k1-35.json'))).not.toBe(canonicalRuleSetJson(RULE_SET_2021));
  });
});

describe('compare a scenario run with the official run', () => {
  const clean = {
    nonwesternPct: 10,
    k1OutsidePct: 20,
    k2ConvictedPct: 2,
    k2NationalPct: 2,
    k3BasicPct: 40,
    k4IncomePct: 90,
  };
  const figures: AreaFigures[] = [
    // X: udsat (K1, K3) with 45 % non-western: a parallelsamfund only without the gate.
    areaFiguresOf(2022, 'X', { ...clean, k1OutsidePct: 45, k3BasicPct: 65, nonwesternPct: 45 }),
    // Y: K1 38 % and K3 65 %: udsat only with K1 over 35; officially forebyggelse (38 > 30, 65 > 60, NW 40 > 30).
    areaFiguresOf(2022, 'Y', { ...clean, k1OutsidePct: 38, k3BasicPct: 65, nonwesternPct: 40 }),
    // Z: nothing met under either.
    areaFiguresOf(2022, 'Z', clean),
  ];
  const runWith = (rs: RuleSet) =>
    listRunFromFigures({
      figures,
      history: NO_HISTORY,
      years: [2022],
      ruleSetForYear: () => rs,
      assumptions: DEFAULT_ASSUMPTIONS,
    });
  const official = runWith(RULE_SET_2021);

  it('without the non-western gate, X enters parallelsamfund', () => {
    const diff = compareRuns(official, runWith(scenario('2021-uden-etnisk.json')));
    expect(diff.map((d) => [d.areaId, d.list, d.change])).toEqual([
      ['X', 'parallelsamfund', 'entersUnderScenario'],
    ]);
    expect(diff[0]?.reasonEn).toBe(
      'enters parallelsamfund under 2021-uden-etnisk: non-western removed under scenario (official 45.0% <= 50%)',
    );
    expect(diff[0]?.reasonDa).toBe(
      'Kommer på listen under 2021-uden-etnisk: ikke-vestlige fjernet i scenariet (officielt 45,0 pct. ≤ 50 pct.)',
    );
  });
  it('with K1 over 35 %, Y enters udsat and therefore leaves forebyggelse', () => {
    const diff = compareRuns(official, runWith(scenario('2021-k1-35.json')));
    expect(diff.map((d) => [d.areaId, d.list, d.change])).toEqual([
      ['Y', 'udsat', 'entersUnderScenario'],
      ['Y', 'forebyggelse', 'leavesUnderScenario'],
    ]);
    expect(diff[0]?.reasonEn).toBe(
      'enters udsat under 2021-k1-35: K1 38.0% > 35% under scenario, 38.0% <= 40% official',
    );
    expect(diff[1]?.reasonEn).toBe(
      'leaves forebyggelse under 2021-k1-35: udsat under scenario, not official; K1 38.0% > 35% under scenario, 38.0% <= 40% official',
    );
  });
  it('a lower residents floor: an area of 900 residents is assessed and enters udsat', () => {
    const low = ruleSetFromScenario({
      id: 'lav',
      nameDa: 'Lav',
      basedOn: '2021',
      description: 'd',
      minResidents: 800,
    });
    if (!low.ok) throw new Error(JSON.stringify(low.errors));
    const small = [areaFiguresOf(2022, 'S', { ...clean, residents: 900, k1OutsidePct: 45, k3BasicPct: 65 })];
    const runOf = (rs: RuleSet) =>
      listRunFromFigures({
        figures: small,
        history: NO_HISTORY,
        years: [2022],
        ruleSetForYear: () => rs,
        assumptions: DEFAULT_ASSUMPTIONS,
      });
    const diff = compareRuns(runOf(RULE_SET_2021), runOf(low.value));
    expect(diff.map((d) => [d.areaId, d.list, d.change, d.reasonDa])).toEqual([
      [
        'S',
        'udsat',
        'entersUnderScenario',
        'Kommer på listen under lav: mindst 800 beboere i scenariet, 1.000 officielt (900 beboere)',
      ],
    ]);
  });
  it('omdannelse after a shorter run of years: the persistence length is named', () => {
    const four = ruleSetFromScenario({
      id: 'fire',
      nameDa: 'Fire år',
      basedOn: '2021',
      description: 'd',
      persistenceYears: { omdannelse: 4 },
    });
    if (!four.ok) throw new Error(JSON.stringify(four.errors));
    const ghetto = { ...clean, k1OutsidePct: 45, k3BasicPct: 65, nonwesternPct: 60 };
    const history = [2018, 2019, 2020].map((year) => ({
      year,
      areaId: areaId('P'),
      list: 'ghetto' as const,
      source: 'official',
    }));
    const runOf = (rs: RuleSet) =>
      listRunFromFigures({
        figures: [areaFiguresOf(2021, 'P', ghetto)],
        history: historyOf(history),
        years: [2021],
        ruleSetForYear: () => rs,
        assumptions: DEFAULT_ASSUMPTIONS,
      });
    const diff = compareRuns(runOf(RULE_SET_2021), runOf(four.value));
    expect(diff.map((d) => [d.list, d.change, d.reasonEn])).toEqual([
      [
        'omdannelse',
        'entersUnderScenario',
        'enters omdannelse under fire: 4 consecutive years required under scenario, 5 official',
      ],
    ]);
  });
  it('the same rules give no differences', () => {
    expect(compareRuns(official, runWith(RULE_SET_2021))).toEqual([]);
  });
});
