import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDb } from '../../src/analytics/db.ts';
import { loadDelivery } from '../../src/analytics/load/loadDelivery.ts';
import type { ValidationReport } from '../../src/analytics/validate/validationReport.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { writeCsvDelivery, type DeliveryRows } from './fixtures/writeDelivery.ts';

/** A valid delivery: every defect below is one change to it. */
const VALID = delivery({
  persons: [person('v1', '1980-06-01'), person('v2', '1985-06-01', { ie_type: 2, origin_country: '5404' })],
  residence: [...lives('v1', 'dA', [2020, 2021]), ...lives('v2', 'dB', [2021])],
  labour: [{ year: 2019, person_id: 'v1', outside_fte: 0.5 }],
  education: [{ year: 2020, person_id: 'v1', level: 'basic', level_danish: 'basic' }],
  income: [{ year: 2019, person_id: 'v1', gross_income: 100_000, fully_taxable: true, student: false }],
  convictions: [{ person_id: 'v2', decision_date: '2020-05-01', law: 'straffeloven', decision_type: 'fine' }],
});

async function validate(rows: DeliveryRows, quarantine: boolean): Promise<ValidationReport> {
  const dir = writeCsvDelivery(rows);
  return withDb({ path: ':memory:' }, async (db) => (await loadDelivery(db, dir, { quarantine })).report);
}

type Table = keyof DeliveryRows;
const add = (table: Table, row: Record<string, string | number | boolean | null>): DeliveryRows => ({
  ...VALID,
  [table]: [...VALID[table], row],
});

interface Defect {
  readonly name: string;
  readonly rows: DeliveryRows;
  readonly rule: string;
  readonly table: Table;
  /** Offending rows of the rule, and the first one's row number, column and value. */
  readonly count: number;
  readonly row: number;
  readonly column: string;
  readonly value: string | null;
}

