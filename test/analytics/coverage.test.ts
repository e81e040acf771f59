import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyArea } from '../../src/core/classify/classifyArea.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { rational as q } from '../../src/core/exact/rational.ts';
import type { AreaFigures } from '../../src/core/model/areaFigures.ts';
import type { AreaAssessment, CriterionResult } from '../../src/core/model/assessment.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { runCli } from '../cli/cliHarness.ts';
import { figuresOf } from './fixtures/figuresOf.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { writeCsvDelivery, type DeliveryRows, type Rows } from './fixtures/writeDelivery.ts';

// A measure is computable for a list year only when every source year it needs is in the delivery. For list
// year 2021 (rule set 2021, 2-year averages) K1 needs labour of 2019 and 2020, K2 convictions of 2019 and 2020
// (a table of decisions covers every year from its first decision to its last), both the snapshots of 1 January
// 2020 and 2021; K3 needs education of 2020 and K4 income of 2019.
//
// The delivery: area A (parcel pA, dwelling dA) holds 1,000 residents a0…a999 and 1,000 persons o0…o999 live
// outside every area (dOut), all born 1980-06-01 (39 on 1 January 2020, 40 on 1 January 2021: 18–64, 18+ and
// 30–59), Danish origin, resident on 1 January 2020 and 2021. Every other measure is complete:
// - labour 2019 and 2020: a0…a499 outside the whole year → K1 = (500/1,000 + 500/1,000) / 2 = 50 % (> 40: met);
// - education 2020: everyone vocational (Danish) → K3 = 0 % (not met);
// - income 2019: everyone 300,000 kr., fully taxable, not a student → K4 = 100 % of the region (not met);
// - non-western 0 % (the parallelsamfund and forebyggelse gates fail).

