import { rational as q } from '../../src/core/exact/rational.ts';
import { describe, expect, it } from 'vitest';
import { RULE_SET_2013 } from '../../src/core/rulesets/ruleSet2013.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { figuresOf } from './fixtures/figuresOf.ts';
import type { Cell } from './fixtures/writeDelivery.ts';

// K3 for list year 2021: residents 30–59 on 1 January 2021, education status of 1 October 2020.
const education = (
  id: string,
  year: number,
  level: string,
  levelDanish: string,
): Record<string, string | number> => ({
  year,
  person_id: id,
  level,
  level_danish: levelDanish,
});
const k3Rows = delivery({
  persons: [
    person('e29', '1991-01-02'), // 29 on 1 Jan 2021: too young
    person('e30', '1991-01-01'), // 30
    person('e44', '1976-06-01'), // 44
    person('e40', '1980-06-01'), // 40
    person('e59', '1961-06-01'), // 59
    person('e60', '1961-01-01'), // 60: too old
    person('eLate', '1980-06-01'), // 40, education only recorded for 2021
  ],
  residence: ['e29', 'e30', 'e44', 'e40', 'e59', 'e60', 'eLate'].flatMap((id) => lives(id, 'dA', [2021])),
  education: [
    education('e29', 2020, 'basic', 'basic'),
    education('e30', 2020, 'master', 'basic'), // foreign master's degree, not recognised in Denmark
    education('e44', 2020, 'bachelor', 'bachelor'),
    education('e40', 2020, 'unknown', 'unknown'),
    // e59: no row → unknown → basic
    education('e60', 2020, 'basic', 'basic'),
    education('eLate', 2021, 'master', 'master'), // not the status year → no row for 2020 → basic
  ],
});

describe('K3 residents 30–59 with basic education only', () => {
  it('from 2018: only Danish or recognised education counts; unknown and no row count as basic', async () => {
    const f = (await figuresOf(k3Rows, [2021])).get(2021, 'A');
    // Members e30, e44, e40, e59, eLate; basic: e30 (level_danish), e40, e59, eLate → 4/5.
    expect(f.k3BasicPct).toEqual(q(80));
    expect(f.denominators?.n30to59).toBe(5);
  });

  it('the 2013 rule set counts education from any source', async () => {
    const f = (await figuresOf(k3Rows, [2021], { ruleSet: RULE_SET_2013 })).get(2021, 'A');
    // e30's foreign master's degree now counts: basic e40, e59, eLate → 3/5.
    expect(f.k3BasicPct).toEqual(q(60));
  });
});

// K4 for list year 2021: residents 15–64 on 1 January 2021, fully taxable and not students in income
// year 2019; area mean over the mean of the same group in the region (Region Hovedstaden: municipality 101).
const income = (
  id: string,
  year: number,
  gross: number,
  taxable = true,
  student = false,
): Record<string, Cell> => ({
  year,
  person_id: id,
  gross_income: gross,
  fully_taxable: taxable,
  student,
});
const k4Rows = delivery({
  persons: [
    person('i14', '2006-06-01'), // 14: too young
    person('i15', '2006-01-01'), // 15
    person('i40', '1980-06-01'),
    person('iStudent', '1980-06-01'),
    person('iNotTaxable', '1980-06-01'),
    person('iNoIncome', '1980-06-01'),
    person('i64', '1956-01-02'), // 64
    person('i65', '1956-01-01'), // 65: too old
    person('o1', '1980-06-01'), // in København, outside the areas
    person('oAarhus', '1980-06-01'), // in Aarhus: another region
  ],
  residence: [
    ...['i14', 'i15', 'i40', 'iStudent', 'iNotTaxable', 'iNoIncome', 'i64', 'i65'].flatMap((id) =>
      lives(id, 'dA', [2021]),
    ),
    ...lives('o1', 'dOut', [2021]),
    ...lives('oAarhus', 'dAarhus', [2021], '751'),
  ],
  income: [
    income('i14', 2019, 100_000),
    income('i15', 2019, 100_000),
    income('i40', 2019, 300_000),
    income('iStudent', 2019, 50_000, true, true),
    income('iNotTaxable', 2019, 70_000, false),
    income('i64', 2019, 200_000),
    income('i65', 2019, 1_000_000),
    income('o1', 2019, 400_000),
    income('oAarhus', 2019, 1_000_000),
    income('i40', 2020, 150_000),
    income('o1', 2020, 150_000),
    income('oAarhus', 2020, 50),
  ],
});

describe('K4 mean gross income relative to the region', () => {
  it('income year Y-2 (default): area mean over regional mean, both over taxable non-students 15–64', async () => {
    const f = (await figuresOf(k4Rows, [2021])).get(2021, 'A');
    // Area: i15, i40, i64 → 600,000 / 3 = 200,000. Region Hovedstaden: i15, i40, i64, o1 → 1,000,000 / 4 = 250,000.
    expect(f.k4IncomePct).toEqual(q(80));
    expect(f.denominators?.nIncome).toBe(3);
  });

  it('k4IncomeYear=Y-1 uses income year 2020', async () => {
    const f = (await figuresOf(k4Rows, [2021], { assumptions: { k4IncomeYear: 'Y-1' } })).get(2021, 'A');
    // Area: i40 150,000; region: i40, o1 → 150,000 (Aarhus is another region).
    expect(f.k4IncomePct).toEqual(q(100));
  });
});
