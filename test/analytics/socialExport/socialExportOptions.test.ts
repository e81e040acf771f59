import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SOCIAL_EXPORT_OPTIONS,
  didOptionsFrom,
  SOCIAL_EXPORT_OPTIONS,
  socialExportOptionsFrom,
} from '../../../src/core/socialExport/socialExportOptions.ts';
import { parseReportAssume } from '../../../src/cli/assumeOption.ts';

describe('the social-export options', () => {
  it('default to domain §10: 18–64 with outside_fte ≥ 0.5 a year before, the 2021 list, post from 2022', () => {
    expect(DEFAULT_SOCIAL_EXPORT_OPTIONS).toMatchObject({
      socialExportLabourYearOffset: 1,
      socialExportVulnerableCutoff: 0.5,
      socialExportTreatmentList: 'first',
      socialExportPostFrom: 2022,
      socialExportReferenceYear: 2021,
      socialExportWeighted: false,
      socialExportOutcome: 'any',
      socialExportBootstrapDraws: 0,
    });
    expect(didOptionsFrom(DEFAULT_SOCIAL_EXPORT_OPTIONS)).toEqual({
      postFrom: 2022,
      referenceYear: 2021,
      weighted: false,
    });
  });

  it('are parsed at the edge: every bad value named, the reference year before the post period', () => {
    expect(
      socialExportOptionsFrom({
        socialExportVulnerableCutoff: '1.5',
        socialExportTreatmentList: 'second',
        socialExportWeighted: 'yes',
        socialExportNothing: '1',
      }),
    ).toEqual({
      ok: false,
      errors: [
        'invalid value for socialExportVulnerableCutoff: 1.5 (allowed: a number from 0 to 1)',
        'invalid value for socialExportTreatmentList: second (allowed: first, latest)',
        'invalid value for socialExportWeighted: yes (allowed: true, false)',
        expect.stringContaining('unknown social-export option: socialExportNothing'),
      ],
    });
    expect(socialExportOptionsFrom({ socialExportReferenceYear: '2022' })).toEqual({
      ok: false,
      errors: [
        'socialExportReferenceYear 2022 must lie before socialExportPostFrom 2022 (the reference year is a pre-period year)',
      ],
    });
    const bootstrap = socialExportOptionsFrom({
      socialExportBootstrapDraws: '999',
      socialExportBootstrapWeights: 'webb',
    });
    expect(bootstrap.ok && didOptionsFrom(bootstrap.value).bootstrap).toEqual({
      draws: 999,
      weights: 'webb',
      seed: 1,
    });
  });

  it('come with the report’s --assume, told apart from the assumptions and the disclosure options by name', () => {
    const parsed = parseReportAssume([
      'socialExportTreatmentList=latest',
      'disclosureMinCount=5',
      'k2AgeFloor=15',
    ]);
    expect(parsed.ok && parsed.value.socialExport.socialExportTreatmentList).toBe('latest');
    expect(parsed.ok && parsed.value.disclosure.disclosureMinCount).toBe(5);
  });

  it('are documented in docs/report.md and the CLI reference', () => {
    const report = readFileSync('docs/report.md', 'utf8');
    const cli = readFileSync('docs/cli.md', 'utf8');
    for (const name of Object.keys(SOCIAL_EXPORT_OPTIONS)) {
      expect(report, name).toContain(`\`${name}\``);
      expect(cli, name).toContain(`${name}=`);
    }
  });
});
