import { describe, expect, it } from 'vitest';
import { dec, line, plan, report } from './planFixtures.ts';
import { planAccount, type PlanAccountContext } from '../../../src/core/plans/planAccount.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/plans/planOptions.ts';
import { latestAcceptedReport } from '../../../src/core/plans/latestAcceptedReport.ts';

const ctx: PlanAccountContext = { listYear: 2024, listing: 'on', options: DEFAULT_PLAN_OPTIONS };

describe('a plan area’s accounts', () => {
  // 2023's accepted report plans 40 / (40 + 60) = 40 pct. in 2030; 2024's (not accepted) would plan
  // 441 / (441 + 559) = 44.1 pct.
  const accepted2023 = report('A', 2023, 'accepted', [
    line(2018, 'realised', 90, 10, '0'),
    line(2019, 'realised', 80, 20, '0', { demolished: 10 }),
    line(2030, 'planned', 40, 60, '0', { sold: 40 }),
  ]);
  const rejected2024 = report('A', 2024, 'not_accepted', [
    line(2018, 'realised', 90, 10, '0'),
    line(2030, 'planned', 441, 559, '0'),
  ]);

  it('keeps the latest accepted report when a later one is not accepted', () => {
    expect(latestAcceptedReport([accepted2023, rejected2024], 2024)).toBe(accepted2023);
    const a = planAccount(plan('A'), [rejected2024, accepted2023], ctx);
    expect(a.reportYear).toBe(2023);
    expect(a.notCounted).toEqual([{ reportYear: 2024, status: 'not_accepted' }]);
    expect(a.start?.sharePct).toEqual(dec('90'));
    expect(a.realised.map((l) => l.year)).toEqual([2019]);
    expect(a.planned.map((l) => l.year)).toEqual([2030]);
    expect(a.status).toMatchObject({ kind: 'onTrack', reasonDa: 'planlagt 40,0 pct. i 2030 ≤ 40 pct.' });
  });

  it('is not on track with the Danish reason when the 2030 line is above the target', () => {
    const a = planAccount(plan('A'), [{ ...rejected2024, status: 'accepted' }], ctx);
    expect(a.status).toMatchObject({ kind: 'notOnTrack', reasonDa: 'planlagt 44,1 pct. i 2030 > 40 pct.' });
  });

  it('ignores a report submitted after the list year', () => {
    const a = planAccount(plan('A'), [accepted2023, { ...rejected2024, status: 'accepted' }], {
      ...ctx,
      listYear: 2023,
    });
    expect(a.reportYear).toBe(2023);
  });

  it('measures a dispensation plan against its own target', () => {
    // 525 / (525 + 475) = 52.5 pct.: at most the stk. 3 target of 52.5 pct.
    const r = report('D', 2024, 'accepted', [
      line(2018, 'realised', 900, 100, '0'),
      line(2030, 'planned', 525, 475, '0'),
    ]);
    const a = planAccount(plan('D', { targetPct: dec('52.5'), dispensation: 'stk3' }), [r], ctx);
    expect(a.targetDa).toBe('52,5 pct. (dispensation efter § 168 a, stk. 3)');
    expect(a.status).toMatchObject({ kind: 'onTrack', reasonDa: 'planlagt 52,5 pct. i 2030 ≤ 52,5 pct.' });
    const without = planAccount(plan('D'), [r], ctx);
    expect(without.status.kind).toBe('notOnTrack');
  });

  it('is unknown, never "not on track", without an accepted report', () => {
    const pending = report('P', 2024, 'pending', [line(2030, 'planned', 90, 10, '0')]);
    const a = planAccount(plan('P'), [pending], ctx);
    expect(a.reportYear).toBeNull();
    expect(a.status).toEqual({
      kind: 'unknown',
      whyDa:
        'ingen årsrapport til og med 2024 er taget til efterretning (årsrapporten for 2024 er endnu ikke behandlet)',
    });
  });

  it('projects from the 2030 line by default, from the last planned line as an option', () => {
    const r = report('L', 2024, 'accepted', [
      line(2018, 'realised', 90, 10, '0'),
      line(2029, 'planned', 39, 61, '0'),
    ]);
    expect(planAccount(plan('L'), [r], ctx).status).toEqual({
      kind: 'unknown',
      whyDa: 'årsrapporten for 2024 har ingen linje for 2030',
    });
    const last = planAccount(plan('L'), [r], {
      ...ctx,
      options: { ...DEFAULT_PLAN_OPTIONS, 'plans.projection': 'lastPlanned' },
    });
    expect(last.status).toMatchObject({ kind: 'onTrack', reasonDa: 'planlagt 39,0 pct. i 2029 ≤ 40 pct.' });
  });

  it('keeps the plan and its duty when the area has left the omdannelse list', () => {
    const a = planAccount(plan('A'), [accepted2023], { ...ctx, listing: 'off' });
    expect(a.status.kind).toBe('onTrack');
    expect(a.dutyDa).toBe(
      'Området er ikke på listen over omdannelsesområder pr. 1. december 2024, men udviklingsplanen og pligten ' +
        'til at nedbringe andelen af almene familieboliger til højst 40 pct. inden 1. januar 2030 består ' +
        '(almenboligloven § 168 a).',
    );
    expect(planAccount(plan('A'), [accepted2023], ctx).dutyDa).toBeNull();
  });
});
