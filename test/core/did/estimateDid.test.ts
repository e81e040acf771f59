import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusteredOls, matrixOfColumns } from '../../../src/core/did/clusteredOls.ts';
import { pooledDidColumns, TREATED_POST } from '../../../src/core/did/didDesignColumns.ts';
import type { DidOptions, DidOutcome, DidPanelRow, DidResult } from '../../../src/core/did/didModel.ts';
import { didPanelFrom } from '../../../src/core/did/didPanel.ts';
import { estimateDid } from '../../../src/core/did/estimateDid.ts';
import { independentColumns } from '../../../src/core/did/independentColumns.ts';
import { bootstrapTStatistics, bootstrapWeights } from '../../../src/core/did/wildClusterBootstrap.ts';
import { expectNoOrphanGoldens } from '../../expectGolden.ts';
import { didFixtures, fixtureRows, GOLDEN } from './didFixtures.ts';

const DOMAIN: DidOptions = { postFrom: 2022, referenceYear: 2021, weighted: false };

/** |actual − expected| ≤ 1e-8 · |expected| (with a floor of 1e-12 for values at zero). */
function expectClose(actual: number, expected: number, what: string): void {
  const tolerance = 1e-8 * Math.max(Math.abs(expected), 1e-4);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function resultOf(outcome: DidOutcome): DidResult {
  if (!outcome.ok) throw new Error(`expected an estimate, got ${JSON.stringify(outcome.problem)}`);
  return outcome.result;
}

interface Golden {
  model: {
    n: number;
    clusters: number;
    k: number;
    dropped: string[];
    beta: number;
    se: number;
    t: number;
    p: number;
    ci95: [number, number];
    bootstrap?: { draws: number; weights: string; seed: number; ci95: [number, number]; p: number };
  };
  eventStudy: { year: number; beta: number; se: number; ci95: [number, number] }[];
  eventStudyDropped: string[];
  preTrend: { stat: number; df: number; dfDenominator: number; p: number };
  sandwich?: { se: number; eventStudy: { year: number; se: number }[] };
}

describe('estimateDid agrees with statsmodels (and R sandwich) on the fixtures, to 1e-8 relative', () => {
  const fixtures = didFixtures();
  it('every golden belongs to a fixture', () =>
    expectNoOrphanGoldens(
      GOLDEN,
      fixtures.map((f) => `${f.name}.json`),
    ));
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const file = join(GOLDEN, `${fixture.name}.json`);
      expect(
        existsSync(file),
        `missing golden ${relative(process.cwd(), file)}: run /usr/bin/python3 scripts/did-reference.py`,
      ).toBe(true);
      const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
      const r = resultOf(estimateDid(fixtureRows(fixture.name), fixture));
      const m = golden.model;
      expect([r.model.n, r.model.clusters, r.model.k, r.model.dropped]).toEqual([
        m.n,
        m.clusters,
        m.k,
        m.dropped,
      ]);
      expectClose(r.model.beta, m.beta, 'β');
      expectClose(r.model.se, m.se, 'se');
      expectClose(r.model.t, m.t, 't');
      expectClose(r.model.p, m.p, 'p');
      expectClose(r.model.ci95[0], m.ci95[0], 'ci low');
      expectClose(r.model.ci95[1], m.ci95[1], 'ci high');
      // The bootstrap against a brute-force refit per draw in statsmodels with the same seeded weights.
      expect(r.model.bootstrap === undefined).toBe(m.bootstrap === undefined);
      if (r.model.bootstrap !== undefined && m.bootstrap !== undefined) {
        const [b, g] = [r.model.bootstrap, m.bootstrap];
        expect([b.draws, b.weights, b.seed]).toEqual([g.draws, g.weights, g.seed]);
        expectClose(b.p, g.p, 'bootstrap p');
        expectClose(b.ci95[0], g.ci95[0], 'bootstrap ci low');
        expectClose(b.ci95[1], g.ci95[1], 'bootstrap ci high');
      }
      expect(r.eventStudy.map((c) => c.year)).toEqual(golden.eventStudy.map((c) => c.year));
      expect(r.eventStudyDropped).toEqual(golden.eventStudyDropped);
      r.eventStudy.forEach((c, i) => {
        const g = golden.eventStudy[i] as Golden['eventStudy'][number];
        expectClose(c.beta, g.beta, `β ${c.year}`);
        expectClose(c.se, g.se, `se ${c.year}`);
        expectClose(c.ci95[0], g.ci95[0], `ci low ${c.year}`);
        expectClose(c.ci95[1], g.ci95[1], `ci high ${c.year}`);
      });
      expect(r.preTrend.df).toBe(golden.preTrend.df);
      expect(r.model.clusters - 1).toBe(golden.preTrend.dfDenominator);
      expectClose(r.preTrend.stat, golden.preTrend.stat, 'pre-trend F');
      expectClose(r.preTrend.p, golden.preTrend.p, 'pre-trend p');
      expect(golden.sandwich, 'R sandwich reference in the golden').toBeDefined();
      const s = golden.sandwich as NonNullable<Golden['sandwich']>;
      expectClose(r.model.se, s.se, 'se (sandwich)');
      r.eventStudy.forEach((c, i) =>
        expectClose(c.se, (s.eventStudy[i] as { se: number }).se, `se ${c.year} (sandwich)`),
      );
    });
  }
});

