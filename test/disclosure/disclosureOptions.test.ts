import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISCLOSURE_OPTIONS,
  DISCLOSURE_OPTIONS,
  disclosureOptionsFrom,
  isDisclosureOptionName,
} from '../../src/disclosure/disclosureOptions.ts';
import { ASSUMPTIONS } from '../../src/core/assumptions.ts';

describe('disclosure options', () => {
  it('defaults are domain §7: counts of 1–2, fewer than 5 persons, parts of 1–2, more than 100, margin 1', () => {
    expect(DEFAULT_DISCLOSURE_OPTIONS).toEqual({
      disclosureMinCount: 3,
      disclosureMinPersons: 5,
      disclosureMinSharePart: 3,
      disclosureGroupObservationsOver: 100,
      disclosureProtectionMargin: 1,
    });
  });

  it('every option has Danish and English help, and no name clashes with the rule book’s assumptions', () => {
    for (const [name, spec] of Object.entries(DISCLOSURE_OPTIONS)) {
      expect(spec.helpDa.length, name).toBeGreaterThan(20);
      expect(spec.helpEn.length, name).toBeGreaterThan(20);
      expect(Object.keys(ASSUMPTIONS)).not.toContain(name);
    }
  });

  it('parses name=value pairs, with loud errors for unknown names and bad values', () => {
    expect(disclosureOptionsFrom({ disclosureMinCount: '5', disclosureProtectionMargin: '2.5' })).toEqual({
      ok: true,
      value: { ...DEFAULT_DISCLOSURE_OPTIONS, disclosureMinCount: 5, disclosureProtectionMargin: 2.5 },
    });
    expect(
      disclosureOptionsFrom({ disclosureMinCount: '2.5', disclosureMinPersons: '0', nope: '1' }),
    ).toEqual({
      ok: false,
      errors: [
        'invalid value for disclosureMinCount: 2.5 (allowed: a whole number ≥ 1)',
        'invalid value for disclosureMinPersons: 0 (allowed: a whole number ≥ 1)',
        'unknown disclosure option: nope (known: disclosureMinCount, disclosureMinPersons, disclosureMinSharePart, ' +
          'disclosureGroupObservationsOver, disclosureProtectionMargin)',
      ],
    });
    expect(isDisclosureOptionName('disclosureMinCount')).toBe(true);
    expect(isDisclosureOptionName('k1Averaging')).toBe(false);
  });
});
