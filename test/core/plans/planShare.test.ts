import { describe, expect, it } from 'vitest';
import { compare, rational } from '../../../src/core/exact/rational.ts';
import {
  countedDwellings,
  publicFamilySharePct,
  shareAgainstTargetDa,
  targetMet,
} from '../../../src/core/plans/planShare.ts';
import { dec } from './planFixtures.ts';

const parts = (pub: number, other: number, m2: string) => ({
  publicFamilyDwellings: pub,
  otherDwellings: other,
  commercialM2: dec(m2),
});
const forty = dec('40');

describe('the 75 m² rule and the 40 pct. target (§ 168 a)', () => {
  it('counts 150 m² of commercial floor area as 2 dwellings', () => {
    expect(countedDwellings(parts(0, 0, '150'))).toEqual(rational(2n));
    expect(countedDwellings(parts(3, 4, '37.5'))).toEqual(dec('7.5'));
  });

  it('40 public, 58 other and 150 m² is exactly 40 pct.: met ("højst 40 pct.")', () => {
    const share = publicFamilySharePct(parts(40, 58, '150'));
    expect(share).toEqual(rational(40n));
    expect(targetMet(share!, forty)).toBe(true);
    expect(shareAgainstTargetDa(share!, forty)).toBe('40,0 pct. ≤ 40 pct.');
  });

  it('40.01 pct. is not met, and is printed with the decimals that show it', () => {
    // 4001 / (4001 + 5997 + 150/75) = 4001 / 10000
    const share = publicFamilySharePct(parts(4001, 5997, '150'));
    expect(share).toEqual(dec('40.01'));
    expect(targetMet(share!, forty)).toBe(false);
    expect(shareAgainstTargetDa(share!, forty)).toBe('40,01 pct. > 40 pct.');
  });

  it('decides decimal floor areas exactly: 149.99 m² tips 40 public, 58 other over 40 pct., 150.01 m² under', () => {
    // 40 / (98 + 149.99/75) = 40 / 99.99986…  > 40 pct.
    const over = publicFamilySharePct(parts(40, 58, '149.99'))!;
    expect(compare(over, forty)).toBe(1);
    expect(targetMet(over, forty)).toBe(false);
    expect(shareAgainstTargetDa(over, forty)).toBe('40,0001 pct. > 40 pct.');
    const under = publicFamilySharePct(parts(40, 58, '150.01'))!;
    expect(targetMet(under, forty)).toBe(true);
  });

  it('has no share when nothing is counted', () => {
    expect(publicFamilySharePct(parts(0, 0, '0'))).toBeNull();
  });
});
