import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDb } from '../../src/analytics/db.ts';
import { deliveryCoverage } from '../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { loadDelivery } from '../../src/analytics/load/loadDelivery.ts';
import { workspaceTables } from '../../src/analytics/report/workspaceTables.ts';
import { query } from '../../src/analytics/sql.ts';
import type { ValidationReport } from '../../src/analytics/validate/validationReport.ts';
import { tempDir } from '../tempDir.ts';
import {
  VALID_OPTIONAL,
  planLine,
  writeOptionalCsv,
  type OptionalRows,
  type OptionalTableName,
} from './fixtures/optionalTables.ts';
import { delivery, lives, person } from './fixtures/smallDenmark.ts';
import { writeCsvDelivery, type Cell, type DeliveryRows } from './fixtures/writeDelivery.ts';

/** The §A delivery of the validation tests (v1 resident 2020–2021 in dA, v2 in 2021 in dB). */
const BASE_A = delivery({
  persons: [person('v1', '1980-06-01'), person('v2', '1985-06-01', { ie_type: 2, origin_country: '5404' })],
  residence: [...lives('v1', 'dA', [2020, 2021]), ...lives('v2', 'dB', [2021])],
});

interface Case {
  readonly a?: DeliveryRows;
  readonly optional: OptionalRows;
}

const VALID: Case = { a: BASE_A, optional: VALID_OPTIONAL };

function writeCase(c: Case): string {
  return writeOptionalCsv(writeCsvDelivery(c.a ?? BASE_A), c.optional);
}

async function validate(c: Case, quarantine: boolean): Promise<ValidationReport> {
  const dir = writeCase(c);
  return withDb({ path: ':memory:' }, async (db) => (await loadDelivery(db, dir, { quarantine })).report);
}

type Row = Record<string, Cell>;
const add = (table: OptionalTableName, ...rows: Row[]): Case => ({
  ...VALID,
  optional: { ...VALID_OPTIONAL, [table]: [...VALID_OPTIONAL[table], ...rows] },
});
const change = (table: OptionalTableName, i: number, patch: Row): Case => ({
  ...VALID,
  optional: {
    ...VALID_OPTIONAL,
    [table]: VALID_OPTIONAL[table].map((r, j) => (j === i ? { ...r, ...patch } : r)),
  },
});

interface Defect {
  readonly name: string;
  readonly rows: Case;
  /** Every rule that fires, in report order; the first is the one described by count/row/column/value. */
  readonly rules: readonly string[];
  readonly table: string;
  readonly count: number;
  readonly row: number;
  readonly column: string;
  readonly value: string | null;
}

const event = (dwelling: string, date: string, kind: string, extra: Row = {}): Row => ({
  dwelling_id: dwelling,
  event_date: date,
  event: kind,
  kind_after: null,
  ownership_after: null,
  strategic: null,
  ...extra,
});

const exam = (taken: number, sum: number | null, bound = 5): Row => ({
  school_year: 2020,
  person_id: 'v1',
  exams_bound: bound,
  exams_taken: taken,
  grade_sum: sum,
});

const absence = (unlawful: Cell, schoolDays: Cell, quarter = 'q4'): Row => ({
  school_year: 2021,
  quarter,
  person_id: 'v2',
  unlawful_days: unlawful,
  school_days: schoolDays,
});

const test = (school: string, grade: number, attempt: number): Row => ({
  school_year: 2021,
  person_id: 'v2',
  school_id: school,
  grade,
  attempt,
  ready: true,
});

