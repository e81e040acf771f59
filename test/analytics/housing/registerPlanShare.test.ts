import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/analytics/db.ts';
import { registerPlanShare } from '../../../src/analytics/housing/registerPlanShareQuery.ts';
import { query } from '../../../src/analytics/sql.ts';
import { createA2Table, event } from './a2Tables.ts';

/**
 * Area A: parcel p1 (2000 →) and p2 (2000–2020). On p1: d1, d2 public family, d3 public youth, d4 non-public
 * family; on p2: d5 public family. d6, non-public, is built on p1 during 2022 (it stands from 1 January 2023). d2 is relabelled to youth housing on 1 March 2021, d1 demolished on 5 May
 * 2023. Commercial floor area is known for 1 January 2024 only: 100 + 50 m² on p1.
 */
async function shares(withFloor: boolean) {
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    await db.run(
      query(`CREATE TABLE area_parcels AS SELECT * FROM (VALUES
        ('A', 'p1', 2000, NULL), ('A', 'p2', 2000, 2020)) AS t(area_id, parcel_id, valid_from, valid_to)`),
    );
    await db.run(
      query(`CREATE TABLE dwellings AS SELECT * FROM (VALUES
        ('d1', 'p1', '101', 'almen', 'family', 1970), ('d2', 'p1', '101', 'almen', 'family', 1970),
        ('d3', 'p1', '101', 'almen', 'youth', 1970), ('d4', 'p1', '101', 'other', 'family', 2015),
        ('d5', 'p2', '101', 'almen', 'family', 1970), ('d6', 'p1', '101', 'other', 'family', 2022))
        AS t(dwelling_id, parcel_id, municipality_code, ownership, kind, built_year)`),
    );
    await createA2Table(db, 'dwelling_events', [
      event('d2', '2021-03-01', 'relabelled', { kind_after: 'youth' }),
      event('d1', '2023-05-05', 'demolished', { strategic: true }),
    ]);
    if (withFloor) {
      await createA2Table(db, 'commercial_floor', [
        { year: 2024, parcel_id: 'p1', floor_m2: 100 },
        { year: 2024, parcel_id: 'p1', floor_m2: 50 },
        { year: 2024, parcel_id: 'p2', floor_m2: 999 }, // p2 is not A's in 2024
      ]);
    }
    return await registerPlanShare(db, ['A'], [2019, 2022, 2024]);
  } finally {
    db.close();
  }
}

describe('the register’s plan share per area and year (1 January)', () => {
  it('counts public family and other dwellings by their state that year, and the commercial m² where known', async () => {
    const rows = await shares(true);
    expect(rows.map((r) => ({ ...r, year: Number(r.year) }))).toEqual([
      // 2019: d1, d2, d5 public family; d3 youth and d4 non-public; floor area not known for 2019.
      { area_id: 'A', year: 2019, public_family_dwellings: 3, other_dwellings: 2, commercial_m2: null },
      // 2022: p2 gone; d2 relabelled: d1 public family; d2, d3, d4 other (d6 not built yet).
      { area_id: 'A', year: 2022, public_family_dwellings: 1, other_dwellings: 3, commercial_m2: null },
      // 2024: d1 demolished; d6 stands; 150 m² on p1.
      { area_id: 'A', year: 2024, public_family_dwellings: 0, other_dwellings: 4, commercial_m2: 150 },
    ]);
  });

  it('without commercial_floor the floor area is unknown, never 0', async () => {
    const rows = await shares(false);
    expect(rows.map((r) => r.commercial_m2)).toEqual([null, null, null]);
  });
});
