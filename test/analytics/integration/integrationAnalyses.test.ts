import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { DEFAULT_INTEGRATION_OPTIONS } from '../../../src/core/integration/integrationOptions.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { Statistic } from '../../../src/core/model/statistic.ts';
import { openDb, type Db } from '../../../src/analytics/db.ts';
import { deliveryCoverage } from '../../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { integrationAnalyses } from '../../../src/analytics/integration/integrationAnalyses.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import { workspaceTables } from '../../../src/analytics/report/workspaceTables.ts';
import { query } from '../../../src/analytics/sql.ts';
import { delivery, lives, person } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../fixtures/writeDelivery.ts';

/**
 * List year 2024 (t = 2023), parallelsamfund = {A} (dwelling dA); dOut is outside every area.
 * - m1 (man, Syria/MENAPT, 42 on 1 Jan 2023) and f1 (woman, Syria, 38) live in dA, family F1 with their child
 *   c1 (boy, Syria, 7): m1 is employed, f1 not — F1 has an employed adult;
 * - f2 (woman, Danish, 32) lives in dOut, employed;
 * - a3 (man, Danish, 24) lives in dOut with his child c2 (girl, Danish, 10), family F2: a3 is not employed and
 *   was fined under straffeloven in 2023; c3 (girl, Danish, 9) lives in dOut, no family row;
 * - y1 (man, China/other non-western, 23 — born 1 January 2000) lives in dA, acquitted in 2023 (not counted);
 * - exams: e1 (boy, Syria) in dA on 1 Jan 2024: 5 of 5 exams, sum 35; e2 (boy, Syria) in dA 2024: 3 of 5, sum
 *   21; e3 (girl, Danish) in dOut 2023: 0 of 4; e4 (girl, Danish) in dOut 2022: 4 of 4, sum 40;
 * - schools 2023: S1 has 52 pupils of whom 13 non-western (exactly 25 %: counts), with c1; S2 52 pupils, 12
 *   non-western (23 %), with c2; S3 49 pupils (under 50: left out), with c3. Fillers have no residence.
 */
const man = (p: Record<string, unknown>): Record<string, string | number | null> =>
  ({ ...p, sex: 'm' }) as Record<string, string | number | null>;
const SYRIA = { ie_type: 2, origin_country: '5486' };
const CHINA = { ie_type: 2, origin_country: '5448' };
const fillers = (school: string, nonwestern: number, danish: number) => [
  ...Array.from({ length: nonwestern }, (_, i) => person(`${school}_nw${i}`, '2012-05-05', CHINA)),
  ...Array.from({ length: danish }, (_, i) => person(`${school}_dk${i}`, '2012-05-05')),
];
const FILLERS = [...fillers('S1', 12, 39), ...fillers('S2', 12, 39), ...fillers('S3', 0, 48)];

const rows = delivery({
  persons: [
    man(person('m1', '1980-06-01', SYRIA)),
    person('f1', '1985-01-01', SYRIA),
    man(person('c1', '2015-05-05', SYRIA)),
    person('f2', '1990-03-01'),
    man(person('a3', '1998-04-04')),
    person('c2', '2012-02-02'),
    person('c3', '2013-03-03'),
    man(person('y1', '2000-01-01', CHINA)),
    man(person('e1', '2008-03-03', SYRIA)),
    man(person('e2', '2008-06-06', SYRIA)),
    person('e3', '2008-07-07'),
    person('e4', '2007-08-08'),
    ...FILLERS,
  ],
  residence: [
    ...lives('m1', 'dA', [2023]),
    ...lives('f1', 'dA', [2023]),
    ...lives('c1', 'dA', [2023]),
    ...lives('y1', 'dA', [2023]),
    ...lives('f2', 'dOut', [2023]),
    ...lives('a3', 'dOut', [2023]),
    ...lives('c2', 'dOut', [2023]),
    ...lives('c3', 'dOut', [2023]),
    ...lives('e1', 'dA', [2024]),
    ...lives('e2', 'dA', [2024]),
    ...lives('e3', 'dOut', [2023]),
    ...lives('e4', 'dOut', [2022]),
  ],
  convictions: [
    { person_id: 'a3', decision_date: '2023-05-01', law: 'straffeloven', decision_type: 'fine' },
    { person_id: 'y1', decision_date: '2023-06-01', law: 'straffeloven', decision_type: 'acquittal' },
  ],
});

const values = (tuples: readonly (readonly (string | number | boolean | null)[])[]): string =>
  tuples
    .map(
      (t) =>
        `(${t.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v))).join(', ')})`,
    )
    .join(', ');

