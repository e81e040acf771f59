import { describe, expect, it } from 'vitest';
import { parseReportAssume } from '../../src/cli/assumeOption.ts';
import {
  DEFAULT_INTEGRATION_OPTIONS,
  integrationOptionsFrom,
} from '../../src/core/integration/integrationOptions.ts';

describe("chapter 4's options (domain §11)", () => {
  it('default to three pooled school years, convictions of the year before, and the non-western relation', () => {
    expect(DEFAULT_INTEGRATION_OPTIONS).toEqual({
      integrationExamYears: 3,
      integrationConvictedAdultYears: 10,
      integrationNonwesternRelation: true,
    });
  });

  it('are set with --assume beside the other options, every bad value named', () => {
    const ok = parseReportAssume([
      'integrationConvictedAdultYears=5',
      'integrationNonwesternRelation=false',
      'disclosureMinCount=4',
    ]);
    expect(ok.ok && ok.value.integration).toEqual({
      integrationExamYears: 3,
      integrationConvictedAdultYears: 5,
      integrationNonwesternRelation: false,
    });
    expect(ok.ok && ok.value.disclosure.disclosureMinCount).toBe(4);
    expect(
      integrationOptionsFrom({
        integrationExamYears: '0',
        integrationConvictedAdultYears: '2.5',
        integrationNonwesternRelation: 'ja',
      }),
    ).toEqual({
      ok: false,
      errors: [
        'invalid value for integrationExamYears: 0 (allowed: a whole number from 1 to 5)',
        'invalid value for integrationConvictedAdultYears: 2.5 (allowed: a whole number from 1 to 30)',
        'invalid value for integrationNonwesternRelation: ja (allowed: true, false)',
      ],
    });
  });
});
