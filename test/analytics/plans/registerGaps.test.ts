import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/analytics/db.ts';
import { planAccountsOf } from '../../../src/analytics/plans/planAccounts.ts';
import { readPlanTables } from '../../../src/analytics/plans/readPlanTables.ts';
import { registerComparisons, registerGapDa } from '../../../src/analytics/plans/registerGaps.ts';
import type { RegisterPlanShares } from '../../../src/analytics/plans/registerPlanShares.ts';
import { query } from '../../../src/analytics/sql.ts';
import { rationalFromDecimal } from '../../../src/core/exact/rational.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/plans/planOptions.ts';
import { planWorkspace } from './planWorkspace.ts';

/**
 * A stand-in for src/analytics/housing/registerPlanShareQuery.ts: the registers' counts per area and 1 January,
 * read from a table the test creates.
 */
const fromTable: RegisterPlanShares = async (db, areas) =>
  (
    await db.all<{ area_id: string; year: number; pub: number; other: number; m2: number | null }>(
      query(
        `SELECT area_id, year, pub, other, m2 FROM register_counts WHERE list_contains($areas, area_id) ORDER BY area_id, year`,
        { areas: [...areas] },
      ),
    )
  ).map((r) => ({
    areaId: areaId(r.area_id),
    year: r.year,
    publicFamilyDwellings: r.pub,
    otherDwellings: r.other,
    commercialM2: r.m2,
  }));

describe('the reported shares beside the registers', () => {
  let db: Db;
  beforeAll(async () => {
    db = await planWorkspace();
    await db.run(
      query(
        'CREATE TABLE register_counts (area_id VARCHAR, year INTEGER, pub INTEGER, other INTEGER, m2 DOUBLE)',
      ),
    );
    // A: 1 Jan 2019 90/10 (as reported for 2018); 1 Jan 2020 78/22 (−2 points: not above 2); 1 Jan 2021 77/23
    // (−3 points). B: 1 Jan 2020 95 public and 374.25 m² (4.99 dwellings): 95 / 99.99 = 95.0095… (+0.0095).
    await db.run(
      query(
        `INSERT INTO register_counts VALUES ('A', 2019, 90, 10, 0), ('A', 2020, 78, 22, NULL), ('A', 2021, 77, 23, 0),
         ('B', 2020, 95, 0, 374.25)`,
      ),
    );
  });
  afterAll(() => db.close());

  it('lists every gap above the tolerance, and only those; a missing register year is unknown', async () => {
    const tables = await readPlanTables(db);
    if (tables.kind !== 'present') throw new Error('no plans');
    const accounts = planAccountsOf(tables, 2024, () => 'on', DEFAULT_PLAN_OPTIONS);
    const rows = await fromTable(
      db,
      accounts.map((a) => a.plan.areaId),
    );
    const tolerance = rationalFromDecimal(DEFAULT_PLAN_OPTIONS['plans.registerGapTolerancePct'])!;
    const { comparisons, gaps } = registerComparisons(accounts, rows, tolerance);
    expect(gaps.map((g) => [g.areaId, g.lineYear])).toEqual([['A', 2020]]);
    expect(registerGapDa(gaps[0]!)).toBe(
      '2020: rapporteret 80,0 pct., registrene pr. 1. januar 2021 77,0 pct. (−3,0 procentpoint)',
    );
    const a2019 = comparisons.find((c) => c.areaId === 'A' && c.lineYear === 2019);
    expect(a2019?.gapPoints).toEqual(rationalFromDecimal('-2'));
    expect(a2019?.aboveTolerance).toBe(false);
    const b2019 = comparisons.find((c) => c.areaId === 'B' && c.lineYear === 2019);
    expect(b2019?.aboveTolerance).toBe(false);
    const a2022 = comparisons.find((c) => c.areaId === 'A' && c.lineYear === 2022);
    expect(a2022).toMatchObject({
      registerPct: null,
      gapPoints: null,
      aboveTolerance: false,
      whyDa: 'registrene har ingen opgørelse for området pr. 1. januar 2023',
    });
  });
});
