import { describe, expect, it } from 'vitest';
import { parseAssume } from '../../src/cli/assumeOption.ts';
import { formatYears, parseYears } from '../../src/cli/yearsOption.ts';

describe('--years', () => {
  it('takes one year, a range, or a comma-separated mix', () => {
    expect(parseYears('2021')).toEqual({ ok: true, value: [2021] });
    expect(parseYears('2018-2021')).toEqual({ ok: true, value: [2018, 2019, 2020, 2021] });
    expect(parseYears('2016,2018–2019,2016')).toEqual({ ok: true, value: [2016, 2018, 2019] });
  });
  it('rejects what is not a year or a range', () => {
    expect(parseYears('21')).toEqual({
      ok: false,
      error: '--years "21": "21" is not a year or a range like 2018-2024',
    });
    expect(parseYears('2024-2018').ok).toBe(false);
  });
  it('prints years compactly', () => {
    expect(formatYears([2016, 2017, 2018, 2021, 2023, 2024])).toBe('2016–2018, 2021, 2023–2024');
  });
});

describe('--assume', () => {
  it('sets named assumptions and keeps the defaults for the rest', () => {
    const r = parseAssume(['k2AgeFloor=15']);
    expect(r.ok && r.value.k2AgeFloor).toBe('15');
    expect(r.ok && r.value.comparison).toBe('unrounded');
  });
  it('lists every problem', () => {
    expect(parseAssume(['nonsense', 'k2AgeFloor=12'])).toEqual({
      ok: false,
      errors: [
        '--assume "nonsense": expected name=value, e.g. k2AgeFloor=15',
        '--assume: invalid value for k2AgeFloor: 12 (allowed: 18, 15)',
      ],
    });
  });
});
