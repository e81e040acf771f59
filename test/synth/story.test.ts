import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/analytics/db.ts';
import { query } from '../../src/analytics/sql.ts';
import { generateDelivery } from '../../src/synth/generateDelivery.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-story-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'levering');

beforeAll(async () => {
  await generateDelivery({
    scale: 0.03,
    fromYear: 2017,
    toYear: 2022,
    seed: 2,
    outDir: dir,
    format: 'parquet',
  });
}, 120_000);

interface InMoverRate {
  readonly year: number;
  readonly n: number;
  /** Share outside job and education in the year before the move (the letting decision's year). */
  readonly atMove: number;
  /** The same persons a year earlier. */
  readonly before: number;
}

/**
 * Residents 18–64 of the public-housing areas on 1 January Y who lived elsewhere in Denmark on 1 January
 * Y − 1: their full-time share outside job and education in year Y − 1 (the year they got the dwelling) and in
 * year Y − 2.
 */
async function inMoverRates(): Promise<InMoverRate[]> {
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: '2GB' });
  const f = (t: string): string => `read_parquet('${join(dir, `${t}.parquet`)}')`;
  try {
    return await db.all<InMoverRate>(
      query(`
        WITH d AS (
          SELECT d.dwelling_id, a.area_id FROM ${f('dwellings')} d JOIN ${f('area_parcels')} a USING (parcel_id)
          WHERE NOT (d.ownership = 'other' AND d.built_year < 2010)
        ), r AS (
          SELECT r.year, r.person_id, d.area_id, r.year - year(p.birth_date) - 1 AS age
          FROM ${f('residence')} r JOIN ${f('persons')} p USING (person_id) LEFT JOIN d USING (dwelling_id)
        ), moves AS (
          SELECT b.year, b.person_id FROM r b JOIN r a ON a.person_id = b.person_id AND a.year = b.year - 1
          WHERE b.area_id IS NOT NULL AND a.area_id IS DISTINCT FROM b.area_id AND b.age BETWEEN 19 AND 64
        )
        SELECT m.year, count(*)::INTEGER AS n, avg(coalesce(l1.outside_fte, 0)) AS atMove,
          avg(coalesce(l2.outside_fte, 0)) AS before
        FROM moves m
        LEFT JOIN ${f('labour')} l1 ON l1.person_id = m.person_id AND l1.year = m.year - 1
        LEFT JOIN ${f('labour')} l2 ON l2.person_id = m.person_id AND l2.year = m.year - 2
        GROUP BY m.year ORDER BY m.year`),
    );
  } finally {
    db.close();
  }
}

describe('synthetic Denmark: the letting rules from 2019 (fig 2.3 of the report)', () => {
  it('lets dwellings in the areas to people in work: in-movers are less often outside the labour market in the year they get the dwelling', async () => {
    const rates = await inMoverRates();
    const ratio = (year: number): number => {
      const r = rates.find((x) => x.year === year);
      expect(r?.n ?? 0, `${year}`).toBeGreaterThan(100);
      return (r?.atMove ?? NaN) / (r?.before ?? NaN);
    };
    // Before the rules, a move changes nothing; from 2019 the year of the letting decision is a year in work.
    expect(ratio(2018)).toBeGreaterThan(0.9);
    const after = rates.filter((r) => r.year >= 2019);
    expect(after.length).toBe(4);
    const pooled = after.reduce((s, r) => s + r.atMove, 0) / after.reduce((s, r) => s + r.before, 0);
    expect(pooled).toBeLessThan(0.88);
    expect(pooled).toBeLessThan(ratio(2018) - 0.05);
  }, 60_000);
});
