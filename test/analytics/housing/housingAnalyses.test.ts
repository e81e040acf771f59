import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSING_OPTIONS, type HousingOptions } from '../../../src/core/housing/housingOptions.ts';
import { areaId, type AreaId } from '../../../src/core/model/ids.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { Statistic } from '../../../src/core/model/statistic.ts';
import { openDb } from '../../../src/analytics/db.ts';
import {
  housingAnalyses,
  lettingTableYear,
  type ListAreas,
} from '../../../src/analytics/housing/housingAnalyses.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import type { AreaCategory } from '../../../src/analytics/report/reportCategory.ts';
import { BASE, delivery, lives, person } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery, type Cell } from '../fixtures/writeDelivery.ts';
import { createA2Table, event, type A2Table } from './a2Tables.ts';
import { resolve } from 'node:path';
import { protectAndAuditTables } from '../../../src/disclosure/protectAndAuditTables.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../../src/disclosure/disclosureOptions.ts';
import { tableCsv } from '../../../src/reports/document/tableCsv.ts';
import { chapter2HousingCatalogue } from '../../../src/views/report/chapter2HousingCatalogue.ts';
import { reportTableFrom } from '../../../src/views/report/reportTableFrom.ts';
import { expectGolden } from '../../expectGolden.ts';

const onParcel = (id: string, parcel: string | null, kind: string): Record<string, Cell> => ({
  dwelling_id: id,
  parcel_id: parcel,
  municipality_code: '101',
  ownership: 'almen',
  kind,
  built_year: 1970,
});

/**
 * The small Denmark of the fixtures (A = pA; B = pB and, from 2021, pMove; pMove was A's until 2020) with more
 * public dwellings: dA2 (family) and dA3 (room) and dA4 (youth: never table 2.2's stock) on pA, dB2 (family) on
 * pB, and dC1 (family) on no area parcel. List year 2024: udsat = parallelsamfund = {A}, forebyggelse = {B}.
 */
const rows = {
  ...delivery({
    persons: [person('q1', '1980-06-01')],
    residence: lives('q1', 'dA', [2024]),
  }),
  dwellings: [
    ...BASE.dwellings,
    onParcel('dA2', 'pA', 'family'),
    onParcel('dA3', 'pA', 'room'),
    onParcel('dA4', 'pA', 'youth'),
    onParcel('dB2', 'pB', 'family'),
    onParcel('dC1', null, 'family'),
  ],
};

const letting = (dwelling: string, date: string, type: string) => ({
  dwelling_id: dwelling,
  letting_date: date,
  letting_type: type,
});

const A2: Partial<Record<A2Table, Parameters<typeof createA2Table>[2]>> = {
  lettings: [
    letting('dA', '2024-03-01', 'flexible'),
    letting('dA', '2024-09-01', 'external_waiting_list'), // dA let twice: one re-let dwelling
    letting('dA2', '2024-05-01', 'municipal'),
    letting('dA4', '2024-05-01', 'flexible'), // youth housing: not counted
    letting('dB', '2024-02-01', 'internal'),
    letting('dC1', '2024-06-01', 'flexible'),
    letting('dA', '2023-04-01', 'flexible'),
    letting('dB', '2023-01-01', 'municipal'),
  ],
  vacancies: [
    { year: 2025, dwelling_id: 'dA2' }, // let in 2024 and vacant on 1 January 2025
    { year: 2025, dwelling_id: 'dA3' }, // vacant and not let in 2024
    { year: 2025, dwelling_id: 'dA4' }, // youth housing: not counted
    { year: 2025, dwelling_id: 'dC1' },
  ],
  dwelling_events: [
    event('dB2', '2024-06-01', 'demolished', { strategic: true }), // B, forebyggelse on the 2023 list
    event('dA_other2005', '2019-05-01', 'demolished', { strategic: true }), // A: any kind and ownership counts
    event('dMove', '2020-03-01', 'demolished', { strategic: true }), // pMove: A's in 2019–2020, B's in 2024
    event('dOut', '2022-01-01', 'demolished', { strategic: true }), // on no area parcel
    event('dA_other2010', '2023-02-02', 'demolished', { strategic: false }), // not strategic
  ],
};