const root = mkdtempSync(join(tmpdir(), 'boligmonitor-coverage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SNAPSHOTS = [2020, 2021];
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const AREA = range('a', 0, 999);
const OUTSIDE = range('o', 0, 999);
const EVERYONE = [...AREA, ...OUTSIDE];

const decisions = (ids: readonly string[], date: string): Rows =>
  ids.map((id) => ({ person_id: id, decision_date: date, law: 'straffeloven', decision_type: 'fine' }));
const outsideLabour = (years: readonly number[]): Rows =>
  years.flatMap((year) => range('a', 0, 499).map((id) => ({ year, person_id: id, outside_fte: 1 })));

function denmark(tables: { convictions: Rows; labour: Rows }): DeliveryRows {
  return delivery({
    persons: EVERYONE.map((id) => person(id, '1980-06-01')),
    residence: [
      ...AREA.flatMap((id) => lives(id, 'dA', SNAPSHOTS)),
      ...OUTSIDE.flatMap((id) => lives(id, 'dOut', SNAPSHOTS)),
    ],
    labour: tables.labour,
    education: EVERYONE.map((id) => ({
      year: 2020,
      person_id: id,
      level: 'vocational',
      level_danish: 'vocational',
    })),
    income: EVERYONE.map((id) => ({
      year: 2019,
      person_id: id,
      gross_income: 300_000,
      fully_taxable: true,
      student: false,
    })),
    convictions: tables.convictions,
  });
}

// Convictions stop in 2019: 2018 a0…a9 (10 decisions, 10 persons); 2019 a0…a19, a second decision of a0, and
// o0…o4 (26 decisions, 25 persons). No decision in 2020, a data year of the 2021 list.
const STOPPED = denmark({
  convictions: [
    ...decisions(range('a', 0, 9), '2018-06-01'),
    ...decisions(range('a', 0, 19), '2019-06-01'),
    ...decisions(['a0'], '2019-10-01'),
    ...decisions(range('o', 0, 4), '2019-06-01'),
  ],
  labour: outsideLabour([2019, 2020]),
});

// Convictions in 2018 (a0…a9) and 2020 (a0…a29 in the area, o0…o9 outside), none in 2019: 2019 lies inside the
// range of decisions, so it is a year without convictions, not a missing year.
const GAP_CONVICTIONS = [
  ...decisions(range('a', 0, 9), '2018-06-01'),
  ...decisions(range('a', 0, 29), '2020-06-01'),
  ...decisions(range('o', 0, 9), '2020-06-01'),
];
const GAP = denmark({ convictions: GAP_CONVICTIONS, labour: outsideLabour([2019, 2020]) });

// Labour stops in 2019 (no rows for 2020, a data year of K1 2021); convictions as in GAP.
const LABOUR_STOPPED = denmark({ convictions: GAP_CONVICTIONS, labour: outsideLabour([2019]) });

const classify = (f: AreaFigures): AreaAssessment =>
  classifyArea(f, RULE_SET_2021, {
    assumptions: DEFAULT_ASSUMPTIONS,
    membershipIn: () => ({ state: 'no', source: 'history' }),
  });

/** The results for one measure in every decision of the assessment that evaluates it (udsat, forebyggelse). */
const criteriaOf = (a: AreaAssessment, measure: string): CriterionResult[] =>
  a.decisions.flatMap((d) => d.criteria.filter((c) => c.criterion.measure === measure));

const decisionOf = (a: AreaAssessment, list: string) => a.decisions.find((d) => d.list === list);

describe('coverage: a measure whose source year the delivery lacks is not computable, never "not met"', () => {
  it('convictions ending before 2020: K2 2021 is null for the area and nationally, with the Danish reason', async () => {
    const figures = await figuresOf(STOPPED, [2021]);
    const f = figures.get(2021, 'A');
    expect(f.k2ConvictedPct).toBeNull();
    expect(f.k2NationalPct).toBeNull();
    expect(f.k1OutsidePct).toEqual(q(50)); // the other measures are there
    expect(f.k3BasicPct).toEqual(q(0));
    expect(f.k4IncomePct).toEqual(q(100));
    expect(figures.notes).toEqual(['K2 2021 kan ikke beregnes: convictions mangler for 2020']);

    const a = classify(f);
    const k2 = criteriaOf(a, 'K2');
    // udsat and forebyggelse, each with the source's reason
    expect(k2.map((c) => (c.kind === 'notComputable' ? c.why : c.kind))).toEqual([
      'K2: convictions mangler for 2020',
      'K2: convictions mangler for 2020',
    ]);
    // Udsat: K1 met, K3 and K4 not, K2 unknown — it could make 2 of 4, so the decision is uncertain, not "no".
    const udsat = decisionOf(a, 'udsat');
    expect(udsat?.metCount).toBe(1);
    expect(udsat?.member).toBe(false);
    expect(udsat?.uncertain).toBe(true);
  });

  it('a year without decisions inside the range of convictions counts as zero convictions: K2 is computable', async () => {
    const figures = await figuresOf(GAP, [2021]);
    const f = figures.get(2021, 'A');
    // Area: 2019 0 / 1,000, 2020 30 / 1,000 → (0 + 3) / 2 = 3/2 %.
    expect(f.k2ConvictedPct).toEqual(q(3, 2));
    // National: 2019 0 / 2,000, 2020 (30 + 10) / 2,000 = 2 % → (0 + 2) / 2 = 1 %.
    expect(f.k2NationalPct).toEqual(q(1));
    expect(figures.notes).toEqual([]);

    const a = classify(f);
    const k2 = criteriaOf(a, 'K2');
    expect(k2.map((c) => c.kind)).toEqual(['evaluated', 'evaluated']);
    // Ratio 1.5: below 3 (udsat) and 2 (forebyggelse).
    expect(k2.map((c) => c.kind === 'evaluated' && c.met)).toEqual([false, false]);
    const udsat = decisionOf(a, 'udsat');
    expect(udsat?.metCount).toBe(1); // K1 only
    expect(udsat?.uncertain).toBe(false);
  });

  it('labour ending before 2020: K1 2021 is null with the Danish reason', async () => {
    const figures = await figuresOf(LABOUR_STOPPED, [2021]);
    const f = figures.get(2021, 'A');
    expect(f.k1OutsidePct).toBeNull();
    expect(f.k2ConvictedPct).toEqual(q(3, 2));
    expect(figures.notes).toEqual(['K1 2021 kan ikke beregnes: labour mangler for 2020']);

    const a = classify(f);
    const k1 = criteriaOf(a, 'K1');
    expect(k1.map((c) => (c.kind === 'notComputable' ? c.why : c.kind))).toEqual([
      'K1: labour mangler for 2020',
      'K1: labour mangler for 2020',
    ]);
    // Udsat: K2, K3, K4 not met; K1 alone cannot make 2 of 4, so the "no" is certain.
    const udsat = decisionOf(a, 'udsat');
    expect(udsat?.metCount).toBe(0);
    expect(udsat?.member).toBe(false);
    expect(udsat?.uncertain).toBe(false);
  });

  it('run: the manifest holds the coverage per data year and every measure left not computable', async () => {
    const dir = join(root, 'stopped');
    mkdirSync(dir);
    writeCsvDelivery(STOPPED, dir);
    const out = join(root, 'out');
    const r = await runCli([
      'run',
      '--delivery',
      dir,
      '--years',
      '2021',
      '--workspace',
      ':memory:',
      '--out',
      out,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      contextYears: number[];
      uncoveredYears: number[];
      extra: {
        coverage: Record<string, { year: number; rows: number; persons: number }[]>;
        notComputable: string[];
      };
    };
    expect(manifest.extra.coverage['convictions']).toEqual([
      { year: 2018, rows: 10, persons: 10 },
      { year: 2019, rows: 26, persons: 25 },
    ]);
    expect(manifest.extra.coverage['residence']).toEqual([
      { year: 2020, rows: 2000, persons: 2000 },
      { year: 2021, rows: 2000, persons: 2000 },
    ]);
    // 2021 depends on 2020 (changes) and on the omdannelse window 2017–2020; only 2020 has a snapshot.
    expect(manifest.contextYears).toEqual([2020]);
    expect(manifest.uncoveredYears).toEqual([2016, 2017, 2018, 2019]);
    // 2020 is computed as context: its K1 and K2 need the 2019 snapshot (and K1 labour of 2018), K3 education of
    // 2019 and K4 income of 2018, none of which the delivery has; 2021 lacks convictions of 2020.
    expect(manifest.extra.notComputable).toEqual([
      'K1 2020 kan ikke beregnes: residence mangler for 2019; labour mangler for 2018',
      'K2 2020 kan ikke beregnes: residence mangler for 2019',
      'K3 2020 kan ikke beregnes: education mangler for 2019',
      'K4 2020 kan ikke beregnes: income mangler for 2018',
      'K2 2021 kan ikke beregnes: convictions mangler for 2020',
    ]);
  });
});
