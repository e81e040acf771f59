import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analytics/db.ts';
import { computeDuties, type Duties } from '../../../src/analytics/duties/computeDuties.ts';
import { query } from '../../../src/analytics/sql.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { DEFAULT_DUTY_OPTIONS, type DutyOptions } from '../../../src/core/duties/dutyOptions.ts';
import { toDecimalString } from '../../../src/core/exact/rational.ts';
import { dropTable, dutyLists, dutyWorkspace } from './dutyWorkspace.ts';
import { dutiesJson, dutiesTextDa } from '../../../src/views/dutiesView.ts';
import { dutiesFiles } from '../../../src/reports/duties/dutiesFiles.ts';
import { resolve } from 'node:path';
import { expectGolden } from '../../expectGolden.ts';

const GOLDEN = resolve(import.meta.dirname, '..', '..', 'golden', 'duties');

let db: Db;
beforeEach(async () => {
  db = await dutyWorkspace();
  await db.run(
    query(`CREATE TABLE indicator_counts (run_id VARCHAR, list_year INTEGER, scope VARCHAR, scope_id VARCHAR,
      measure VARCHAR, data_year INTEGER, numerator DECIMAL(38, 9), denominator BIGINT)`),
  );
  // K1 of list year 2024: the latest data year (2023) decides, a single year, not the 2-year average.
  await db.run(
    query(`INSERT INTO indicator_counts VALUES
      ('r1', 2024, 'area', 'A', 'K1', 2022, 999.9, 2500),
      ('r1', 2024, 'area', 'A', 'K1', 2023, 399.99, 1000),
      ('r1', 2024, 'area', 'B', 'K1', 2023, 500, 1000),
      ('r1', 2024, 'area', 'C', 'K1', 2023, 1200, 4000),
      ('r1', 2024, 'area', 'E', 'K1', 2023, 400, 1000),
      ('r0', 2024, 'area', 'D', 'K1', 2023, 900, 1000)`),
  );
});
afterEach(() => db.close());

const duties = (listYear: number, options: Partial<DutyOptions> = {}, unknown: number[] = []) =>
  computeDuties(db, {
    listYear,
    lists: dutyLists(unknown),
    options: { ...DEFAULT_DUTY_OPTIONS, ...options },
    assumptions: DEFAULT_ASSUMPTIONS,
    runId: 'r1',
    areas: [
      { areaId: 'A', name: 'Alfa', municipalityCode: '101', residents: 1000 },
      { areaId: 'B', name: 'Beta', municipalityCode: '101', residents: 999 },
      { areaId: 'C', name: 'Gamma', municipalityCode: '202', residents: 5000 },
      { areaId: 'D', name: 'Delta', municipalityCode: '202', residents: 1200 },
      { areaId: 'E', name: 'Epsilon', municipalityCode: '202', residents: 1000 },
    ],
  });

function computed<T extends Duties[keyof Duties]>(s: T): Extract<T, { kind: 'computed' }> {
  if (typeof s !== 'object' || s === null || !('kind' in s) || s.kind !== 'computed')
    throw new Error(`not computed: ${JSON.stringify(s)}`);
  return s as Extract<T, { kind: 'computed' }>;
}

describe('day care duties (30 September 2023 under the list of 1 December 2022)', () => {
  it('decides each municipal and self-governing institution, exactly 30 % within the limit', async () => {
    const d = computed((await duties(2023)).daycare);
    expect(d).toMatchObject({ countYear: 2023, listYear: 2022, residenceYear: 2024 });
    expect(
      d.institutions.map((i) => [
        i.institutionId,
        i.municipalityCode,
        i.enrolled,
        i.fromUdsat,
        i.decision.state,
        i.decision.dispensation,
      ]),
    ).toEqual([
      ['I1', '101', 10, 3, 'no', false],
      ['I2', '101', 10, 5, 'yes', false],
      ['I3', '101', 10, 1, 'no', false],
      ['I5', '101', 10, 0, 'no', false],
      ['I6', '202', 10, 8, 'yes', false],
    ]);
    expect(d.institutions[1]?.decision.textDa).toBe('50,0 pct. > 30 pct.');
  });

  it('counts private institutions too under allInstitutions', async () => {
    const d = computed((await duties(2023, { daycareInstitutionKinds: 'allInstitutions' })).daycare);
    expect(d.institutions.find((i) => i.institutionId === 'I4')?.fromUdsat).toBe(9);
  });

  it('holds the dispensation for the years it covers (I2 to 2022)', async () => {
    const d = computed((await duties(2022)).daycare);
    expect(d.institutions.find((i) => i.institutionId === 'I2')?.decision.dispensation).toBe(true);
  });

  it('is unknown, with why, when the list in force is not known; missing when day care is absent', async () => {
    const d = computed((await duties(2023, {}, [2022])).daycare);
    expect(d.institutions.every((i) => i.decision.state === 'unknown')).toBe(true);
    expect(d.institutions[0]?.decision.textDa).toBe('ukendt: listen pr. 1. december 2022 er ikke beregnet');
    // The snapshot of 1 January 2021 is not in the workspace (the following one, 2022, is).
    const same = computed((await duties(2021, { daycareResidenceSnapshot: 'same' })).daycare);
    expect(same.institutions[0]?.decision.textDa).toBe(
      'ukendt: leveringen har ikke bopælsdata (1. januar) for 2021',
    );
    expect(computed((await duties(2021)).daycare).institutions[0]?.decision.state).toBe('no');
    await dropTable(db, 'daycare_institutions');
    expect((await duties(2023)).daycare).toEqual({
      kind: 'missing',
      why: 'leveringen har ikke daycare_institutions',
    });
  });

  it('counts the 1-year-olds of listed areas by municipality, enrolled or owed the learning offer', async () => {
    const l = computed((await duties(2023)).learningOffer);
    expect(l.municipalities).toEqual([
      { municipalityCode: '101', children: 3, enrolled: 1, notEnrolled: 2 },
      { municipalityCode: '202', children: 1, enrolled: 0, notEnrolled: 1 },
    ]);
    expect((await duties(2023, {}, [2022])).learningOffer).toEqual({
      kind: 'missing',
      why: 'listen pr. 1. december 2022 er ikke beregnet',
    });
  });
});