/**
 * Four units, 2020–2023, post from 2022: a balanced panel, where two-way fixed effects give the difference in
 * differences of the four group × period cell means.
 *   treated pre  (10 + 12 + 20 + 21) / 4 = 15.75   treated post (15 + 17 + 25 + 26) / 4 = 20.75  → +5
 *   control pre  (30 + 31 + 40 + 43) / 4 = 36      control post (32 + 34 + 44 + 44) / 4 = 38.5   → +2.5
 *   β = 5 − 2.5 = 2.5
 * Event study (reference 2021), year means: treated 15, 16.5, 20, 21.5; control 35, 37, 38, 39:
 *   β_2020 = (15 − 16.5) − (35 − 37) = 0.5;  β_2022 = (20 − 16.5) − (38 − 37) = 2.5;  β_2023 = (21.5 − 16.5) − (39 − 37) = 3.
 */
const HAND: Record<string, [boolean, number[]]> = {
  T1: [true, [10, 12, 15, 17]],
  T2: [true, [20, 21, 25, 26]],
  C1: [false, [30, 31, 32, 34]],
  C2: [false, [40, 43, 44, 44]],
};
const handRows = (): DidPanelRow[] =>
  Object.entries(HAND).flatMap(([unit, [treated, ys]]) =>
    ys.map((y, i) => ({ unit, year: 2020 + i, y, weight: 1, treated })),
  );

describe('estimateDid, worked by hand', () => {
  it('a 2×2 difference in differences of four cell means: β = 2.5', () => {
    const r = resultOf(estimateDid(handRows(), DOMAIN));
    expect(r.model.beta).toBeCloseTo(2.5, 12);
    // K = intercept + 3 unit dummies + 3 year dummies + D·Post = 8; N = 16; G = 4.
    expect([r.model.n, r.model.k, r.model.clusters, r.model.dropped]).toEqual([16, 8, 4, []]);
    // The interval is β ± t_{0.975; 3} · se, t_{0.975; 3} = 3.182446305284263.
    expect(r.model.ci95[1] - r.model.beta).toBeCloseTo(3.182446305284263 * r.model.se, 12);
    expect(r.model.beta - r.model.ci95[0]).toBeCloseTo(3.182446305284263 * r.model.se, 12);
  });
  it('the event study of the same panel: 0.5, 2.5 and 3; the pre-trend F of one coefficient is its t²', () => {
    const r = resultOf(estimateDid(handRows(), DOMAIN));
    expect(r.eventStudy.map((c) => c.year)).toEqual([2020, 2022, 2023]);
    r.eventStudy.forEach((c, i) => expect(c.beta).toBeCloseTo([0.5, 2.5, 3][i] as number, 12));
    const pre = r.eventStudy[0] as { beta: number; se: number };
    expect(r.preTrend.df).toBe(1);
    expect(r.preTrend.stat).toBeCloseTo((pre.beta / pre.se) ** 2, 10);
  });
  it('a unit alone in its only year is fitted exactly: the year dummy it makes collinear is dropped and named, β unchanged', () => {
    // Z is the only cell of 2019: its unit dummy equals 1[t = 2019], the base year, so the last year dummy
    // (year 2023) is spanned by the intercept, Z and the other year dummies.
    const withZ = [...handRows(), { unit: 'Z', year: 2019, y: 50, weight: 1, treated: false }];
    const r = resultOf(estimateDid(withZ, DOMAIN));
    expect(r.model.dropped).toEqual(['year 2023']);
    expect(r.model.beta).toBeCloseTo(2.5, 12);
  });
  it('the collinear fixture drops and names the event study’s treated×2018 (2018 holds only treated cells)', () => {
    const r = resultOf(estimateDid(fixtureRows('collinear'), DOMAIN));
    expect(r.eventStudyDropped).toEqual(['treated×2018']);
    expect(r.eventStudy.map((c) => c.year)).toEqual([2017, 2019, 2020, 2022, 2023, 2024]);
    expect(r.model.dropped).toEqual([]);
  });
});