/** The A3 tables with their contract names and types, as the loader puts them in the workspace. */
async function createA3(db: Db): Promise<void> {
  const enrolled = (school: string, ids: readonly string[]) => ids.map((id) => [2023, id, school, 5]);
  const schoolIds = (school: string, extra: string): string[] => [
    extra,
    ...FILLERS.map((p) => String(p.person_id)).filter((id) => id.startsWith(`${school}_`)),
  ];
  const statements = [
    'CREATE TABLE employment (year INTEGER, person_id VARCHAR, employed BOOLEAN)',
    `INSERT INTO employment VALUES ${values([
      [2023, 'm1', true],
      [2023, 'f1', false],
      [2023, 'f2', true],
    ])}`,
    'CREATE TABLE families (year INTEGER, person_id VARCHAR, family_id VARCHAR, role VARCHAR)',
    `INSERT INTO families VALUES ${values([
      [2023, 'm1', 'F1', 'adult'],
      [2023, 'f1', 'F1', 'adult'],
      [2023, 'c1', 'F1', 'child'],
      [2023, 'a3', 'F2', 'adult'],
      [2023, 'c2', 'F2', 'child'],
    ])}`,
    'CREATE TABLE schools (school_id VARCHAR, name VARCHAR, municipality_code VARCHAR, kind VARCHAR)',
    `INSERT INTO schools VALUES ${values([
      ['S1', 'Skole 1', '101', 'folkeskole'],
      ['S2', 'Skole 2', '101', 'folkeskole'],
      ['S3', 'Skole 3', '101', 'folkeskole'],
    ])}`,
    'CREATE TABLE school_enrolment (year INTEGER, person_id VARCHAR, school_id VARCHAR, grade INTEGER)',
    `INSERT INTO school_enrolment VALUES ${values([
      ...enrolled('S1', schoolIds('S1', 'c1')),
      ...enrolled('S2', schoolIds('S2', 'c2')),
      ...enrolled('S3', schoolIds('S3', 'c3')),
    ])}`,
    'CREATE TABLE exam_results (school_year INTEGER, person_id VARCHAR, exams_bound INTEGER, exams_taken INTEGER, grade_sum DOUBLE)',
    `INSERT INTO exam_results VALUES ${values([
      [2024, 'e1', 5, 5, 35],
      [2024, 'e2', 5, 3, 21],
      [2023, 'e3', 4, 0, null],
      [2022, 'e4', 4, 4, 40],
    ])}`,
  ];
  for (const sql of statements) await db.run(query(sql));
}

async function analyses(
  withA3: boolean,
  parallelsamfund = [areaId('A')],
  options = DEFAULT_INTEGRATION_OPTIONS,
): Promise<MeasuredTable[]> {
  const dir = writeCsvDelivery(rows);
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const loaded = await loadDelivery(db, dir, { quarantine: false });
    expect(loaded.report.ok).toBe(true);
    if (withA3) await createA3(db);
    return await integrationAnalyses(db, {
      listYear: 2024,
      parallelsamfund,
      assumptions: DEFAULT_ASSUMPTIONS,
      options,
      tables: await workspaceTables(db),
      coverage: await deliveryCoverage(db),
    });
  } finally {
    db.close();
  }
}

function stat(tables: readonly MeasuredTable[], id: string, row: string, column: string): Statistic {
  const cell = tables.find((t) => t.id === id)?.cells.find((c) => c.row === row && c.column === column);
  if (cell === undefined) throw new Error(`${id} has no cell ${row}/${column}`);
  return cell.statistic;
}
const share = (numerator: number, denominator: number): Statistic => ({
  kind: 'share',
  numerator,
  denominator,
  numeratorPersons: numerator,
});

