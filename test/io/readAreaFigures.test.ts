import { describe, expect, it } from 'vitest';
import { areaFiguresFromCsv } from '../../src/io/readAreaFigures.ts';
import { formatInputError } from '../../src/io/inputError.ts';
import { rational as q } from '../../src/core/exact/rational.ts';

const HEADER =
  'year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,k2_national_pct,k3_basic_pct,k4_income_pct';
const ROW_A = '2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50,50';
const ROW_B = '2021,751-beta,Beta,751,1200,40,35,1.5,0.75,50,70';

const read = (text: string) => areaFiguresFromCsv(text, 'f.csv');
const errorsOf = (text: string) => {
  const r = read(text);
  return r.ok ? [] : r.errors.map(formatInputError);
};

describe('area figures (data contract §B)', () => {
  it('reads valid rows into typed figures, empty fields as null and denominators when present', () => {
    const r = read(`${HEADER},n_18_64\n${ROW_A},900\n2021,751-beta,Beta,751,1200,40,,,,,70,\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Read exactly: 0.75 is 3/4.
    expect(r.value).toEqual([
      {
        year: 2021,
        areaId: '101-alfa',
        name: 'Alfa',
        municipalityCode: '101',
        residents: 1500,
        nonwesternPct: q(60),
        k1OutsidePct: q(45),
        k2ConvictedPct: q(3),
        k2NationalPct: q(3, 4),
        k3BasicPct: q(50),
        k4IncomePct: q(50),
        denominators: { n18to64: 900 },
      },
      {
        year: 2021,
        areaId: '751-beta',
        name: 'Beta',
        municipalityCode: '751',
        residents: 1200,
        nonwesternPct: q(40),
        k1OutsidePct: null,
        k2ConvictedPct: null,
        k2NationalPct: null,
        k3BasicPct: null,
        k4IncomePct: q(70),
      },
    ]);
    expect(r.rowCount).toEqual({ rowsIn: 2, accepted: 2, rejected: 0 });
  });

  it('a missing required column is reported on the header line', () => {
    const header = HEADER.replace(',k1_outside_pct', '');
    expect(errorsOf(`${header}\n2021,101-alfa,Alfa,101,1500,60,3,0.75,50,50\n`)).toEqual([
      'f.csv:1: column "k1_outside_pct": required column is missing',
    ]);
  });

  it('an unknown column is reported with its name', () => {
    const errors = errorsOf(`${HEADER},k5_extra\n${ROW_A},1\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^f\.csv:1: column "k5_extra": unknown column \(known: year, area_id, /);
  });

  it('a non-numeric value names line, column and value', () => {
    expect(errorsOf(`${HEADER}\n${ROW_A}\n2021,751-beta,Beta,751,1200,40,abc,1.5,0.75,50,70\n`)).toEqual([
      'f.csv:3: column "k1_outside_pct": value "abc" is not a number',
    ]);
  });

  it('a Danish decimal comma is not a number, with a hint', () => {
    expect(errorsOf(`${HEADER}\n2021,751-beta,Beta,751,1200,40,35,1.5,0.75,50,"70,5"\n`)).toEqual([
      'f.csv:2: column "k4_income_pct": value "70,5" is not a number (use "." as the decimal separator)',
    ]);
  });

  it('percentages outside 0–100 are rejected; exactly 0 and exactly 100 are accepted', () => {
    expect(errorsOf(`${HEADER}\n2021,101-alfa,Alfa,101,1500,100.5,-0.1,0,0.75,100,50\n`)).toEqual([
      'f.csv:2: column "nonwestern_pct": value "100.5" is not a percentage between 0 and 100',
      'f.csv:2: column "k1_outside_pct": value "-0.1" is not a percentage between 0 and 100',
    ]);
  });

  it('K4 is a percentage of the regional mean and may exceed 100', () => {
    expect(read(`${HEADER}\n2021,101-alfa,Alfa,101,1500,60,45,3,0.75,50,104.2\n`).ok).toBe(true);
  });

  it('a negative count is rejected, and so is a fractional one', () => {
    expect(
      errorsOf(`${HEADER},n_30_59\n2021,101-alfa,Alfa,101,-5,60,45,3,0.75,50,50,\n${ROW_B},12.5\n`),
    ).toEqual([
      'f.csv:2: column "residents": value "-5" is a negative count',
      'f.csv:3: column "n_30_59": value "12.5" is not a whole number',
    ]);
  });

  it('a denominator larger than the residents is rejected', () => {
    expect(errorsOf(`${HEADER},n_18_plus\n${ROW_A},1501\n`)).toEqual([
      'f.csv:2: column "n_18_plus": value "1501" is larger than residents (1500)',
    ]);
  });

  it('a duplicate (year, area_id) is reported on the second line, naming the first', () => {
    expect(errorsOf(`${HEADER}\n${ROW_A}\n${ROW_B}\n${ROW_A}\n`)).toEqual([
      'f.csv:4: column "area_id": value "101-alfa" repeats year 2021 and area_id "101-alfa" of line 2',
    ]);
  });

  it('an unknown municipality code is rejected; codes are 3-digit strings ("0101" is not "101")', () => {
    expect(
      errorsOf(
        `${HEADER}\n2021,101-alfa,Alfa,0101,1500,60,45,3,0.75,50,50\n2021,x,X,999,1500,60,45,3,0.75,50,50\n`,
      ),
    ).toEqual([
      'f.csv:2: column "municipality_code": value "0101" is not a known municipality code (3 digits, e.g. "101")',
      'f.csv:3: column "municipality_code": value "999" is not a known municipality code (3 digits, e.g. "101")',
    ]);
  });

  it('bad years are rejected', () => {
    expect(
      errorsOf(`${HEADER}\n2021.5,a,A,101,1500,60,45,3,0.75,50,50\n1899,b,B,101,1500,60,45,3,0.75,50,50\n`),
    ).toEqual([
      'f.csv:2: column "year": value "2021.5" is not a year',
      'f.csv:3: column "year": value "1899" is not a year between 2000 and 2100',
    ]);
  });

  it('reports every problem, not only the first, and balances the rows', () => {
    const r = read(
      `${HEADER}\n${ROW_A}\n2021,b,B,101,x,60,45,3,0.75,50,50\n2021,c,C,999,1500,60,45,3,0.75,500,50\n${ROW_B}\n`,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'residents', 'x'],
      [4, 'municipality_code', '999'],
      [4, 'k3_basic_pct', '500'],
    ]);
    expect(r.rowCount).toEqual({ rowsIn: 4, accepted: 2, rejected: 2 });
  });

  it('a row with the wrong number of fields names its line', () => {
    expect(errorsOf(`${HEADER}\n${ROW_A},extra\n`)).toEqual(['f.csv:2: has 12 fields, the header has 11']);
  });

  it('an unclosed quote is reported as invalid CSV', () => {
    const errors = errorsOf(`${HEADER}\n2021,"101-alfa,Alfa,101,1500,60,45,3,0.75,50,50\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^f\.csv:\d+: is not valid CSV: /);
  });
});
