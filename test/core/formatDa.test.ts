import { describe, expect, it } from 'vitest';
import { formatNumberDa, formatPctDa, formatRatioDa } from '../../src/core/format/formatDa.ts';

describe('Danish number formatting', () => {
  it('thousands with "." and decimals with ","', () => {
    expect(formatNumberDa(1698)).toBe('1.698');
    expect(formatNumberDa(1234567)).toBe('1.234.567');
    expect(formatNumberDa(999)).toBe('999');
    expect(formatNumberDa(12.345, 1)).toBe('12,3');
    expect(formatNumberDa(12345.16, 1)).toBe('12.345,2');
    expect(formatNumberDa(0)).toBe('0');
  });
  it('rounds half away from zero', () => {
    expect(formatNumberDa(2.25, 1)).toBe('2,3');
    expect(formatNumberDa(-2.25, 1)).toBe('-2,3');
    expect(formatNumberDa(0.05, 1)).toBe('0,1');
    expect(formatNumberDa(1.005, 2)).toBe('1,01');
  });
  it('no minus sign on a value that rounds to zero', () => {
    expect(formatNumberDa(-0.04, 1)).toBe('0,0');
    expect(formatNumberDa(-1698)).toBe('-1.698');
  });
  it('percent and ratio', () => {
    expect(formatPctDa(12.4)).toBe('12,4 pct.');
    expect(formatPctDa(40, 0)).toBe('40 pct.');
    expect(formatRatioDa(2.8)).toBe('2,8×');
    expect(formatRatioDa(3, 0)).toBe('3×');
  });
});
