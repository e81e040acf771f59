import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/analytics/db.ts';
import { query } from '../../src/analytics/sql.ts';
import { delivery, lives, person } from '../analytics/fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../analytics/fixtures/writeDelivery.ts';
import { expectGolden } from '../expectGolden.ts';
import { tempDir } from '../tempDir.ts';
import { runCli } from './cliHarness.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'plans');

/**
 * The plan tables as the loader puts them into the workspace (contract A2). Alfaparken (A): its 2020 report is
 * accepted — 90/10 at start (2018), 80/20 realised in 2019–2020 (2 sold in 2019), 40 public and 58 other with
 * 150 m² (2 dwellings) planned for 2030: exactly 40 pct.; its 2021 report is not accepted (44.1 pct. in 2030).
 * Betagården (B, stk. 4, 55 pct.): only a pending report.
 */
const PLAN_TABLES = [
  `CREATE OR REPLACE TABLE development_plans (area_id VARCHAR, approved_date DATE, baseline_year INTEGER,
    target_pct DOUBLE, dispensation VARCHAR)`,
  `INSERT INTO development_plans VALUES ('A', '2019-03-01', 2018, 40, 'none'), ('B', '2020-06-01', 2018, 55, 'stk4')`,
  `CREATE OR REPLACE TABLE plan_reports (area_id VARCHAR, report_year INTEGER, status VARCHAR, year INTEGER,
    kind VARCHAR, public_family_dwellings INTEGER, other_dwellings INTEGER, commercial_m2 DOUBLE,
    relabelled INTEGER, sold INTEGER, demolished INTEGER, built_dwellings INTEGER, built_commercial_units INTEGER)`,
  `INSERT INTO plan_reports VALUES
    ('A', 2020, 'accepted', 2018, 'realised', 90, 10, 0, 0, 0, 0, 0, 0),
    ('A', 2020, 'accepted', 2019, 'realised', 80, 20, 0, 0, 2, 0, 0, 0),
    ('A', 2020, 'accepted', 2020, 'realised', 80, 20, 0, 0, 0, 0, 0, 0),
    ('A', 2020, 'accepted', 2030, 'planned', 40, 58, 150, 0, 0, 0, 0, 0),
    ('A', 2021, 'not_accepted', 2018, 'realised', 90, 10, 0, 0, 0, 0, 0, 0),
    ('A', 2021, 'not_accepted', 2030, 'planned', 441, 559, 0, 0, 0, 0, 0, 0),
    ('B', 2021, 'pending', 2018, 'realised', 100, 0, 0, 0, 0, 0, 0, 0)`,
];

function smallDelivery(): string {
  return writeCsvDelivery(
    delivery({
      persons: [person('p1', '1980-06-01'), person('p2', '1990-03-01')],
      residence: [...lives('p1', 'dA', [2019, 2020, 2021]), ...lives('p2', 'dB', [2019, 2020, 2021])],
    }),
  );
}

describe('boligmonitor plans', () => {
  it('prints every plan area’s accounts in Danish and as JSON', async () => {
    const dir = smallDelivery();
    const workspace = join(tempDir(), 'workspace.duckdb');
    const args = ['plans', '--delivery', dir, '--year', '2021', '--workspace', workspace];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expectGolden(GOLDEN, 'no-plans.txt', first.stdout);

    // The plan tables in the workspace, as the loader gives them (an unchanged delivery is not loaded again).
    const db = await openDb({ path: workspace, threads: 1, tempDirectory: 'private' });
    try {
      for (const sql of PLAN_TABLES) await db.run(query(sql));
    } finally {
      db.close();
    }
    const text = await runCli(args);
    expect(text.stderr).not.toMatch(/fejl/i);
    expect(text.code).toBe(0);
    expectGolden(GOLDEN, 'plans.txt', text.stdout);

    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(0);
    expectGolden(GOLDEN, 'plans.json', json.stdout);
    const envelope = JSON.parse(json.stdout) as { result: { plans: { status: string }[] } };
    expect(envelope.result.plans.map((p) => p.status)).toEqual(['onTrack', 'unknown']);
  });

  it('a bad option is a usage error', async () => {
    const r = await runCli([
      'plans',
      '--delivery',
      smallDelivery(),
      '--year',
      '2021',
      '--assume',
      'plans.projection=end',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid value for plans.projection: end (allowed: line2030, lastPlanned)');
  });
});
