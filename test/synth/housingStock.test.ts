import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDb } from '../../src/analytics/db.ts';
import { DELIVERY_TABLES } from '../../src/analytics/delivery/deliverySchema.ts';
import { query } from '../../src/analytics/sql.ts';
import { generateDelivery, type SynthSummary } from '../../src/synth/generateDelivery.ts';
import { HOUSING_TABLES } from '../../src/synth/housingStock.ts';
import { housingRuleChecks } from '../../src/synth/measureHousing.ts';
import { deliveryViewQueries } from '../../src/synth/realismIndicatorQueries.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-housing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Small, but with plans, their events from 2019 and snapshots after them (rehousing), and a forebyggelse list year.
const opts = { scale: 0.01, fromYear: 2017, toYear: 2023, seed: 3, format: 'parquet' as const };
let summary: SynthSummary;
beforeAll(async () => {
  summary = await generateDelivery({ ...opts, outDir: join(root, 'a') });
  await generateDelivery({ ...opts, outDir: join(root, 'b') });
});

const sha = (dir: string, table: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, `${table}.parquet`)))
    .digest('hex');

const withDelivery = <T>(body: (db: Parameters<Parameters<typeof withDb>[1]>[0]) => Promise<T>): Promise<T> =>
  withDb({ path: ':memory:' }, async (db) => {
    for (const q of deliveryViewQueries(join(root, 'a'), 'parquet', [...DELIVERY_TABLES, ...HOUSING_TABLES]))
      await db.run(q);
    return body(db);
  });

describe('the synthetic housing tables (data contract §A2)', () => {
  it('are written with their rows counted, byte-identical for the same seed (with the rehoused residence)', () => {
    for (const t of [...DELIVERY_TABLES, ...HOUSING_TABLES])
      expect(sha(join(root, 'b'), t), t).toBe(sha(join(root, 'a'), t));
    expect(summary.rows.development_plans).toBeGreaterThanOrEqual(1);
    expect(summary.rows.dwelling_events).toBeGreaterThan(0);
    expect(summary.rows.lettings).toBeGreaterThan(0);
    expect(summary.rows.vacancies).toBeGreaterThan(0);
    expect(summary.rows.plan_reports).toBeGreaterThan(0);
  });

  it('keep every contract rule SQL can check (ids exist, lettings of public dwellings, no residence after demolition, …)', async () => {
    const checks = await withDelivery((db) => housingRuleChecks(db));
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.filter((c) => c.violations !== 0)).toEqual([]);
  });

  it('the residents of demolished dwellings move: some residence rows changed dwelling at the demolition', async () => {
    const moved = await withDelivery(async (db) => {
      const r = await db.all<{ n: number }>(
        query(`
          SELECT count(*)::INTEGER AS n FROM src_residence r JOIN src_dwelling_events e ON e.dwelling_id = r.dwelling_id
          JOIN src_residence r2 ON r2.person_id = r.person_id AND r2.year = r.year + 1
          WHERE e.event = 'demolished' AND year(e.event_date) = r.year AND r2.dwelling_id IS DISTINCT FROM r.dwelling_id`),
      );
      return r[0]?.n ?? 0;
    });
    expect(moved).toBeGreaterThan(0);
  });

  it('columns have the contract names, in order, with the agreed DuckDB types', async () => {
    const types = await withDelivery(async (db) => {
      const out: Record<string, string> = {};
      for (const t of HOUSING_TABLES) {
        const rows = await db.all<{ column_name: string; column_type: string }>(query(`DESCRIBE src_${t}`));
        out[t] = rows.map((r) => `${r.column_name}:${r.column_type}`).join(' ');
      }
      return out;
    });
    expect(types).toEqual({
      dwelling_events:
        'dwelling_id:VARCHAR event_date:DATE event:VARCHAR kind_after:VARCHAR ownership_after:VARCHAR strategic:BOOLEAN',
      commercial_floor: 'year:INTEGER parcel_id:VARCHAR floor_m2:DOUBLE',
      lettings: 'dwelling_id:VARCHAR letting_date:DATE letting_type:VARCHAR',
      vacancies: 'year:INTEGER dwelling_id:VARCHAR',
      development_plans:
        'area_id:VARCHAR approved_date:DATE baseline_year:INTEGER target_pct:DOUBLE dispensation:VARCHAR',
      plan_reports:
        'area_id:VARCHAR report_year:INTEGER status:VARCHAR year:INTEGER kind:VARCHAR public_family_dwellings:INTEGER ' +
        'other_dwellings:INTEGER commercial_m2:DOUBLE relabelled:INTEGER sold:INTEGER demolished:INTEGER ' +
        'built_dwellings:INTEGER built_commercial_units:INTEGER',
    });
  });

  it('plans are approved in 2019 with 2018 as start; the reports end with the delivery’s last year', async () => {
    const rows = await withDelivery((db) =>
      db.all<{ baseline: number; approved: string; first: number; last: number; target: number }>(
        query(`
          SELECT min(p.baseline_year)::INTEGER AS baseline, min(strftime(p.approved_date, '%Y'))::VARCHAR AS approved,
            (SELECT min(report_year) FROM src_plan_reports)::INTEGER AS first,
            (SELECT max(report_year) FROM src_plan_reports)::INTEGER AS last, min(target_pct) AS target
          FROM src_development_plans p`),
      ),
    );
    expect(rows[0]).toEqual({ baseline: 2018, approved: '2019', first: 2019, last: 2023, target: 40 });
  });
});