const CATEGORIES = new Map<AreaCategory, readonly AreaId[]>([
  ['udsat', [areaId('A')]],
  ['parallelsamfund', [areaId('A')]],
  ['forebyggelse', [areaId('B')]],
]);

/** The lists of 2017–2024: A udsat throughout; B forebyggelse from the first list (2021). */
const LISTS = (year: number): ListAreas | null =>
  year < 2017 || year > 2024
    ? null
    : { udsat: [areaId('A')], forebyggelse: year >= 2021 ? [areaId('B')] : [] };

async function analyses(opts: {
  a2?: Partial<Record<A2Table, Parameters<typeof createA2Table>[2]>>;
  options?: Partial<HousingOptions>;
  listsOf?: (year: number) => ListAreas | null;
  plans?: ReadonlyMap<AreaId, string> | null;
  lettingYear?: number;
}): Promise<MeasuredTable[]> {
  const dir = writeCsvDelivery(rows);
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const loaded = await loadDelivery(db, dir, { quarantine: false });
    expect(loaded.report.ok).toBe(true);
    for (const [table, tableRows] of Object.entries(opts.a2 ?? A2))
      await createA2Table(db, table as A2Table, tableRows);
    return await housingAnalyses(db, {
      listYear: 2024,
      ...(opts.lettingYear === undefined ? {} : { lettingYear: opts.lettingYear }),
      categories: CATEGORIES,
      options: { ...DEFAULT_HOUSING_OPTIONS, ...opts.options },
      listsOf: opts.listsOf ?? LISTS,
      plans: opts.plans === undefined ? new Map([[areaId('A'), '2019-06-01']]) : opts.plans,
    });
  } finally {
    db.close();
  }
}

function cell(tables: readonly MeasuredTable[], id: string, row: string, column: string): Statistic {
  const c = tables.find((t) => t.id === id)?.cells.find((x) => x.row === row && x.column === column);
  if (c === undefined) throw new Error(`${id} has no cell ${row}/${column}`);
  return c.statistic;
}
const counts = (t: readonly MeasuredTable[], id: string, row: string, columns: readonly string[]) =>
  Object.fromEntries(
    columns.map((c) => {
      const s = cell(t, id, row, c);
      return [c, s.kind === 'count' ? s.count : s.kind === 'missing' ? s.why : s.kind];
    }),
  );

const TYPES = ['internal', 'external_waiting_list', 'flexible', 'combined', 'municipal', 'other', 'total'];