const DEFECTS: readonly Defect[] = [
  {
    name: 'a year that is not an integer',
    rows: add('residence', { year: '2O21', person_id: 'v2', dwelling_id: 'dB', municipality_code: '101' }),
    ...{ rule: 'residence.year.type', table: 'residence', count: 1, row: 4, column: 'year', value: '2O21' },
  },
  {
    name: 'a boolean that is not true/false',
    rows: add('income', {
      year: 2020,
      person_id: 'v1',
      gross_income: 1,
      fully_taxable: 'ja',
      student: false,
    }),
    ...{
      rule: 'income.fully_taxable.type',
      table: 'income',
      count: 1,
      row: 2,
      column: 'fully_taxable',
      value: 'ja',
    },
  },
  {
    name: 'a required value that is missing',
    rows: add('income', {
      year: 2020,
      person_id: 'v1',
      gross_income: null,
      fully_taxable: true,
      student: false,
    }),
    ...{
      rule: 'income.gross_income.required',
      table: 'income',
      count: 1,
      row: 2,
      column: 'gross_income',
      value: '(tom)',
    },
  },
  {
    name: 'an unknown enum value',
    rows: add('persons', { ...person('v3', '1990-01-01'), sex: 'x' }),
    ...{ rule: 'persons.sex.domain', table: 'persons', count: 1, row: 3, column: 'sex', value: 'x' },
  },
  {
    name: 'an unknown municipality code (codes are strings: "0101" is not "101")',
    rows: add('residence', { year: 2020, person_id: 'v2', dwelling_id: 'dB', municipality_code: '0101' }),
    ...{
      rule: 'residence.municipality_code.domain',
      table: 'residence',
      count: 1,
      row: 4,
      column: 'municipality_code',
      value: '0101',
    },
  },
  {
    name: 'an unknown DST country code',
    rows: add('persons', person('v3', '1990-01-01', { ie_type: 2, origin_country: '9999' })),
    ...{
      rule: 'persons.origin_country.domain',
      table: 'persons',
      count: 1,
      row: 3,
      column: 'origin_country',
      value: '9999',
    },
  },
  {
    name: 'a descendant without origin country',
    rows: add('persons', person('v3', '1990-01-01', { ie_type: 3 })),
    ...{
      rule: 'persons.origin_country.required',
      table: 'persons',
      count: 1,
      row: 3,
      column: 'origin_country',
      value: 'ie_type=3',
    },
  },
  {
    name: 'outside_fte above 1',
    rows: add('labour', { year: 2020, person_id: 'v1', outside_fte: 1.5 }),
    ...{
      rule: 'labour.outside_fte.range',
      table: 'labour',
      count: 1,
      row: 2,
      column: 'outside_fte',
      value: '1.5',
    },
  },
  {
    name: 'an implausible birth date',
    rows: add('persons', person('v3', '1850-01-01')),
    ...{
      rule: 'persons.birth_date.plausible',
      table: 'persons',
      count: 1,
      row: 3,
      column: 'birth_date',
      value: '1850-01-01',
    },
  },
  {
    name: 'a resident born after the snapshot',
    rows: {
      ...VALID,
      persons: [...VALID.persons, person('baby', '2021-03-01')],
      residence: [...VALID.residence, ...lives('baby', 'dA', [2021])],
    },
    ...{
      rule: 'residence.year.beforeBirth',
      table: 'residence',
      count: 1,
      row: 4,
      column: 'year',
      value: '2021',
    },
  },
  {
    name: 'a duplicate (year, person_id)',
    rows: add('residence', { year: 2021, person_id: 'v2', dwelling_id: 'dA', municipality_code: '101' }),
    ...{
      rule: 'residence.year_person_id.unique',
      table: 'residence',
      count: 2,
      row: 3,
      column: 'year, person_id',
      value: 'year=2021, person_id=<person_id>',
    },
  },
  {
    name: 'a duplicate person_id',
    rows: add('persons', person('v2', '1970-01-01')),
    ...{
      rule: 'persons.person_id.unique',
      table: 'persons',
      count: 2,
      row: 2,
      column: 'person_id',
      value: 'person_id=<person_id>',
    },
  },
  {
    name: 'a person that does not exist (the id itself is never shown)',
    rows: add('income', {
      year: 2019,
      person_id: 'ghost',
      gross_income: 1,
      fully_taxable: true,
      student: false,
    }),
    ...{
      rule: 'income.person_id.reference',
      table: 'income',
      count: 1,
      row: 2,
      column: 'person_id',
      value: '<person_id>',
    },
  },
  {
    name: 'a dwelling that does not exist',
    rows: add('residence', {
      year: 2020,
      person_id: 'v2',
      dwelling_id: 'dNowhere',
      municipality_code: '101',
    }),
    ...{
      rule: 'residence.dwelling_id.reference',
      table: 'residence',
      count: 1,
      row: 4,
      column: 'dwelling_id',
      value: 'dNowhere',
    },
  },
  {
    name: 'a parcel that is in no area delimitation',
    rows: add('dwellings', {
      dwelling_id: 'dX',
      parcel_id: 'pX',
      municipality_code: '101',
      ownership: 'almen',
      kind: 'family',
      built_year: 1970,
    }),
    ...{
      rule: 'dwellings.parcel_id.reference',
      table: 'dwellings',
      count: 1,
      row: 8,
      column: 'parcel_id',
      value: 'pX',
    },
  },
  {
    name: 'a delimitation of an area that does not exist',
    rows: add('area_parcels', { area_id: 'Z', parcel_id: 'pZ', valid_from: 2000, valid_to: null }),
    ...{
      rule: 'area_parcels.area_id.reference',
      table: 'area_parcels',
      count: 1,
      row: 5,
      column: 'area_id',
      value: 'Z',
    },
  },
  {
    name: 'a parcel in two areas in the same year',
    rows: add('area_parcels', { area_id: 'B', parcel_id: 'pA', valid_from: 2015, valid_to: 2016 }),
    ...{
      rule: 'area_parcels.parcel_id.overlap',
      table: 'area_parcels',
      count: 2,
      row: 1,
      column: 'parcel_id',
      value: 'pA (A og B)',
    },
  },
  {
    name: 'an inverted validity range',
    rows: add('area_parcels', { area_id: 'B', parcel_id: 'pC', valid_from: 2020, valid_to: 2019 }),
    ...{
      rule: 'area_parcels.valid_to.inverted',
      table: 'area_parcels',
      count: 1,
      row: 5,
      column: 'valid_to',
      value: '2020–2019',
    },
  },
];

