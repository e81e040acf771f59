import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/core/exact/rational.ts';
import { dec, line, plan, report } from './planFixtures.ts';
import { planAccount } from '../../../src/core/plans/planAccount.ts';
import { planActionTotals, planCategorySeries } from '../../../src/core/plans/planCategorySeries.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/plans/planOptions.ts';

const ctx = { listYear: 2024, listing: 'on', options: DEFAULT_PLAN_OPTIONS } as const;
const full = (id: string, at: (year: number) => [number, number, string]) =>
  report(
    id,
    2024,
    'accepted',
    Array.from({ length: 13 }, (_, i) => 2018 + i).map((y) =>
      line(y, y <= 2024 ? 'realised' : 'planned', ...at(y), y === 2019 ? { demolished: 3, sold: 1 } : {}),
    ),
  );

describe('table 2.3: the pooled share of the plan areas', () => {
  // A: 90/10 at start, 80/20 from 2019, 40/60 from 2025. B: 100/0 at start, 95 public + 375 m² (= 5) from 2019,
  // 30 public + 40 other + 2,250 m² (= 30) from 2025.
  const a = planAccount(
    plan('A'),
    [full('A', (y) => (y === 2018 ? [90, 10, '0'] : y <= 2024 ? [80, 20, '0'] : [40, 60, '0']))],
    ctx,
  );
  const b = planAccount(
    plan('B'),
    [full('B', (y) => (y === 2018 ? [100, 0, '0'] : y <= 2024 ? [95, 0, '375'] : [30, 40, '2250']))],
    ctx,
  );
  const none = planAccount(plan('C'), [report('C', 2024, 'not_accepted', [])], ctx);
  const series = planCategorySeries([a, b, none]);
  const row = (key: string) => series.rows.find((r) => r.key === key);

  it('pools Σ public family over Σ counted dwellings per row: start, years, final', () => {
    expect(series.rows.map((r) => r.key)).toEqual([
      'start',
      ...Array.from({ length: 12 }, (_, i) => String(2019 + i)),
      'final',
    ]);
    expect(row('start')?.sharePct).toEqual(dec('95')); // 190 / 200
    expect(row('2019')?.sharePct).toEqual(dec('87.5')); // 175 / 200
    expect(row('2019')?.kind).toBe('realised');
    expect(row('2030')?.sharePct).toEqual(dec('35')); // 70 / 200
    expect(row('2030')?.kind).toBe('planned');
    expect(row('final')?.sharePct).toEqual(dec('35'));
  });

  it('leaves out a plan without an accepted report, naming it', () => {
    expect(series.included).toEqual(['A', 'B']);
    expect(series.excluded.map((e) => e.areaId)).toEqual(['C']);
  });

  it('is unknown in a year a pooled plan has no line for', () => {
    const gap = planAccount(
      plan('G'),
      [report('G', 2024, 'accepted', [line(2018, 'realised', 1, 1, '0'), line(2030, 'planned', 1, 3, '0')])],
      ctx,
    );
    const s = planCategorySeries([a, gap]);
    expect(s.rows.find((r) => r.key === '2020')).toMatchObject({
      sharePct: null,
      whyDa: 'G: ingen linje for 2020',
    });
    // (40 + 1) / (100 + 4) × 100 = 4100 / 104 = 1025 / 26
    expect(s.rows.find((r) => r.key === 'final')?.sharePct).toEqual(rational(1025n, 26n));
  });

  it('sums the actions, realised and planned', () => {
    const t = planActionTotals([a, b, none]);
    expect(t.realised.demolished).toBe(6);
    expect(t.realised.sold).toBe(2);
    expect(t.planned.demolished).toBe(0);
    expect(t.lastRealisedYear).toBe(2024);
  });
});
