import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOUSING_OPTIONS,
  demolitionListYear,
  housingOptionsFrom,
} from '../../../src/core/housing/housingOptions.ts';
import { parseReportAssume } from '../../../src/cli/assumeOption.ts';

describe('the housing options of chapter 2.4 and 2.6', () => {
  it('defaults: the latest covered letting year, re-let includes vacant dwellings not let, the list in force, any plan', () => {
    expect(DEFAULT_HOUSING_OPTIONS).toEqual({
      housingLettingYear: 'latestCovered',
      housingRelet: 'letOrVacant',
      housingDemolitionList: 'inForce',
      housingDemolitionPlan: 'anyPlan',
    });
  });

  it('the list that decides a demolition in 2024: 1 December 2023 in force, 2024 the same year, none fixed', () => {
    expect(demolitionListYear(DEFAULT_HOUSING_OPTIONS, 2024)).toBe(2023);
    expect(demolitionListYear({ ...DEFAULT_HOUSING_OPTIONS, housingDemolitionList: 'sameYear' }, 2024)).toBe(
      2024,
    );
    expect(
      demolitionListYear({ ...DEFAULT_HOUSING_OPTIONS, housingDemolitionList: 'listYear' }, 2024),
    ).toBeNull();
  });

  it('parses name=value; unknown names and values are errors naming what is allowed', () => {
    expect(housingOptionsFrom({ housingRelet: 'letOnly', housingLettingYear: 'listYear' })).toEqual({
      ok: true,
      value: { ...DEFAULT_HOUSING_OPTIONS, housingRelet: 'letOnly', housingLettingYear: 'listYear' },
    });
    expect(housingOptionsFrom({ housingRelet: 'all', housingX: '1' })).toEqual({
      ok: false,
      errors: [
        'invalid value for housingRelet: all (allowed: letOrVacant, letOnly)',
        'unknown housing option: housingX (known: housingLettingYear, housingRelet, housingDemolitionList, ' +
          'housingDemolitionPlan)',
      ],
    });
  });

  it('the report’s --assume tells them apart from the other options', () => {
    const parsed = parseReportAssume(['housingDemolitionList=listYear', 'k2AgeFloor=15']);
    expect(parsed.ok && parsed.value.housing.housingDemolitionList).toBe('listYear');
    expect(parsed.ok && parsed.value.assumptions.k2AgeFloor).toBe('15');
  });
});