describe('chapter 4 analyses on a small explicit delivery (list year 2024)', () => {
  it('fig 4.1: employment 25–64 by category, sex and origin', async () => {
    const t = await analyses(true);
    expect(stat(t, 'figur-4.1', 'parallelsamfund.m', 'menapt')).toEqual(share(1, 1));
    expect(stat(t, 'figur-4.1', 'parallelsamfund.f', 'menapt')).toEqual(share(0, 1));
    expect(stat(t, 'figur-4.1', 'parallelsamfund.f', 'nonwestern')).toEqual(share(0, 1));
    // y1 (23) and a3 (24) are under 25: nobody of other non-western origin or Danish men.
    expect(stat(t, 'figur-4.1', 'parallelsamfund.m', 'otherNonwestern')).toEqual(share(0, 0));
    expect(stat(t, 'figur-4.1', 'country.f', 'danish')).toEqual(share(1, 1));
    expect(stat(t, 'figur-4.1', 'country.m', 'danish')).toEqual(share(0, 0));
    expect(stat(t, 'figur-4.1', 'country.m', 'nonwestern')).toEqual(share(1, 1));
    const table = t.find((x) => x.id === 'figur-4.1');
    expect(table?.largeGroupsOnly).toBe(true);
    expect(table?.relations[0]).toEqual({
      total: { table: 'figur-4.1', row: 'parallelsamfund.m', column: 'nonwestern' },
      parts: [
        { cell: { table: 'figur-4.1', row: 'parallelsamfund.m', column: 'menapt' }, coefficient: 1 },
        { cell: { table: 'figur-4.1', row: 'parallelsamfund.m', column: 'otherNonwestern' }, coefficient: 1 },
      ],
    });
  });

  it('fig 4.2: a family with two adults of whom one is employed has an employed adult', async () => {
    const t = await analyses(true);
    // c1 (F1: m1 employed, f1 not) is not counted; c2 (F2: a3 not employed) is; c3 has no family row.
    expect(stat(t, 'figur-4.2', 'parallelsamfund', 'menapt')).toEqual(share(0, 1));
    expect(stat(t, 'figur-4.2', 'country', 'menapt')).toEqual(share(0, 1));
    expect(stat(t, 'figur-4.2', 'country', 'danish')).toEqual(share(1, 1));
  });

  it('fig 4.3: the mean over pupils who took every exam, and the corrected mean (−3 per missing exam)', async () => {
    const t = await analyses(true);
    // e1 took 5 of 5 (average 7); e2 3 of 5 with sum 21: corrected (21 − 2·3)/5 = 3.
    expect(stat(t, 'figur-4.3', 'parallelsamfund.m', 'menapt.mean')).toEqual({ kind: 'mean', sum: 7, n: 1 });
    expect(stat(t, 'figur-4.3', 'parallelsamfund.m', 'menapt.corrected')).toEqual({
      kind: 'mean',
      sum: 10,
      n: 2,
    });
    // e3 took none of 4: (0 − 4·3)/4 = −3; e4 4 of 4 with sum 40: 10. School years 2022–2024 pooled.
    expect(stat(t, 'figur-4.3', 'country.f', 'danish.mean')).toEqual({ kind: 'mean', sum: 10, n: 1 });
    expect(stat(t, 'figur-4.3', 'country.f', 'danish.corrected')).toEqual({ kind: 'mean', sum: 7, n: 2 });
    expect(stat(t, 'figur-4.3', 'country.m', 'nonwestern.corrected')).toEqual({
      kind: 'mean',
      sum: 10,
      n: 2,
    });
    const relations = t.find((x) => x.id === 'figur-4.3')?.relations ?? [];
    expect(relations.map((r) => `${r.total.row} ${r.total.column}`)).toEqual([
      'parallelsamfund.m nonwestern.mean',
      'parallelsamfund.m nonwestern.corrected',
      'parallelsamfund.f nonwestern.mean',
      'parallelsamfund.f nonwestern.corrected',
      'country.m nonwestern.mean',
      'country.m nonwestern.corrected',
      'country.f nonwestern.mean',
      'country.f nonwestern.corrected',
    ]);
  });

  it('fig 4.4: pupils 7–15 in schools of 50 or more, at least 25 % non-western (13 of 52 counts)', async () => {
    const t = await analyses(true);
    expect(stat(t, 'figur-4.4', 'parallelsamfund.m', 'menapt')).toEqual(share(1, 1));
    expect(stat(t, 'figur-4.4', 'country.m', 'nonwestern')).toEqual(share(1, 1));
    // c2 in S2 (12 of 52): not counted; c3 in S3 (49 pupils): not in the denominator.
    expect(stat(t, 'figur-4.4', 'country.f', 'danish')).toEqual(share(0, 1));
  });

  it('fig 4.5: men 15–29 convicted in 2023 (an acquittal does not count)', async () => {
    const t = await analyses(true);
    expect(stat(t, 'figur-4.5', 'country', 'danish')).toEqual(share(1, 1));
    expect(stat(t, 'figur-4.5', 'parallelsamfund', 'otherNonwestern')).toEqual(share(0, 1));
    expect(stat(t, 'figur-4.5', 'parallelsamfund', 'danish')).toEqual(share(0, 0));
  });

  it('fig 4.6: children 0–15 with a convicted adult in the family (convictions of 2023 only)', async () => {
    const t = await analyses(true, [areaId('A')], {
      ...DEFAULT_INTEGRATION_OPTIONS,
      integrationConvictedAdultYears: 1,
    });
    expect(stat(t, 'figur-4.6', 'country', 'danish')).toEqual(share(1, 1));
    expect(stat(t, 'figur-4.6', 'parallelsamfund', 'menapt')).toEqual(share(0, 1));
  });

  it('fig 4.6 is missing, with why, when the default 10 years reach before the delivery’s convictions', async () => {
    const t = await analyses(true);
    const cell = t
      .find((x) => x.id === 'figur-4.6')
      ?.cells.find((c) => c.row === 'country' && c.column === 'danish');
    expect(cell?.statistic).toEqual({
      kind: 'missing',
      why: 'leveringen har ikke data om domme for 2014–2022',
    });
  });

  it('leave out the figures whose input tables are absent (only fig 4.5 reads the core delivery)', async () => {
    const t = await analyses(false);
    expect(t.map((x) => x.id)).toEqual(['figur-4.5']);
  });

  it('measure nobody in parallelsamfund areas when the list is empty (not an error)', async () => {
    const t = await analyses(true, []);
    expect(stat(t, 'figur-4.5', 'parallelsamfund', 'otherNonwestern')).toEqual(share(0, 0));
    expect(stat(t, 'figur-4.5', 'country', 'danish')).toEqual(share(1, 1));
  });

  it('declare no relation of the non-western total with integrationNonwesternRelation=false', async () => {
    const t = await analyses(false, [areaId('A')], {
      ...DEFAULT_INTEGRATION_OPTIONS,
      integrationNonwesternRelation: false,
    });
    expect(t.find((x) => x.id === 'figur-4.5')?.relations).toEqual([]);
  });
});
