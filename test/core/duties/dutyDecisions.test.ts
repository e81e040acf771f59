import { describe, expect, it } from 'vitest';
import { rational, rationalFromDecimal } from '../../../src/core/exact/rational.ts';
import {
  daycareBand,
  daycareDecision,
  daycareHighBand,
  kombineretUdlejningDecision,
  languageTestDecision,
} from '../../../src/core/duties/dutyDecisions.ts';
import {
  DEFAULT_DUTY_OPTIONS,
  dutyOptionsFrom,
  languageTestListYears,
} from '../../../src/core/duties/dutyOptions.ts';

const pct = (text: string) => {
  const r = rationalFromDecimal(text);
  if (r === null) throw new Error(text);
  return r;
};

describe('day care: at most 30 % of the children from udsatte areas (dagtilbudsloven § 26 a)', () => {
  it('is over the limit only above 30 %: 3 of 10 is within, 31 of 100 is over', () => {
    const at = daycareDecision({ year: 2023, enrolled: 10, fromUdsat: 3, dispensationUntil: null });
    expect(at.state).toBe('no');
    expect(at.textDa).toBe('30,0 pct. ≤ 30 pct.');
    expect(at.legalRef).toBe('dagtilbudsloven § 26 a, stk. 1');
    const over = daycareDecision({ year: 2023, enrolled: 100, fromUdsat: 31, dispensationUntil: null });
    expect(over.state).toBe('yes');
    expect(over.textDa).toBe('31,0 pct. > 30 pct.');
  });

  it('shows a share just above 30 % with the decimals it needs (3.001 of 10.000)', () => {
    const d = daycareDecision({ year: 2023, enrolled: 10_000, fromUdsat: 3_001, dispensationUntil: null });
    expect(d.state).toBe('yes');
    expect(d.textDa).toBe('30,01 pct. > 30 pct.');
  });

  it('bands exactly 30 % as "at least 30 %" and exactly 10 % as 10–30 %', () => {
    expect(daycareBand(rational(30))).toBe('atLeast30');
    expect(daycareBand(pct('29.999'))).toBe('from10to30');
    expect(daycareBand(rational(10))).toBe('from10to30');
    expect(daycareBand(pct('9.99'))).toBe('under10');
    expect(daycareBand(rational(0))).toBe('under10');
    expect(daycareHighBand(pct('29.99'))).toBeNull();
    expect(daycareHighBand(rational(30))).toBe('from30to50');
    expect(daycareHighBand(pct('49.99'))).toBe('from30to50');
    expect(daycareHighBand(rational(50))).toBe('from50to70');
    expect(daycareHighBand(rational(70))).toBe('from70to90');
    expect(daycareHighBand(rational(90))).toBe('from90to100');
    expect(daycareHighBand(rational(100))).toBe('from90to100');
  });

  it('counts a dispensation only for an institution over the limit and for the years it covers', () => {
    const covered = daycareDecision({ year: 2024, enrolled: 10, fromUdsat: 5, dispensationUntil: 2024 });
    expect(covered.dispensation).toBe(true);
    expect(covered.textDa).toBe('50,0 pct. > 30 pct. (dispensation til og med 2024)');
    expect(
      daycareDecision({ year: 2025, enrolled: 10, fromUdsat: 5, dispensationUntil: 2024 }).dispensation,
    ).toBe(false);
    expect(
      daycareDecision({ year: 2024, enrolled: 10, fromUdsat: 2, dispensationUntil: 2030 }).dispensation,
    ).toBe(false);
  });

  it('is unknown, with the reason, when the residence or the list is not known', () => {
    const d = daycareDecision({
      year: 2023,
      enrolled: 10,
      fromUdsat: null,
      unknownWhy: 'listen pr. 1. december 2022 er ikke beregnet',
      dispensationUntil: null,
    });
    expect(d.state).toBe('unknown');
    expect(d.textDa).toBe('ukendt: listen pr. 1. december 2022 er ikke beregnet');
    expect(d.band).toBeNull();
  });
});