describe('table 2.2: letting in 2024, tenancies and vacancies on 1 January 2025', () => {
  it('counts lettings by type of public family dwellings and rooms on the category’s parcels', async () => {
    const t = await analyses({});
    // A: dA flexible + external, dA2 municipal; dA4 (youth) left out.
    expect(counts(t, 'tabel-2.2', 'udsat', TYPES)).toEqual({
      internal: 0,
      external_waiting_list: 1,
      flexible: 1,
      combined: 0,
      municipal: 1,
      other: 0,
      total: 3,
    });
    expect(counts(t, 'tabel-2.2', 'forebyggelse', ['internal', 'total'])).toEqual({ internal: 1, total: 1 });
    // The whole country adds dC1 (flexible): 5 lettings.
    expect(counts(t, 'tabel-2.2', 'country', ['flexible', 'total'])).toEqual({ flexible: 2, total: 5 });
  });

  it('re-let = dwellings let in 2024 (each once) + vacant on 1 January 2025 and not let; tenancies after the events', async () => {
    const t = await analyses({});
    // A: let dA, dA2 (2) + vacant not let dA3 (1) = 3; tenancies dA, dA2, dA3; vacant dA2, dA3.
    expect(counts(t, 'tabel-2.2', 'udsat', ['relet', 'tenancies', 'vacant'])).toEqual({
      relet: 3,
      tenancies: 3,
      vacant: 2,
    });
    expect(cell(t, 'tabel-2.2', 'udsat', 'vacancyRate')).toEqual({
      kind: 'share',
      numerator: 2,
      denominator: 3,
      numeratorPersons: 2,
    });
    // B: dB only (dMove demolished 1 March 2020, dB2 1 June 2024): tenancies 1, re-let dB.
    expect(counts(t, 'tabel-2.2', 'forebyggelse', ['relet', 'tenancies', 'vacant'])).toEqual({
      relet: 1,
      tenancies: 1,
      vacant: 0,
    });
    // Country: dA, dA2, dA3, dB, dC1 = 5 tenancies; let dA, dA2, dB, dC1 (4) + dA3 = 5; vacant dA2, dA3, dC1.
    expect(counts(t, 'tabel-2.2', 'country', ['relet', 'tenancies', 'vacant'])).toEqual({
      relet: 5,
      tenancies: 5,
      vacant: 3,
    });
  });

  it('housingRelet=letOnly counts only the dwellings let during the year', async () => {
    const t = await analyses({ options: { housingRelet: 'letOnly' } });
    expect(counts(t, 'tabel-2.2', 'udsat', ['relet'])).toEqual({ relet: 2 });
  });

  it('without vacancies the vacancy cells and the re-let tenancies are missing, never 0', async () => {
    const t = await analyses({ a2: { lettings: A2.lettings ?? [] } });
    expect(counts(t, 'tabel-2.2', 'udsat', ['relet', 'vacant', 'vacancyRate', 'tenancies', 'total'])).toEqual(
      {
        relet: 'leveringen indeholder ikke vacancies',
        vacant: 'leveringen indeholder ikke vacancies',
        vacancyRate: 'leveringen indeholder ikke vacancies',
        // without dwelling_events the stock is as built: dB2 still counts in B, and A has dA, dA2, dA3.
        tenancies: 3,
        total: 3,
      },
    );
  });

  it('declares each row’s total as the sum of the letting types, and counts no persons', async () => {
    const t = (await analyses({})).find((x) => x.id === 'tabel-2.2');
    expect(t?.notPersons).toBe(true);
    expect(t?.relations.find((r) => r.total.row === 'udsat')?.parts.map((p) => p.cell.column)).toEqual(
      TYPES.slice(0, 6),
    );
  });
});