describe('design problems, never NaN', () => {
  const panel = (spec: Record<string, [boolean, Record<number, number>]>): DidPanelRow[] =>
    Object.entries(spec).flatMap(([unit, [treated, ys]]) =>
      Object.entries(ys).map(([year, y]) => ({ unit, year: Number(year), y, weight: 10, treated })),
    );
  const problemOf = (rows: DidPanelRow[], options = DOMAIN) => {
    const o = estimateDid(rows, options);
    return o.ok ? undefined : o.problem;
  };
  const years = (from: number, to: number, base: number) =>
    Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, base + ((i * 7) % 5)]));

  it('no treated unit', () =>
    expect(problemOf(handRows().map((r) => ({ ...r, treated: false })))).toEqual({ kind: 'noTreated' }));
  it('no control unit', () =>
    expect(problemOf(handRows().map((r) => ({ ...r, treated: true })))).toEqual({ kind: 'noControl' }));
  it('one pre-period year (2021) is too few', () =>
    expect(problemOf(handRows().map((r) => ({ ...r, year: r.year + 1 })))).toEqual({
      kind: 'tooFewPreYears',
      preYears: [2021],
    }));
  it('a pre-period year with only control cells does not count', () => {
    const rows = handRows().filter((r) => !(r.year === 2020 && r.unit.startsWith('T')));
    expect(problemOf(rows)).toEqual({ kind: 'tooFewPreYears', preYears: [2021] });
  });
  it('the reference year missing from the pre-period years', () =>
    expect(problemOf(handRows(), { ...DOMAIN, referenceYear: 2019, postFrom: 2022 })).toEqual({
      kind: 'tooFewPreYears',
      preYears: [2020, 2021],
      missingReferenceYear: 2019,
    }));
  it('a pre-period coefficient the rank check drops leaves none to test: too few pre-period years', () =>
    // 2020's only treated cell is A's only cell, so treated×2020 equals A's unit indicator.
    expect(
      problemOf(
        panel({
          A: [true, { 2020: 1 }],
          B: [true, { 2021: 2, 2022: 4, 2023: 6 }],
          C: [false, years(2020, 2023, 10)],
          D: [false, years(2020, 2023, 20)],
        }),
      ),
    ).toEqual({ kind: 'tooFewPreYears', preYears: [2021] }));
  it('no post-period year', () =>
    expect(problemOf(handRows().filter((r) => r.year < 2022))).toEqual({ kind: 'noPostYears' }));
  it('post-period years with only control cells are no post-period years', () =>
    expect(problemOf(handRows().filter((r) => r.year < 2022 || r.unit.startsWith('C')))).toEqual({
      kind: 'noPostYears',
    }));
  it('two clusters cannot test four pre-period coefficients (G ≤ q)', () =>
    expect(problemOf(panel({ A: [true, years(2017, 2024, 10)], B: [false, years(2017, 2024, 20)] }))).toEqual(
      {
        kind: 'tooFewClusters',
        clusters: 2,
      },
    ));
  it('no residual degrees of freedom in the event study (N = K = 7) is too few clusters', () =>
    expect(
      problemOf(
        panel({
          A: [true, { 2020: 1, 2021: 2, 2022: 4 }],
          B: [false, { 2020: 2, 2021: 2, 2022: 3 }],
          C: [false, { 2022: 5 }],
        }),
      ),
    ).toEqual({ kind: 'tooFewClusters', clusters: 3 }));
  it('D·Post collinear with the unit dummies (the treated unit seen after 2022 is seen only then) is singular', () =>
    expect(
      problemOf(
        panel({
          A: [true, { 2020: 1, 2021: 2 }],
          B: [true, { 2022: 4, 2023: 5 }],
          C: [false, years(2020, 2023, 10)],
          D: [false, years(2020, 2023, 20)],
        }),
      ),
    ).toEqual({ kind: 'singular', column: TREATED_POST }));
});

