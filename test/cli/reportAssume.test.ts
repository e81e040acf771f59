import { describe, expect, it } from 'vitest';
import { assumeHelp, parseReportAssume } from '../../src/cli/assumeOption.ts';
import { DEFAULT_DUTY_OPTIONS } from '../../src/core/duties/dutyOptions.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../src/core/plans/planOptions.ts';

describe("the report's --assume", () => {
  it('takes the plan options of table 2.3 and the duty options of chapter 5 by name', () => {
    const parsed = parseReportAssume([
      'plans.registerGapTolerancePct=0.5',
      'daycareResidenceSnapshot=same',
      'languageTestLists=Y-3..Y-1',
      'k2AgeFloor=15',
    ]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.plans['plans.registerGapTolerancePct']).toBe('0.5');
    expect(parsed.value.plans['plans.projection']).toBe(DEFAULT_PLAN_OPTIONS['plans.projection']);
    expect(parsed.value.duties).toEqual({
      ...DEFAULT_DUTY_OPTIONS,
      daycareResidenceSnapshot: 'same',
      languageTestLists: 'Y-3..Y-1',
    });
    expect(parsed.value.assumptions.k2AgeFloor).toBe('15');
  });

  it('defaults every family when nothing is set', () => {
    const parsed = parseReportAssume([]);
    expect(parsed.ok && parsed.value.duties).toEqual(DEFAULT_DUTY_OPTIONS);
    expect(parsed.ok && parsed.value.plans).toEqual(DEFAULT_PLAN_OPTIONS);
  });

  it('lists every bad value of every family, not just the first', () => {
    const parsed = parseReportAssume([
      'daycareResidenceSnapshot=before',
      'plans.projection=guess',
      'housingRelet=never',
      'k2AgeFloor=x',
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = parsed.errors.join('\n');
    expect(text).toContain('daycareResidenceSnapshot');
    expect(text).toContain('plans.projection');
    expect(text).toContain('housingRelet');
    expect(text).toContain('k2AgeFloor');
  });

  it('names the plan and duty options in its help', () => {
    const help = assumeHelp();
    expect(help).toContain('daycareResidenceSnapshot=following|same (default following)');
    expect(help).toContain('plans.projection=');
  });
});