describe('validation of a register delivery', () => {
  it('accepts the valid delivery, every row', async () => {
    const report = await validate(VALID, false);
    expect(report.ok).toBe(true);
    expect(report.rules).toEqual([]);
    const persons = report.rowCounts.find((c) => c.table === 'persons');
    expect(persons).toEqual({ table: 'persons', rowsIn: 2, accepted: 2, rejected: 0 });
  });

  for (const d of DEFECTS) {
    it(`strict: ${d.name} fails the delivery, reported with table, row, column and value`, async () => {
      const report = await validate(d.rows, false);
      expect(report.ok).toBe(false);
      expect(report.rules.map((r) => r.ruleId)).toEqual([d.rule]);
      const [rule] = report.rules;
      expect(rule?.table).toBe(d.table);
      expect(rule?.count).toBe(d.count);
      expect(rule?.examples[0]).toEqual({ row: d.row, column: d.column, value: d.value });
    });

    it(`quarantine: ${d.name} — its rows are set aside and rows in = accepted + rejected`, async () => {
      const report = await validate(d.rows, true);
      const counts = report.rowCounts.find((c) => c.table === d.table);
      expect(counts?.rejected).toBeGreaterThanOrEqual(d.count);
      for (const c of report.rowCounts) expect(c.rowsIn).toBe(c.accepted + c.rejected);
      expect(counts?.rowsIn).toBe(d.rows[d.table].length);
    });
  }

  it('quarantine cascades: the rows of a rejected person are rejected as unknown references', async () => {
    const report = await validate(add('persons', person('v1', '1970-01-01')), true);
    // Both v1 person rows are rejected (duplicate key); v1's 2 residence, 1 labour, 1 education and 1 income
    // rows then refer to no accepted person.
    expect(report.rowCounts).toEqual([
      { table: 'areas', rowsIn: 2, accepted: 2, rejected: 0 },
      { table: 'area_parcels', rowsIn: 4, accepted: 4, rejected: 0 },
      { table: 'dwellings', rowsIn: 7, accepted: 7, rejected: 0 },
      { table: 'persons', rowsIn: 3, accepted: 1, rejected: 2 },
      { table: 'residence', rowsIn: 3, accepted: 1, rejected: 2 },
      { table: 'labour', rowsIn: 1, accepted: 0, rejected: 1 },
      { table: 'education', rowsIn: 1, accepted: 0, rejected: 1 },
      { table: 'income', rowsIn: 1, accepted: 0, rejected: 1 },
      { table: 'convictions', rowsIn: 1, accepted: 1, rejected: 0 },
    ]);
  });

  it('a missing column is a schema problem: nothing is read, in either mode', async () => {
    const dir = writeCsvDelivery(VALID);
    writeFileSync(
      join(dir, 'persons.csv'),
      'person_id,birth_date,ie_type,origin_country\nv1,1980-06-01,1,\n',
    );
    for (const quarantine of [false, true]) {
      const report = await withDb(
        { path: ':memory:' },
        async (db) => (await loadDelivery(db, dir, { quarantine })).report,
      );
      expect(report.ok).toBe(false);
      expect(report.schemaProblems).toEqual([
        {
          table: 'persons',
          path: join(dir, 'persons.csv'),
          kind: 'missingColumn',
          column: 'sex',
          detail: 'string',
        },
      ]);
      expect(report.rowCounts).toEqual([]);
    }
  });

  it('a missing table file is a schema problem', async () => {
    const dir = writeCsvDelivery(VALID);
    writeFileSync(join(dir, 'labour.csv.bak'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'labour.csv'));
    const report = await withDb(
      { path: ':memory:' },
      async (db) => (await loadDelivery(db, dir, { quarantine: false })).report,
    );
    expect(report.schemaProblems.map((p) => `${p.table}:${p.kind}`)).toEqual(['labour:missingFile']);
  });
});
