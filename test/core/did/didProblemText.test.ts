import { describe, expect, it } from 'vitest';
import type { DidDesignProblem } from '../../../src/core/did/didModel.ts';
import { didProblemTextDa, didProblemTextEn } from '../../../src/core/did/didProblemText.ts';

const EVERY_KIND: Record<DidDesignProblem['kind'], DidDesignProblem> = {
  noTreated: { kind: 'noTreated' },
  noControl: { kind: 'noControl' },
  tooFewPreYears: { kind: 'tooFewPreYears', preYears: [2021] },
  noPostYears: { kind: 'noPostYears' },
  singular: { kind: 'singular', column: 'treated×post' },
  tooFewClusters: { kind: 'tooFewClusters', clusters: 1234 },
};

describe('every design problem has a Danish and an English sentence', () => {
  for (const problem of Object.values(EVERY_KIND)) {
    it(problem.kind, () => {
      expect(didProblemTextDa(problem)).toMatch(/^Modellen kan ikke estimeres: .+\.$/);
      expect(didProblemTextEn(problem)).toMatch(/^cannot estimate: /);
    });
  }
  it('names the pre-period years found, or says there were none', () => {
    expect(didProblemTextDa({ kind: 'tooFewPreYears', preYears: [2021] })).toBe(
      'Modellen kan ikke estimeres: der kræves mindst to år i førperioden med både behandlede kommuner og kontrolkommuner, men der er kun 2021.',
    );
    expect(didProblemTextDa({ kind: 'tooFewPreYears', preYears: [] })).toContain('men der er ingen.');
    expect(didProblemTextEn({ kind: 'tooFewPreYears', preYears: [] })).toContain('found none');
  });
  it('says when the reference year is what is missing', () =>
    expect(
      didProblemTextDa({ kind: 'tooFewPreYears', preYears: [2019, 2020], missingReferenceYear: 2021 }),
    ).toBe(
      'Modellen kan ikke estimeres: referenceåret 2021 er ikke blandt førperiodens år med både behandlede kommuner og kontrolkommuner (2019, 2020).',
    ));
  it('puts collinear columns and counts in Danish words and numbers', () => {
    expect(didProblemTextDa(EVERY_KIND.singular)).toContain('effekten (behandlet kommune × efterperiode)');
    expect(didProblemTextDa({ kind: 'singular', column: 'treated×2018' })).toContain(
      'event study-koefficienten for 2018',
    );
    expect(didProblemTextDa(EVERY_KIND.tooFewClusters)).toContain('for få kommuner (1.234)');
  });
});