describe('language tests: more than 30 % of the pupils (folkeskoleloven § 11 a)', () => {
  it('gives no duty at exactly 30 % and a duty just above it', () => {
    expect(languageTestDecision({ pupils: 300, fromListed: 90 }).state).toBe('no');
    expect(languageTestDecision({ pupils: 300, fromListed: 90 }).textDa).toBe('30,0 pct. ≤ 30 pct.');
    const just = languageTestDecision({ pupils: 1_000, fromListed: 301 });
    expect(just.state).toBe('yes');
    expect(just.textDa).toBe('30,1 pct. > 30 pct.');
  });

  it('is unknown when the pupils’ residence is not known, never "no duty"', () => {
    const d = languageTestDecision({ pupils: 300, fromListed: null, unknownWhy: 'school_enrolment mangler' });
    expect(d.state).toBe('unknown');
    expect(d.textDa).toBe('ukendt: school_enrolment mangler');
  });
});

describe('kombineret udlejning (almenboligloven § 51 b, stk. 1)', () => {
  it('needs at least 1,000 residents: 999 is no whatever K1 is', () => {
    expect(kombineretUdlejningDecision({ residents: 1000, k1Pct: rational(40) }).state).toBe('yes');
    const d = kombineretUdlejningDecision({ residents: 999, k1Pct: rational(80) });
    expect(d.state).toBe('no');
    expect(d.textDa).toBe('999 beboere < 1.000');
    expect(kombineretUdlejningDecision({ residents: 999, k1Pct: null }).state).toBe('no');
  });

  it('applies at exactly 40 % and not at 39.99 % (decimals binary floats cannot represent)', () => {
    const at = kombineretUdlejningDecision({ residents: 1_200, k1Pct: pct('40.00') });
    expect(at.state).toBe('yes');
    expect(at.textDa).toBe('40,0 pct. ≥ 40 pct. (1.200 beboere)');
    const under = kombineretUdlejningDecision({ residents: 1_200, k1Pct: pct('39.99') });
    expect(under.state).toBe('no');
    expect(under.textDa).toBe('39,99 pct. < 40 pct. (1.200 beboere)');
    // 0.1 + 0.2 style: 39.9999999999999999 is below 40 exactly, though a float rounds it to 40.
    expect(kombineretUdlejningDecision({ residents: 1_200, k1Pct: pct('39.9999999999999999') }).state).toBe(
      'no',
    );
  });

  it('uses 30 % from 5,000 residents, 40 % below', () => {
    expect(kombineretUdlejningDecision({ residents: 5_000, k1Pct: rational(30) }).state).toBe('yes');
    expect(kombineretUdlejningDecision({ residents: 5_000, k1Pct: pct('29.99') }).state).toBe('no');
    expect(kombineretUdlejningDecision({ residents: 4_999, k1Pct: rational(30) }).state).toBe('no');
    expect(kombineretUdlejningDecision({ residents: 4_999, k1Pct: pct('39.99') }).state).toBe('no');
  });

  it('is unknown when K1 cannot be computed for an area of 1,000 residents or more', () => {
    const d = kombineretUdlejningDecision({
      residents: 1_500,
      k1Pct: null,
      unknownWhy: 'labour mangler for 2023',
    });
    expect(d.state).toBe('unknown');
    expect(d.textDa).toBe('ukendt: labour mangler for 2023');
  });
});

describe('duty options', () => {
  it('names the three lists of the language-test window', () => {
    expect(languageTestListYears(DEFAULT_DUTY_OPTIONS, 2024)).toEqual([2022, 2023, 2024]);
    const other = dutyOptionsFrom({ languageTestLists: 'Y-3..Y-1' });
    if (!other.ok) throw new Error(other.errors.join());
    expect(languageTestListYears(other.value, 2024)).toEqual([2021, 2022, 2023]);
  });

  it('rejects unknown names and values', () => {
    const r = dutyOptionsFrom({ daycareResidenceSnapshot: 'later', nope: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(2);
  });
});
