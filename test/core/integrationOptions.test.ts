import { describe, expect, it } from 'vitest';
import { parseReportAssume } from '../../src/cli/assumeOption.ts';
import {
  DEFAULT_INTEGRATION_OPTIONS,
  integrationOptionsFrom,
} from '../../src/core/integration/integrationOptions.ts';

describe("chapter 4's options (domain §11)", () => {
  it('default to three pooled school years and convictions of the year before', () => {
    expect(DEFAULT_INTEGRATION_OPTIONS).toEqual({
      integrationExamYears: 3,
      integrationConvictedAdultYears: 1,
    });
  });

  it('are set with --assume beside the other options, every bad value named', () => {
    const ok = parseReportAssume(['integrationConvictedAdultYears=5', 'disclosureMinCount=4']);
    expect(ok.ok && ok.value.integration).toEqual({
      integrationExamYears: 3,
      integrationConvictedAdultYears: 5,
    });
    expect(ok.ok && ok.value.disclosure.disclosureMinCount).toBe(4);
    expect(
      integrationOptionsFrom({ integrationExamYears: '0', integrationConvictedAdultYears: '2.5' }),
    ).toEqual({
      ok: false,
      errors: [
        'invalid value for integrationExamYears: 0 (allowed: a whole number from 1 to 5)',
        'invalid value for integrationConvictedAdultYears: 2.5 (allowed: a whole number from 1 to 10)',
      ],
    });
  });
});