describe('language-test duty (pupils of 1 January 2024, lists of 2022–2024)', () => {
  it('a school at exactly 30 % has no duty; one at 40 % has', async () => {
    const s = computed((await duties(2024)).languageTests);
    expect(s.listYears).toEqual([2022, 2023, 2024]);
    expect(
      s.schools.map((x) => [x.schoolId, x.pupils, x.fromListed, x.decision.state, x.decision.textDa]),
    ).toEqual([
      ['S1', 10, 3, 'no', '30,0 pct. ≤ 30 pct.'],
      ['S2', 10, 4, 'yes', '40,0 pct. > 30 pct.'],
    ]);
  });

  it("counts a pupil's dwelling in its state of 1 January (dwelling_events), as the lists do", async () => {
    // dY: built public in 2015 on C's parcel as a youth dwelling, sold in 2020 (from 1 January 2021 not public):
    // built after 2010 and not of a kind the non-public rule counts, so its residents no longer count for C.
    await db.run(query(`INSERT INTO dwellings VALUES ('dY', 'pC', '202', 'almen', 'youth', 2015)`));
    await db.run(query(`UPDATE residence SET dwelling_id = 'dY' WHERE person_id = 's2-9' AND year = 2024`));
    expect(computed((await duties(2024)).languageTests).schools[1]?.fromListed).toBe(5);
    await db.run(
      query(`CREATE TABLE dwelling_events (dwelling_id VARCHAR, event_date DATE, event VARCHAR,
        kind_after VARCHAR, ownership_after VARCHAR)`),
    );
    await db.run(
      query(`INSERT INTO dwelling_events VALUES ('dY', DATE '2020-06-01', 'sold', NULL, 'other')`),
    );
    expect(computed((await duties(2024)).languageTests).schools[1]?.fromListed).toBe(4);
    // dA was built public before 2010: sold, its residents still count (S1 stays at 3 of 10).
    await db.run(
      query(`INSERT INTO dwelling_events VALUES ('dA', DATE '2020-06-01', 'sold', NULL, 'other')`),
    );
    expect(computed((await duties(2024)).languageTests).schools[0]?.fromListed).toBe(3);
  });

  it('reads the window the option names: without 2022 the pupil in C is not counted', async () => {
    const s = computed((await duties(2024, { languageTestLists: 'Y-3..Y-1' })).languageTests);
    expect(s.listYears).toEqual([2021, 2022, 2023]);
    expect(s.schools[1]?.fromListed).toBe(4);
    const unknownList = computed((await duties(2024, {}, [2023])).languageTests);
    expect(unknownList.schools.map((x) => x.decision.state)).toEqual(['unknown', 'unknown']);
  });

  it('is missing when the schools are not in the delivery', async () => {
    await dropTable(db, 'school_enrolment');
    expect((await duties(2024)).languageTests).toEqual({
      kind: 'missing',
      why: 'leveringen har ikke school_enrolment',
    });
  });
});

describe('§ 51 b kombineret udlejning (single-year K1 of the list year)', () => {
  it('decides each area on its residents and its latest single-year K1, exactly', async () => {
    const k = computed((await duties(2024)).kombineretUdlejning);
    expect(
      k.areas.map((a) => [
        a.areaId,
        a.decision.state,
        a.k1DataYear,
        a.decision.textDa,
        a.decision.sharePct && toDecimalString(a.decision.sharePct),
      ]),
    ).toEqual([
      ['A', 'no', 2023, '39,999 pct. < 40 pct. (1.000 beboere)', '39.999'],
      ['B', 'no', 2023, '999 beboere < 1.000', '50'],
      ['C', 'yes', 2023, '30,0 pct. ≥ 30 pct. (5.000 beboere)', '30'],
      ['D', 'unknown', null, 'ukendt: andelen uden tilknytning er ikke opgjort for 2024', null],
      ['E', 'yes', 2023, '40,0 pct. ≥ 40 pct. (1.000 beboere)', '40'],
    ]);
  });
});

describe('a year the A3 tables do not hold', () => {
  it('is missing with why, never zero institutions or schools', async () => {
    const d = await duties(2026);
    expect(d.daycare).toEqual({ kind: 'missing', why: 'daycare har ingen børn pr. 30. september 2026' });
    expect(d.learningOffer).toEqual({
      kind: 'missing',
      why: 'daycare har ingen børn pr. 30. september 2026',
    });
    expect(d.languageTests).toEqual({
      kind: 'missing',
      why: 'school_enrolment har ingen elever pr. 1. januar 2026',
    });
  });
});

describe('the duties printed and written (goldens)', () => {
  it('Danish text, JSON and CSV files of list year 2023 (day care, learning offer) and 2024 (schools, § 51 b)', async () => {
    for (const year of [2023, 2024]) {
      const d = await duties(year);
      expectGolden(GOLDEN, `duties-${year}.txt`, `${dutiesTextDa(d)}\n`);
      expect(JSON.parse(JSON.stringify(dutiesJson(d)))).toEqual(dutiesJson(d));
      for (const f of dutiesFiles(d)) expectGolden(GOLDEN, `${year}-${f.name}`, f.text);
    }
  });
});
