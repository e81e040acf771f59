import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { defaultRuleSetForYear } from '../../../src/core/rulesets/builtInRuleSets.ts';
import { openDb, type Db } from '../../../src/analytics/db.ts';
import { dwellingStateQuery } from '../../../src/analytics/housing/dwellingStateQuery.ts';
import { areaFiguresFromWorkspace } from '../../../src/analytics/indicators/areaFiguresFromWorkspace.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import { query } from '../../../src/analytics/sql.ts';
import { delivery, lives, person } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../fixtures/writeDelivery.ts';
import { createA2Table, event } from './a2Tables.ts';

async function withMemoryDb<T>(f: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    return await f(db);
  } finally {
    db.close();
  }
}

interface StateRow {
  year: number;
  dwelling_id: string;
  ownership: string;
  kind: string;
}

/** Dwellings as built: (id, ownership, kind, built year). */
const STOCK: [string, string, string, number][] = [
  ['d1', 'almen', 'family', 1970],
  ['d2', 'almen', 'family', 1970],
  ['d3', 'other', 'family', 2012],
  ['d4', 'almen', 'family', 1970],
  ['d5', 'other', 'family', 2015],
  ['d6', 'almen', 'room', 1980],
];

async function statesOn(
  years: readonly number[],
  events: Parameters<typeof createA2Table>[2] | null,
): Promise<string[]> {
  return withMemoryDb(async (db) => {
    await db.run(
      query(`CREATE TABLE dwellings (dwelling_id VARCHAR, parcel_id VARCHAR, municipality_code VARCHAR,
        ownership VARCHAR, kind VARCHAR, built_year INTEGER)`),
    );
    for (const [id, ownership, kind, built] of STOCK) {
      await db.run(
        query('INSERT INTO dwellings VALUES ($id, $parcel, $m, $ownership, $kind, $built)', {
          id,
          parcel: 'p1',
          m: '101',
          ownership,
          kind,
          built,
        }),
      );
    }
    if (events !== null) await createA2Table(db, 'dwelling_events', events);
    const rows = await db.all<StateRow>(dwellingStateQuery(years, events !== null));
    return rows.map((r) => `${r.year} ${r.dwelling_id} ${r.ownership} ${r.kind}`);
  });
}

describe('the dwelling stock on 1 January after every event dated before that day', () => {
  const events = [
    event('d1', '2021-01-01', 'demolished', { strategic: true }), // on 1 January 2021 itself
    event('d2', '2020-12-31', 'merged'), // the day before 1 January 2021
    event('d3', '2020-06-15', 'relabelled', { kind_after: 'youth' }),
    event('d4', '2019-03-01', 'sold', { ownership_after: 'other' }),
    event('d5', '2021-01-01', 'sold', { ownership_after: 'almen' }),
    event('d5', '2022-05-05', 'relabelled', { kind_after: 'elderly' }),
    event('dUnknown', '2019-01-01', 'demolished'), // a dwelling not in `dwellings`: no state
  ];

  it('demolished on 1 January exists that day and not the next year; merged the day before is gone that day', async () => {
    const s = await statesOn([2020, 2021, 2022], events);
    expect(s.filter((r) => r.includes(' d1 '))).toEqual(['2020 d1 almen family', '2021 d1 almen family']);
    expect(s.filter((r) => r.includes(' d2 '))).toEqual(['2020 d2 almen family']);
  });

  it('relabelled changes the kind and sold the ownership from the next 1 January; events add up', async () => {
    const s = await statesOn([2019, 2020, 2021, 2022, 2023], events);
    expect(s.filter((r) => r.includes(' d3 '))).toEqual([
      '2019 d3 other family',
      '2020 d3 other family',
      '2021 d3 other youth',
      '2022 d3 other youth',
      '2023 d3 other youth',
    ]);
    expect(s.filter((r) => r.includes(' d4 '))).toEqual([
      '2019 d4 almen family',
      '2020 d4 other family',
      '2021 d4 other family',
      '2022 d4 other family',
      '2023 d4 other family',
    ]);
    expect(s.filter((r) => r.includes(' d5 '))).toEqual([
      '2019 d5 other family',
      '2020 d5 other family',
      '2021 d5 other family', // sold on 1 January 2021: not before that day
      '2022 d5 almen family',
      '2023 d5 almen elderly',
    ]);
    expect(s.filter((r) => r.includes(' d6 '))).toHaveLength(5);
    expect(s.some((r) => r.includes('dUnknown'))).toBe(false);
  });

  it('without dwelling_events, every dwelling as built in every year', async () => {
    const s = await statesOn([2020, 2021], null);
    expect(s).toEqual([2020, 2021].flatMap((y) => STOCK.map(([id, o, k]) => `${y} ${id} ${o} ${k}`)));
  });

  it('two sales on the same day: the result does not depend on row order', async () => {
    const a = await statesOn(
      [2021],
      [
        event('d6', '2020-05-05', 'sold', { ownership_after: 'other' }),
        event('d6', '2020-05-05', 'sold', { ownership_after: 'almen' }),
      ],
    );
    const b = await statesOn(
      [2021],
      [
        event('d6', '2020-05-05', 'sold', { ownership_after: 'almen' }),
        event('d6', '2020-05-05', 'sold', { ownership_after: 'other' }),
      ],
    );
    expect(a).toEqual(b);
    expect(a).toContain('2021 d6 other room');
  });
});