describe('input the caller must not send is an Error naming the row', () => {
  const rows = handRows();
  it('a non-finite y', () =>
    expect(() =>
      estimateDid(
        rows.map((r, i) => (i === 2 ? { ...r, y: Number.NaN } : r)),
        DOMAIN,
      ),
    ).toThrow('y is not a finite number: NaN (row 3: unit T1, year 2022)'));
  it('a weight of 0 (a cell without out-movers)', () =>
    expect(() =>
      estimateDid(
        rows.map((r, i) => (i === 5 ? { ...r, weight: 0 } : r)),
        DOMAIN,
      ),
    ).toThrow('weight is not a finite number > 0: 0 (row 6: unit T2, year 2021)'));
  it('a duplicate cell', () =>
    expect(() => estimateDid([...rows, rows[0] as DidPanelRow], DOMAIN)).toThrow(
      'duplicate unit and year (row 17: unit T1, year 2020)',
    ));
  it('treated changing within a unit', () =>
    expect(() =>
      estimateDid(
        rows.map((r, i) => (i === 1 ? { ...r, treated: false } : r)),
        DOMAIN,
      ),
    ).toThrow('treated is not constant within the unit'));
  it('a reference year in the post period', () =>
    expect(() => estimateDid(rows, { ...DOMAIN, referenceYear: 2022 })).toThrow(
      'referenceYear 2022 is not before postFrom 2022',
    ));
});

describe('the wild cluster bootstrap', () => {
  const rows = fixtureRows('balanced');
  const withBootstrap = (seed: number, weights: 'rademacher' | 'webb' = 'webb') =>
    resultOf(estimateDid(rows, { ...DOMAIN, bootstrap: { draws: 399, weights, seed } })).model;

  it('is deterministic for a seed, and another seed draws otherwise', () => {
    expect(withBootstrap(7).bootstrap).toEqual(withBootstrap(7).bootstrap);
    expect(withBootstrap(8).bootstrap).not.toEqual(withBootstrap(7).bootstrap);
  });
  it('leaves the CR1 estimate as it is and gives an interval covering β and a p-value in [0, 1]', () => {
    for (const weights of ['rademacher', 'webb'] as const) {
      const m = withBootstrap(3, weights);
      const plain = resultOf(estimateDid(rows, DOMAIN)).model;
      expect([m.beta, m.se]).toEqual([plain.beta, plain.se]);
      const b = m.bootstrap as NonNullable<typeof m.bootstrap>;
      expect(b.ci95[0]).toBeLessThan(m.beta);
      expect(b.ci95[1]).toBeGreaterThan(m.beta);
      expect(b.p).toBeGreaterThanOrEqual(0);
      expect(b.p).toBeLessThanOrEqual(1);
      expect([b.draws, b.weights, b.seed]).toEqual([399, weights, 3]);
    }
  });
  it('its fast t* equals a refit of the bootstrap sample y* = ŷ₀ + v·r̃ with CR1 (null imposed)', () => {
    const panel = didPanelFrom(rows, false);
    const design = pooledDidColumns(panel, 2022);
    const { kept } = independentColumns(design.columns, panel.w);
    const x = matrixOfColumns(
      kept.map((j) => design.columns[j] as Float64Array),
      panel.n,
    );
    const g = panel.units.length;
    const full = clusteredOls(x, panel.y, panel.w, panel.unitIndex, g);
    const column = kept.length - 1;
    const others = Array.from({ length: kept.length - 1 }, (_, j) => j);
    const restricted = clusteredOls(x.subMatrixColumn(others), panel.y, panel.w, panel.unitIndex, g);
    const draws = bootstrapWeights('webb', g, 3, 11);
    const fast = bootstrapTStatistics(
      { x, w: panel.w, cluster: panel.unitIndex, clusters: g, bread: full.bread, column, cr1: full.cr1 },
      restricted.residuals,
      draws,
    );
    draws.forEach((v, d) => {
      const yStar = panel.y.map(
        (y, i) =>
          y -
          (restricted.residuals[i] as number) +
          (v[panel.unitIndex[i] as number] as number) * (restricted.residuals[i] as number),
      );
      const refit = clusteredOls(x, yStar, panel.w, panel.unitIndex, g);
      const tStar = (refit.beta[column] as number) / Math.sqrt(refit.vcov.get(column, column));
      expect(fast[d]).toBeCloseTo(tStar, 9);
    });
  });
  it('draws Webb weights from the six points, each about a sixth of the time', () => {
    const w = bootstrapWeights('webb', 6000, 1, 1)[0] as Float64Array;
    const counts = new Map<number, number>();
    for (const x of w) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([
      -Math.sqrt(1.5),
      -1,
      -Math.sqrt(0.5),
      Math.sqrt(0.5),
      1,
      Math.sqrt(1.5),
    ]);
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});