/** Each defect is one change to the valid delivery; expected rule, row, column and value worked out by hand. */
const DEFECTS: readonly Defect[] = [
  // dwelling_events
  {
    name: 'an event of a dwelling that does not exist',
    rows: add('dwelling_events', event('dNone', '2020-01-01', 'merged')),
    ...{ rules: ['dwelling_events.dwelling_id.reference'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'dwelling_id', value: 'dNone' },
  },
  {
    name: 'a relabelling without kind_after',
    rows: add('dwelling_events', event('dB', '2020-01-01', 'relabelled')),
    ...{ rules: ['dwelling_events.kind_after.required'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'kind_after', value: 'event=relabelled' },
  },
  {
    name: 'a sale without ownership_after',
    rows: add('dwelling_events', event('dB', '2020-01-01', 'sold')),
    ...{ rules: ['dwelling_events.ownership_after.required'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'ownership_after', value: 'event=sold' },
  },
  {
    name: 'an unknown event',
    rows: add('dwelling_events', event('dB', '2020-01-01', 'burned')),
    ...{ rules: ['dwelling_events.event.domain'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'event', value: 'burned' },
  },
  {
    name: 'an unknown kind_after',
    rows: add('dwelling_events', event('dB', '2020-01-01', 'relabelled', { kind_after: 'castle' })),
    ...{ rules: ['dwelling_events.kind_after.domain'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'kind_after', value: 'castle' },
  },
  {
    name: 'an event date that is not a date',
    rows: add('dwelling_events', event('dB', '2020-13-01', 'merged')),
    ...{ rules: ['dwelling_events.event_date.type'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'event_date', value: '2020-13-01' },
  },
  {
    name: 'an implausible event date',
    rows: add('dwelling_events', event('dB', '1850-01-01', 'relabelled', { kind_after: 'youth' })),
    ...{ rules: ['dwelling_events.event_date.plausible'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'event_date', value: '1850-01-01' },
  },
  {
    name: 'strategic that is not true/false',
    rows: add('dwelling_events', event('dB', '2020-01-01', 'demolished', { strategic: 'ja' })),
    ...{ rules: ['dwelling_events.strategic.type'], table: 'dwelling_events' },
    ...{ count: 1, row: 4, column: 'strategic', value: 'ja' },
  },
  {
    name: 'a residence row on 1 January after the dwelling was demolished',
    rows: { ...VALID, a: { ...BASE_A, residence: [...BASE_A.residence, ...lives('v2', 'dMove', [2023])] } },
    ...{ rules: ['residence.dwelling_id.afterRemoval'], table: 'residence' },
    ...{ count: 1, row: 4, column: 'dwelling_id', value: 'dMove (2022-06-01)' },
  },
  {
    name: 'a residence row on 1 January after the dwelling was merged into another',
    rows: add('dwelling_events', event('dA', '2020-12-31', 'merged')),
    // v1 lives in dA on 1 January 2020 (before the merger: fine) and 2021 (after: invalid)
    ...{ rules: ['residence.dwelling_id.afterRemoval'], table: 'residence' },
    ...{ count: 1, row: 2, column: 'dwelling_id', value: 'dA (2020-12-31)' },
  },
  // commercial_floor
  {
    name: 'a negative commercial floor area',
    rows: add('commercial_floor', { year: 2022, parcel_id: 'pA', floor_m2: -1.5 }),
    ...{ rules: ['commercial_floor.floor_m2.range'], table: 'commercial_floor' },
    ...{ count: 1, row: 2, column: 'floor_m2', value: '-1.5' },
  },
  {
    name: 'a floor area with a decimal comma',
    rows: add('commercial_floor', { year: 2022, parcel_id: 'pA', floor_m2: '12,5' }),
    ...{ rules: ['commercial_floor.floor_m2.type'], table: 'commercial_floor' },
    ...{ count: 1, row: 2, column: 'floor_m2', value: '12,5' },
  },
  // lettings
  {
    name: 'a letting of a dwelling that is not almen as built',
    rows: add('lettings', { dwelling_id: 'dOut', letting_date: '2020-01-01', letting_type: 'internal' }),
    ...{ rules: ['lettings.dwelling_id.notAlmen'], table: 'lettings' },
    ...{ count: 1, row: 4, column: 'dwelling_id', value: 'dOut (other)' },
  },
  {
    name: 'a letting of a public dwelling sold to a private owner before the letting date',
    rows: add('dwelling_events', event('dA', '2019-01-01', 'sold', { ownership_after: 'other' })),
    ...{ rules: ['lettings.dwelling_id.notAlmen'], table: 'lettings' },
    ...{ count: 1, row: 1, column: 'dwelling_id', value: 'dA (other)' },
  },
  {
    name: 'a letting after the dwelling was demolished',
    rows: add('lettings', { dwelling_id: 'dMove', letting_date: '2022-06-02', letting_type: 'flexible' }),
    ...{ rules: ['lettings.letting_date.afterRemoval'], table: 'lettings' },
    ...{ count: 1, row: 4, column: 'letting_date', value: '2022-06-02 (fjernet 2022-06-01)' },
  },
  {
    name: 'a letting of a dwelling that does not exist',
    rows: add('lettings', { dwelling_id: 'dNone', letting_date: '2020-01-01', letting_type: 'internal' }),
    ...{ rules: ['lettings.dwelling_id.reference'], table: 'lettings' },
    ...{ count: 1, row: 4, column: 'dwelling_id', value: 'dNone' },
  },
  {
    name: 'an unknown letting type',
    rows: add('lettings', { dwelling_id: 'dA', letting_date: '2021-01-01', letting_type: 'lottery' }),
    ...{ rules: ['lettings.letting_type.domain'], table: 'lettings' },
    ...{ count: 1, row: 4, column: 'letting_type', value: 'lottery' },
  },
  // vacancies
  {
    name: 'a duplicate vacancy (year, dwelling_id)',
    rows: add('vacancies', { year: 2021, dwelling_id: 'dMove' }),
    ...{ rules: ['vacancies.year_dwelling_id.unique'], table: 'vacancies' },
    ...{ count: 2, row: 1, column: 'year, dwelling_id', value: 'year=2021, dwelling_id=dMove' },
  },
  {
    name: 'a vacancy of a dwelling that does not exist',
    rows: add('vacancies', { year: 2021, dwelling_id: 'dNone' }),
    ...{ rules: ['vacancies.dwelling_id.reference'], table: 'vacancies' },
    ...{ count: 1, row: 2, column: 'dwelling_id', value: 'dNone' },
  },
  // development_plans
  {
    name: 'a plan of an area that does not exist',
    rows: add('development_plans', { ...VALID_OPTIONAL.development_plans[0], area_id: 'Z' }),
    ...{ rules: ['development_plans.area_id.reference'], table: 'development_plans' },
    ...{ count: 1, row: 2, column: 'area_id', value: 'Z' },
  },
  {
    name: 'two plans of one area',
    rows: add('development_plans', { ...VALID_OPTIONAL.development_plans[0], target_pct: 30 }),
    ...{ rules: ['development_plans.area_id.unique'], table: 'development_plans' },
    ...{ count: 2, row: 1, column: 'area_id', value: 'area_id=A' },
  },
  {
    name: 'a target above 100 %',
    rows: add('development_plans', {
      ...VALID_OPTIONAL.development_plans[0],
      area_id: 'B',
      target_pct: 100.5,
    }),
    ...{ rules: ['development_plans.target_pct.range'], table: 'development_plans' },
    ...{ count: 1, row: 2, column: 'target_pct', value: '100.5' },
  },
  {
    name: 'an unknown dispensation',
    rows: change('development_plans', 0, { dispensation: 'stk5' }),
    ...{ rules: ['development_plans.dispensation.domain'], table: 'development_plans' },
    ...{ count: 1, row: 1, column: 'dispensation', value: 'stk5' },
  },
  // plan_reports
  {
    name: 'a report line of an area without a development plan',
    rows: add('plan_reports', { ...planLine(2023, 2019, 'realised', 1, 1, 0), area_id: 'B' }),
    ...{ rules: ['plan_reports.area_id.reference'], table: 'plan_reports' },
    ...{ count: 1, row: 4, column: 'area_id', value: 'B' },
  },
  {
    name: 'a duplicate report line (area_id, report_year, year)',
    rows: add('plan_reports', planLine(2023, 2018, 'realised', 100, 20, 150)),
    ...{ rules: ['plan_reports.area_id_report_year_year.unique'], table: 'plan_reports' },
    ...{
      count: 2,
      row: 1,
      column: 'area_id, report_year, year',
      value: 'area_id=A, report_year=2023, year=2018',
    },
  },
  {
    name: 'a realised line for a year after the report year',
    rows: add('plan_reports', planLine(2023, 2024, 'realised', 80, 30, 150)),
    ...{ rules: ['plan_reports.year.realisedAfterReport'], table: 'plan_reports' },
    ...{ count: 1, row: 4, column: 'year', value: '2024 > 2023' },
  },
  {
    name: 'a line with no dwellings and no commercial floor area (share undefined)',
    rows: add('plan_reports', planLine(2023, 2025, 'planned', 0, 0, 0)),
    ...{ rules: ['plan_reports.public_family_dwellings.shareUndefined'], table: 'plan_reports' },
    ...{ count: 1, row: 4, column: 'public_family_dwellings', value: '0 + 0 + 0/75' },
  },
  {
    name: 'a negative dwelling count',
    rows: add('plan_reports', planLine(2023, 2025, 'planned', 70, -1, 150)),
    ...{ rules: ['plan_reports.other_dwellings.range'], table: 'plan_reports' },
    ...{ count: 1, row: 4, column: 'other_dwellings', value: '-1' },
  },
  {
    name: 'a negative action count',
    rows: add('plan_reports', { ...planLine(2023, 2025, 'planned', 70, 30, 150), demolished: -2 }),
    ...{ rules: ['plan_reports.demolished.range'], table: 'plan_reports' },
    ...{ count: 1, row: 4, column: 'demolished', value: '-2' },
  },
  {
    name: 'an unknown report status',
    rows: change('plan_reports', 2, { status: 'draft' }),
    ...{ rules: ['plan_reports.status.domain'], table: 'plan_reports' },
    ...{ count: 1, row: 3, column: 'status', value: 'draft' },
  },
  // employment
  {
    name: 'employment of a person that does not exist (the id itself is never shown)',
    rows: add('employment', { year: 2020, person_id: 'ghost', employed: true }),
    ...{ rules: ['employment.person_id.reference'], table: 'employment' },
    ...{ count: 1, row: 2, column: 'person_id', value: '<person_id>' },
  },
  {
    name: 'a duplicate employment (year, person_id)',
    rows: add('employment', { year: 2020, person_id: 'v1', employed: false }),
    ...{ rules: ['employment.year_person_id.unique'], table: 'employment' },
    ...{ count: 2, row: 1, column: 'year, person_id', value: 'year=2020, person_id=<person_id>' },
  },
  {
    name: 'an implausible employment year',
    rows: add('employment', { year: 1850, person_id: 'v1', employed: false }),
    ...{ rules: ['employment.year.plausible'], table: 'employment' },
    ...{ count: 1, row: 2, column: 'year', value: '1850' },
  },
  {
    name: 'employed that is not true/false',
    rows: add('employment', { year: 2021, person_id: 'v1', employed: 'ja' }),
    ...{ rules: ['employment.employed.type'], table: 'employment' },
    ...{ count: 1, row: 2, column: 'employed', value: 'ja' },
  },
  // families
  {
    name: 'a family member without a residence row that year',
    rows: add('families', { year: 2020, person_id: 'v2', family_id: 'f2', role: 'adult' }),
    ...{ rules: ['families.person_id.notResident'], table: 'families' },
    ...{ count: 1, row: 3, column: 'person_id', value: '<person_id>' },
  },
  {
    name: 'a person who is adult in one family and child in another the same year',
    rows: add('families', { year: 2021, person_id: 'v1', family_id: 'f2', role: 'child' }),
    ...{ rules: ['families.role.conflict', 'families.year_person_id.unique'], table: 'families' },
    ...{ count: 2, row: 1, column: 'role', value: 'year=2021, adult' },
  },
  {
    name: 'an unknown family role',
    rows: change('families', 1, { role: 'lodger' }),
    ...{ rules: ['families.role.domain'], table: 'families' },
    ...{ count: 1, row: 2, column: 'role', value: 'lodger' },
  },
  // schools and school_enrolment
  {
    name: 'a school in an unknown municipality',
    rows: add('schools', { school_id: 's2', name: 'Betaskolen', municipality_code: '0101', kind: 'other' }),
    ...{ rules: ['schools.municipality_code.domain'], table: 'schools' },
    ...{ count: 1, row: 2, column: 'municipality_code', value: '0101' },
  },
  {
    name: 'a duplicate school_id',
    rows: add('schools', { school_id: 's1', name: 'Igen', municipality_code: '101', kind: 'other' }),
    ...{ rules: ['schools.school_id.unique'], table: 'schools' },
    ...{ count: 2, row: 1, column: 'school_id', value: 'school_id=s1' },
  },
  {
    name: 'an unknown school kind',
    rows: change('schools', 0, { kind: 'gymnasium' }),
    ...{ rules: ['schools.kind.domain'], table: 'schools' },
    ...{ count: 1, row: 1, column: 'kind', value: 'gymnasium' },
  },
  {
    name: 'a pupil of a school that does not exist',
    rows: add('school_enrolment', { year: 2021, person_id: 'v1', school_id: 's9', grade: 3 }),
    ...{ rules: ['school_enrolment.school_id.reference'], table: 'school_enrolment' },
    ...{ count: 1, row: 2, column: 'school_id', value: 's9' },
  },
  {
    name: 'grade 11',
    rows: add('school_enrolment', { year: 2021, person_id: 'v1', school_id: 's1', grade: 11 }),
    ...{ rules: ['school_enrolment.grade.range'], table: 'school_enrolment' },
    ...{ count: 1, row: 2, column: 'grade', value: '11' },
  },
  {
    name: 'a duplicate enrolment (year, person_id)',
    rows: add('school_enrolment', { year: 2021, person_id: 'v2', school_id: 's1', grade: 9 }),
    ...{ rules: ['school_enrolment.year_person_id.unique'], table: 'school_enrolment' },
    ...{ count: 2, row: 1, column: 'year, person_id', value: 'year=2021, person_id=<person_id>' },
  },
  // exam_results
  {
    name: 'no bound exams',
    rows: add('exam_results', exam(0, null, 0)),
    ...{ rules: ['exam_results.exams_bound.range'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'exams_bound', value: '0' },
  },
  {
    name: 'more exams taken than bound',
    rows: add('exam_results', exam(6, 30)),
    ...{ rules: ['exam_results.exams_taken.range'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'exams_taken', value: '6 af 5' },
  },
  {
    name: 'a negative number of exams taken',
    rows: add('exam_results', exam(-1, null)),
    ...{ rules: ['exam_results.exams_taken.range'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'exams_taken', value: '-1 af 5' },
  },
  {
    name: 'exams taken without a grade sum',
    rows: add('exam_results', exam(2, null)),
    ...{ rules: ['exam_results.grade_sum.required'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'grade_sum', value: 'exams_taken=2' },
  },
  {
    name: 'a grade sum without exams',
    rows: add('exam_results', exam(0, 4)),
    ...{ rules: ['exam_results.grade_sum.withoutExams'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'grade_sum', value: '4.0' },
  },
  {
    name: 'a grade sum above 12 per exam',
    rows: add('exam_results', exam(2, 24.5)),
    ...{ rules: ['exam_results.grade_sum.range'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'grade_sum', value: '24.5' },
  },
  {
    name: 'a grade sum below −3 per exam',
    rows: add('exam_results', exam(2, -6.5)),
    ...{ rules: ['exam_results.grade_sum.range'], table: 'exam_results' },
    ...{ count: 1, row: 3, column: 'grade_sum', value: '-6.5' },
  },
  // day care
  {
    name: 'an unknown day-care kind',
    rows: change('daycare_institutions', 0, { kind: 'vuggestue' }),
    ...{ rules: ['daycare_institutions.kind.domain'], table: 'daycare_institutions' },
    ...{ count: 1, row: 1, column: 'kind', value: 'vuggestue' },
  },
  {
    name: 'a duplicate institution_id',
    rows: add('daycare_institutions', { ...VALID_OPTIONAL.daycare_institutions[0], kind: 'privat' }),
    ...{ rules: ['daycare_institutions.institution_id.unique'], table: 'daycare_institutions' },
    ...{ count: 2, row: 1, column: 'institution_id', value: 'institution_id=i1' },
  },
  {
    name: 'a day-care institution in an unknown municipality',
    rows: change('daycare_institutions', 0, { municipality_code: '999' }),
    ...{ rules: ['daycare_institutions.municipality_code.domain'], table: 'daycare_institutions' },
    ...{ count: 1, row: 1, column: 'municipality_code', value: '999' },
  },
  {
    name: 'a child in an institution that does not exist',
    rows: add('daycare', { year: 2020, person_id: 'v1', institution_id: 'i9' }),
    ...{ rules: ['daycare.institution_id.reference'], table: 'daycare' },
    ...{ count: 1, row: 2, column: 'institution_id', value: 'i9' },
  },
  {
    name: 'a duplicate day-care (year, person_id)',
    rows: add('daycare', { year: 2021, person_id: 'v1', institution_id: 'i1' }),
    ...{ rules: ['daycare.year_person_id.unique'], table: 'daycare' },
    ...{ count: 2, row: 1, column: 'year, person_id', value: 'year=2021, person_id=<person_id>' },
  },
  // language_tests
  {
    name: 'a fifth attempt',
    rows: add('language_tests', test('s1', 5, 5)),
    ...{ rules: ['language_tests.attempt.range'], table: 'language_tests' },
    ...{ count: 1, row: 3, column: 'attempt', value: '5' },
  },
  {
    name: 'a language test in grade 10',
    rows: add('language_tests', test('s1', 10, 2)),
    ...{ rules: ['language_tests.grade.range'], table: 'language_tests' },
    ...{ count: 1, row: 3, column: 'grade', value: '10' },
  },
  {
    name: 'a duplicate (school_year, person_id, attempt)',
    rows: add('language_tests', test('s1', 3, 1)),
    ...{ rules: ['language_tests.school_year_person_id_attempt.unique'], table: 'language_tests' },
    ...{
      count: 2,
      row: 1,
      column: 'school_year, person_id, attempt',
      value: 'school_year=2021, person_id=<person_id>, attempt=1',
    },
  },
  {
    name: 'a language test at a school that does not exist',
    rows: add('language_tests', test('s9', 3, 2)),
    ...{ rules: ['language_tests.school_id.reference'], table: 'language_tests' },
    ...{ count: 1, row: 3, column: 'school_id', value: 's9' },
  },
  // absence
  {
    name: 'more unlawful absence than school days',
    rows: add('absence', absence(51, 50)),
    ...{ rules: ['absence.unlawful_days.aboveSchoolDays'], table: 'absence' },
    ...{ count: 1, row: 2, column: 'unlawful_days', value: '51 > 50' },
  },
  {
    name: 'a quarter without school days',
    rows: add('absence', absence(0, 0)),
    ...{ rules: ['absence.school_days.range'], table: 'absence' },
    ...{ count: 1, row: 2, column: 'school_days', value: '0' },
  },
  {
    name: 'negative absence',
    rows: add('absence', absence(-1, 50)),
    ...{ rules: ['absence.unlawful_days.range'], table: 'absence' },
    ...{ count: 1, row: 2, column: 'unlawful_days', value: '-1' },
  },
  {
    name: 'an unknown quarter',
    rows: add('absence', absence(1, 50, 'q5')),
    ...{ rules: ['absence.quarter.domain'], table: 'absence' },
    ...{ count: 1, row: 2, column: 'quarter', value: 'q5' },
  },
  {
    name: 'school days that are not an integer',
    rows: add('absence', absence(1, '5.5')),
    ...{ rules: ['absence.school_days.type'], table: 'absence' },
    ...{ count: 1, row: 2, column: 'school_days', value: '5.5' },
  },
  {
    name: 'a duplicate (school_year, quarter, person_id)',
    rows: add('absence', absence(2, 50, 'q3')),
    ...{ rules: ['absence.school_year_quarter_person_id.unique'], table: 'absence' },
    ...{
      count: 2,
      row: 1,
      column: 'school_year, quarter, person_id',
      value: 'school_year=2021, quarter=q3, person_id=<person_id>',
    },
  },
];

const tableOf = (c: Case, table: string): number =>
  table in c.optional
    ? (c.optional[table as OptionalTableName]?.length ?? 0)
    : (c.a ?? BASE_A)[table as keyof DeliveryRows].length;

describe('validation of the optional tables of §A2/§A3', () => {
  it('accepts the valid delivery, every row of every table, boundaries included', async () => {
    const report = await validate(VALID, false);
    expect(report.rules).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
    for (const c of report.rowCounts) {
      expect(c, c.table).toEqual({
        table: c.table,
        rowsIn: tableOf(VALID, c.table),
        accepted: c.rowsIn,
        rejected: 0,
      });
    }
    expect(report.rowCounts.map((c) => c.table)).toEqual([
      'areas',
      'area_parcels',
      'dwellings',
      'persons',
      'residence',
      'labour',
      'education',
      'income',
      'convictions',
      ...Object.keys(VALID_OPTIONAL),
    ]);
  });

  it('accepts boundary values: target 0 and 100 %, −3 and 12 per exam, a sale or demolition on the letting day', async () => {
    const rows: Case = {
      ...VALID,
      optional: {
        ...VALID_OPTIONAL,
        development_plans: [
          ...VALID_OPTIONAL.development_plans,
          { ...VALID_OPTIONAL.development_plans[0], area_id: 'B', target_pct: 100, dispensation: 'stk4' },
        ],
        dwelling_events: [
          ...VALID_OPTIONAL.dwelling_events,
          // sold away on the day of dA's letting: not before it, so dA is still almen that day
          event('dA', '2020-08-01', 'sold', { ownership_after: 'other' }),
        ],
        exam_results: [
          { ...exam(2, -6), school_year: 2019 },
          { ...exam(1, 12, 1), school_year: 2020 },
          { ...exam(3, 0), school_year: 2021 },
        ],
        commercial_floor: [{ year: 2021, parcel_id: 'pA', floor_m2: 0 }],
        absence: [absence(0, 1)],
      },
    };
    const report = await validate(rows, false);
    expect(report.rules).toEqual([]);
    expect(report.ok).toBe(true);
  });

  for (const d of DEFECTS) {
    it(`strict: ${d.name} fails the delivery, reported with table, row, column and value`, async () => {
      const report = await validate(d.rows, false);
      expect(report.ok).toBe(false);
      expect(report.schemaProblems).toEqual([]);
      expect([...report.rules.map((r) => r.ruleId)].sort()).toEqual([...d.rules].sort());
      const rule = report.rules.find((r) => r.ruleId === d.rules[0]);
      expect(rule?.table).toBe(d.table);
      expect(rule?.count).toBe(d.count);
      expect(rule?.examples[0]).toEqual({ row: d.row, column: d.column, value: d.value });
      // strict removes nothing: the offending rows count as rejected, the rest as accepted
      for (const c of report.rowCounts) expect(c.rowsIn).toBe(c.accepted + c.rejected);
    });

    it(`quarantine: ${d.name} — its rows are set aside and rows in = accepted + rejected`, async () => {
      const report = await validate(d.rows, true);
      const counts = report.rowCounts.find((c) => c.table === d.table);
      expect(counts?.rejected).toBeGreaterThanOrEqual(d.count);
      expect(counts?.rowsIn).toBe(tableOf(d.rows, d.table));
      for (const c of report.rowCounts) expect(c.rowsIn).toBe(c.accepted + c.rejected);
    });
  }

  it('quarantine cascades: the report lines of a rejected plan are rejected, and the workspace holds the accepted rows', async () => {
    const dir = writeCase(change('development_plans', 0, { target_pct: 150 }));
    await withDb({ path: ':memory:' }, async (db) => {
      const { report } = await loadDelivery(db, dir, { quarantine: true });
      const of = (t: string): unknown => report.rowCounts.find((c) => c.table === t);
      expect(of('development_plans')).toEqual({
        table: 'development_plans',
        rowsIn: 1,
        accepted: 0,
        rejected: 1,
      });
      expect(of('plan_reports')).toEqual({ table: 'plan_reports', rowsIn: 3, accepted: 0, rejected: 3 });
      const [n] = await db.all<{ n: number }>(query('SELECT count(*) AS n FROM plan_reports'));
      expect(n?.n).toBe(0);
    });
  });

  it('strategic on an event that is not a demolition is a warning: the row is kept', async () => {
    const rows = add(
      'dwelling_events',
      event('dB', '2020-01-01', 'sold', { ownership_after: 'almen', strategic: false }),
    );
    const report = await validate(rows, true);
    expect(report.ok).toBe(true);
    expect(report.rules).toEqual([]);
    expect(report.warnings).toEqual([
      {
        table: 'dwelling_events',
        column: 'strategic',
        detail: 'strategic er kun meningsfuld for en nedrivning og ignoreres her — 1 række',
        ruleId: 'dwelling_events.strategic.notDemolished',
        count: 1,
        examples: [{ row: 4, column: 'strategic', value: 'sold, strategic=false' }],
      },
    ]);
    expect(report.rowCounts.find((c) => c.table === 'dwelling_events')).toEqual({
      table: 'dwelling_events',
      rowsIn: 4,
      accepted: 4,
      rejected: 0,
    });
  });

  it('stores each table under its contract name and columns with the DuckDB types of the contract', async () => {
    const dir = writeCase(VALID);
    await withDb({ path: ':memory:' }, async (db) => {
      await loadDelivery(db, dir, { quarantine: true });
      const cols = await db.all<{ column_name: string; column_type: string }>(
        query(`SELECT column_name, column_type FROM (DESCRIBE dwelling_events)`),
      );
      expect(cols.map((c) => `${c.column_name}:${c.column_type}`)).toEqual([
        '_row:BIGINT',
        'dwelling_id:VARCHAR',
        'event_date:DATE',
        'event:VARCHAR',
        'kind_after:VARCHAR',
        'ownership_after:VARCHAR',
        'strategic:BOOLEAN',
      ]);
      const plan = await db.all<{ column_name: string; column_type: string }>(
        query(`SELECT column_name, column_type FROM (DESCRIBE plan_reports)`),
      );
      expect(plan.find((c) => c.column_name === 'commercial_m2')?.column_type).toBe('DOUBLE');
      expect(plan.find((c) => c.column_name === 'report_year')?.column_type).toBe('INTEGER');
      const tables = await workspaceTables(db);
      for (const t of Object.keys(VALID_OPTIONAL)) expect(tables, t).toContain(t);
    });
  });

  it('the coverage kept with the validation counts the optional person tables the delivery holds', async () => {
    const dir = writeCase(VALID);
    await withDb({ path: ':memory:' }, async (db) => {
      await loadDelivery(db, dir, { quarantine: false });
      const optional = (await deliveryCoverage(db)).filter((c) => c.table in VALID_OPTIONAL);
      // language_tests: v2's two attempts in 2021 are two rows of one person
      expect(optional).toEqual([
        { table: 'absence', year: 2021, rows: 1, persons: 1 },
        { table: 'daycare', year: 2021, rows: 1, persons: 1 },
        { table: 'employment', year: 2020, rows: 1, persons: 1 },
        { table: 'exam_results', year: 2021, rows: 2, persons: 2 },
        { table: 'families', year: 2021, rows: 2, persons: 2 },
        { table: 'language_tests', year: 2021, rows: 2, persons: 1 },
        { table: 'school_enrolment', year: 2021, rows: 1, persons: 1 },
      ]);
    });
  });

  it('an optional table that refers to another one needs it: plan_reports without development_plans', async () => {
    const rest = Object.fromEntries(
      Object.entries(VALID_OPTIONAL).filter(([t]) => t !== 'development_plans'),
    ) as OptionalRows;
    const dir = writeCase({ ...VALID, optional: rest });
    for (const quarantine of [false, true]) {
      const report = await withDb(
        { path: ':memory:' },
        async (db) => (await loadDelivery(db, dir, { quarantine })).report,
      );
      expect(report.ok).toBe(false);
      expect(report.schemaProblems).toEqual([
        {
          table: 'development_plans',
          path: join(dir, 'development_plans.parquet|csv'),
          kind: 'missingFile',
          detail: 'missing: required by plan_reports',
        },
      ]);
    }
  });

  it('a delivery without optional tables has none in the workspace, also after one that had them', async () => {
    const dir = writeCase(VALID);
    const workspace = join(tempDir(), 'workspace.duckdb');
    await withDb({ path: workspace }, async (db) => {
      await loadDelivery(db, dir, { quarantine: false });
      expect(await workspaceTables(db)).toContain('lettings');
      for (const t of Object.keys(VALID_OPTIONAL)) rmSync(join(dir, `${t}.csv`));
      const { report, files } = await loadDelivery(db, dir, { quarantine: false });
      expect(report.ok).toBe(true);
      expect(report.rowCounts.map((c) => c.table)).toEqual([
        'areas',
        'area_parcels',
        'dwellings',
        'persons',
        'residence',
        'labour',
        'education',
        'income',
        'convictions',
      ]);
      expect(files.map((f) => f.table)).toHaveLength(9);
      const tables = await workspaceTables(db);
      for (const t of Object.keys(VALID_OPTIONAL)) expect(tables, t).not.toContain(t);
    });
  });

  it('the validation cache notices a changed optional file, and lists it among the inputs', async () => {
    const dir = writeCase(VALID);
    const workspace = join(tempDir(), 'workspace.duckdb');
    const load = (): ReturnType<typeof loadDelivery> =>
      withDb({ path: workspace }, (db) => loadDelivery(db, dir, { quarantine: true }));
    const first = await load();
    expect(first.cache.cached).toBe(false);
    const lettings = first.files.find((f) => f.table === 'lettings');
    expect(lettings?.path).toBe(join(dir, 'lettings.csv'));
    expect(lettings?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await load()).cache.cached).toBe(true);
    // same size, one character changed: only the SHA-256 tells
    writeFileSync(join(dir, 'vacancies.csv'), 'year,dwelling_id\n2021,dMov_\n');
    const changed = await load();
    expect(changed.cache.cached).toBe(false);
    expect(changed.report.rules.map((r) => r.ruleId)).toEqual(['vacancies.dwelling_id.reference']);
    expect(changed.report.rowCounts.find((c) => c.table === 'vacancies')).toEqual({
      table: 'vacancies',
      rowsIn: 1,
      accepted: 0,
      rejected: 1,
    });
  });
});