describe('figures 2.4a–b: flexible and municipal letting as shares of all lettings, 2020–2024', () => {
  it('shares per year in Y’s areas, beside flexible letting in the whole country; years without lettings missing', async () => {
    const t = await analyses({});
    expect(cell(t, 'figur-2.4a', 'flexible', '2024')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(cell(t, 'figur-2.4a', 'municipal', '2024')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(cell(t, 'figur-2.4a', 'flexible', '2023')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(cell(t, 'figur-2.4a', 'flexibleCountry', '2024')).toMatchObject({ numerator: 2, denominator: 5 });
    expect(cell(t, 'figur-2.4a', 'flexibleCountry', '2023')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(cell(t, 'figur-2.4b', 'municipal', '2023')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(cell(t, 'figur-2.4a', 'flexible', '2020')).toEqual({
      kind: 'missing',
      why: 'lettings har ingen udlejninger i 2020',
    });
  });
});

const T24 = ['udsat', 'forebyggelse', 'total', 'plan'];

describe('table 2.4: strategic demolitions by the list in force that year', () => {
  it('inForce: a demolition in t counts by the list of 1 December t − 1 and the delimitation of that year', async () => {
    const t = await analyses({});
    expect(counts(t, 'tabel-2.4', '2019', T24)).toEqual({ udsat: 1, forebyggelse: 0, total: 1, plan: 1 });
    // dMove, 2020: pMove was A's in 2019 (the list of 1 December 2019 is in force in 2020).
    expect(counts(t, 'tabel-2.4', '2020', T24)).toEqual({ udsat: 1, forebyggelse: 0, total: 1, plan: 1 });
    // dOut (no area) in 2022 and the non-strategic demolition in 2023 do not count.
    expect(counts(t, 'tabel-2.4', '2022', T24)).toEqual({ udsat: 0, forebyggelse: 0, total: 0, plan: 0 });
    expect(counts(t, 'tabel-2.4', '2023', T24)).toEqual({ udsat: 0, forebyggelse: 0, total: 0, plan: 0 });
    // dB2, 2024: B is on the forebyggelse list of 1 December 2023; B has no plan.
    expect(counts(t, 'tabel-2.4', '2024', T24)).toEqual({ udsat: 0, forebyggelse: 1, total: 1, plan: 0 });
    expect(counts(t, 'tabel-2.4', 'total', T24)).toEqual({ udsat: 2, forebyggelse: 1, total: 3, plan: 2 });
  });

  it('an uncertain list decision for an area with a demolition leaves that year missing, never off-list', async () => {
    // The list of 1 December 2023 (in force in 2024): B not on it, but its forebyggelse decision was uncertain.
    const t = await analyses({
      listsOf: (year) =>
        year === 2023 ? { udsat: [areaId('A')], forebyggelse: [], uncertain: [areaId('B')] } : LISTS(year),
    });
    const why = 'listeafgørelsen pr. 1. december 2023 er usikker for B, hvor der er nedrevet boliger';
    expect(counts(t, 'tabel-2.4', '2024', T24)).toEqual({
      udsat: why,
      forebyggelse: why,
      total: why,
      plan: why,
    });
    // The other years are decided; the sum over the years rests on 2024 and is missing too.
    expect(counts(t, 'tabel-2.4', '2019', T24)).toEqual({ udsat: 1, forebyggelse: 0, total: 1, plan: 1 });
    expect(cell(t, 'tabel-2.4', 'total', 'total').kind).toBe('missing');
    // Uncertain without a demolition that year changes nothing.
    const quiet = await analyses({
      listsOf: (year) =>
        year === 2021 ? { udsat: [areaId('A')], forebyggelse: [], uncertain: [areaId('B')] } : LISTS(year),
    });
    expect(counts(quiet, 'tabel-2.4', '2022', T24)).toEqual({ udsat: 0, forebyggelse: 0, total: 0, plan: 0 });
  });

  it('listYear: every demolition by the list year’s categories and delimitation (pMove is B’s in 2024)', async () => {
    const t = await analyses({ options: { housingDemolitionList: 'listYear' } });
    expect(counts(t, 'tabel-2.4', '2020', T24)).toEqual({ udsat: 0, forebyggelse: 1, total: 1, plan: 0 });
    expect(counts(t, 'tabel-2.4', '2019', T24)).toEqual({ udsat: 1, forebyggelse: 0, total: 1, plan: 1 });
  });

  it('sameYear: the 2021 list decides 2021, so a forebyggelse area counts from 2021', async () => {
    const t = await analyses({
      options: { housingDemolitionList: 'sameYear' },
      a2: { dwelling_events: [event('dB', '2021-03-03', 'demolished', { strategic: true })] },
    });
    expect(counts(t, 'tabel-2.4', '2021', T24)).toEqual({ udsat: 0, forebyggelse: 1, total: 1, plan: 0 });
    const inForce = await analyses({
      a2: { dwelling_events: [event('dB', '2021-03-03', 'demolished', { strategic: true })] },
    });
    // In force in 2021 is the list of 1 December 2020: no forebyggelse list yet.
    expect(counts(inForce, 'tabel-2.4', '2021', T24)).toEqual({
      udsat: 0,
      forebyggelse: 0,
      total: 0,
      plan: 0,
    });
  });

  it('housingDemolitionPlan=approvedBefore: a demolition before the plan’s approval is not "with a plan"', async () => {
    const t = await analyses({ options: { housingDemolitionPlan: 'approvedBefore' } });
    // A's plan approved 1 June 2019: the demolition of 1 May 2019 is before it, that of 1 March 2020 after.
    expect(counts(t, 'tabel-2.4', 'total', ['plan'])).toEqual({ plan: 1 });
  });

  it('a year whose list the run does not know is missing, and so is the sum of the years', async () => {
    const t = await analyses({ listsOf: (y) => (y === 2017 ? null : LISTS(y)) });
    expect(cell(t, 'tabel-2.4', '2018', 'udsat')).toEqual({
      kind: 'missing',
      why: 'listerne pr. 1. december 2017 er ikke kendt i kørslen',
    });
    expect(cell(t, 'tabel-2.4', 'total', 'udsat')).toEqual({
      kind: 'missing',
      why: 'ikke alle år er kendt (2018)',
    });
  });

  it('without development plans the plan column is missing; without dwelling_events every cell', async () => {
    const t = await analyses({ plans: null });
    expect(cell(t, 'tabel-2.4', '2019', 'plan')).toEqual({
      kind: 'missing',
      why: 'leveringen indeholder ikke development_plans',
    });
    const none = await analyses({ a2: {} });
    expect(cell(none, 'tabel-2.4', '2019', 'udsat')).toEqual({
      kind: 'missing',
      why: 'leveringen indeholder ikke dwelling_events',
    });
    expect(cell(none, 'tabel-2.2', 'udsat', 'flexible')).toEqual({
      kind: 'missing',
      why: 'leveringen indeholder ikke lettings',
    });
  });
});

describe('tables/<id>.csv of chapter 2.4 and 2.6 on the small delivery (golden)', () => {
  it('every cell through disclosure control, in the catalogue’s order', async () => {
    const measured = await analyses({});
    const protectedTables = await protectAndAuditTables(measured, DEFAULT_DISCLOSURE_OPTIONS);
    expect(protectedTables.audit.ok).toBe(true);
    const specs = chapter2HousingCatalogue({
      listYear: 2024,
      lettingYear: 2024,
      udsatCount: 1,
      forebyggelseCount: 1,
      hasPlans: false,
      hasDwellingEvents: true,
      options: DEFAULT_HOUSING_OPTIONS,
      sourceDa: 'Kilde',
    });
    for (const spec of specs) {
      const cells = protectedTables.tables.get(spec.id) ?? [];
      expectGolden(
        resolve(import.meta.dirname, '..', '..', 'golden', 'housing-tables'),
        `${spec.id}.csv`,
        tableCsv(reportTableFrom(spec, cells)),
      );
    }
  });
});

describe("table 2.2's letting year (housingLettingYear)", () => {
  async function yearOf(
    a2: Partial<Record<A2Table, Parameters<typeof createA2Table>[2]>>,
    option: HousingOptions['housingLettingYear'],
  ): Promise<number> {
    const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
    try {
      expect((await loadDelivery(db, writeCsvDelivery(rows), { quarantine: false })).report.ok).toBe(true);
      for (const [table, tableRows] of Object.entries(a2))
        await createA2Table(db, table as A2Table, tableRows);
      return await lettingTableYear(db, 2024, { ...DEFAULT_HOUSING_OPTIONS, housingLettingYear: option });
    } finally {
      db.close();
    }
  }
  const lettings = A2.lettings ?? [];

  it('is the list year when the delivery has lettings in Y and vacancies on 1 January Y + 1', async () => {
    expect(await yearOf(A2, 'latestCovered')).toBe(2024);
  });

  it('is the latest earlier year with both, when 1 January Y + 1 is not delivered; or Y under listYear', async () => {
    // Lettings in 2023 and 2024, vacancies only on 1 January 2024: 2024 lacks its vacancies, 2023 has both.
    const a2 = { lettings, vacancies: [{ year: 2024, dwelling_id: 'dA3' }] };
    expect(await yearOf(a2, 'latestCovered')).toBe(2023);
    expect(await yearOf(a2, 'listYear')).toBe(2024);
    // Without a vacancies table no year is covered: the list year, whose cells then say what is missing.
    expect(await yearOf({ lettings }, 'latestCovered')).toBe(2024);
  });

  it("the table counts the letting year's lettings and the stock on the 1 January after it", async () => {
    const a2 = { lettings, vacancies: [{ year: 2024, dwelling_id: 'dA3' }] };
    const t = await analyses({ a2, lettingYear: 2023 });
    // 2023: dA flexible (udsat), dB municipal (forebyggelse); dA3 vacant on 1 January 2024 and not let in 2023.
    expect(counts(t, 'tabel-2.2', 'udsat', ['flexible', 'total', 'vacant', 'relet'])).toEqual({
      flexible: 1,
      total: 1,
      vacant: 1,
      relet: 2,
    });
    expect(counts(t, 'tabel-2.2', 'forebyggelse', ['municipal', 'total'])).toEqual({
      municipal: 1,
      total: 1,
    });
  });
});