/**
 * Area A (parcel pA): q1, q2 live in dA (public, built 1970), q3 in dA_other2010 (non-public family, built
 * 2010: counts by default), on 1 January 2020 and 2021.
 */
const rows = delivery({
  persons: [person('q1', '1980-06-01'), person('q2', '1980-06-01'), person('q3', '1980-06-01')],
  residence: [
    ...lives('q1', 'dA', [2020, 2021]),
    ...lives('q2', 'dA', [2020, 2021]),
    ...lives('q3', 'dA_other2010', [2020, 2021]),
  ],
});

async function residentsOfA(
  events: Parameters<typeof createA2Table>[2] | null,
): Promise<Record<number, number>> {
  const dir = writeCsvDelivery(rows);
  return withMemoryDb(async (db) => {
    const loaded = await loadDelivery(db, dir, { quarantine: false });
    expect(loaded.report.ok).toBe(true);
    if (events !== null) await createA2Table(db, 'dwelling_events', events);
    const result = await areaFiguresFromWorkspace(
      db,
      {
        years: [2020, 2021].map((year) => ({ year, measures: defaultRuleSetForYear(year).measures })),
        assumptions: DEFAULT_ASSUMPTIONS,
      },
      'test',
    );
    return Object.fromEntries(
      result.figures.filter((f) => f.areaId === 'A').map((f) => [f.year, f.residents]),
    );
  });
}

describe('whose residents count follows the dwelling’s state in the list year', () => {
  it('without dwelling_events the residents are those of the dwellings as built', async () => {
    expect(await residentsOfA(null)).toEqual({ 2020: 3, 2021: 3 });
  });

  it('an empty dwelling_events table changes nothing', async () => {
    expect(await residentsOfA([])).toEqual({ 2020: 3, 2021: 3 });
  });

  it('a non-public family dwelling relabelled to youth housing in 2020 no longer counts from 1 January 2021', async () => {
    const r = await residentsOfA([
      event('dA_other2010', '2020-07-01', 'relabelled', { kind_after: 'youth' }),
    ]);
    expect(r).toEqual({ 2020: 3, 2021: 2 });
  });

  it('relabelled on 1 January 2021 itself still counts on that day', async () => {
    const r = await residentsOfA([
      event('dA_other2010', '2021-01-01', 'relabelled', { kind_after: 'youth' }),
    ]);
    expect(r).toEqual({ 2020: 3, 2021: 3 });
  });

  it('a public dwelling built before 2010 and later sold still counts (it was public when the area was fixed)', async () => {
    const r = await residentsOfA([event('dA', '2019-05-01', 'sold', { ownership_after: 'other' })]);
    expect(r).toEqual({ 2020: 3, 2021: 3 });
  });

  it('a demolished dwelling has no residents from the 1 January after the event', async () => {
    const r = await residentsOfA([event('dA', '2020-12-31', 'demolished', { strategic: true })]);
    expect(r).toEqual({ 2020: 3, 2021: 1 });
  });
});
