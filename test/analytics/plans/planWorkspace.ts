import { openDb, type Db } from '../../../src/analytics/db.ts';
import { query } from '../../../src/analytics/sql.ts';

/** The workspace tables as the loader creates them (contract A2; DuckDB types as agreed). */
const CREATE_PLANS = `CREATE TABLE development_plans (area_id VARCHAR, approved_date DATE, baseline_year INTEGER,
  target_pct DOUBLE, dispensation VARCHAR)`;
const CREATE_REPORTS = `CREATE TABLE plan_reports (area_id VARCHAR, report_year INTEGER, status VARCHAR,
  year INTEGER, kind VARCHAR, public_family_dwellings INTEGER, other_dwellings INTEGER, commercial_m2 DOUBLE,
  relabelled INTEGER, sold INTEGER, demolished INTEGER, built_dwellings INTEGER, built_commercial_units INTEGER)`;

/** A line: [area, report year, status, year, kind, public family, other, m², relabelled, sold, demolished, built, built commercial]. */
export type LineRow = [
  string,
  number,
  string,
  number,
  string,
  number,
  number,
  number,
  number?,
  number?,
  number?,
  number?,
  number?,
];

/**
 * Plan A (no dispensation): its 2023 report is accepted — 90/10 at start (2018), 80 public and 20 other in
 * 2019–2023 (realised: 10 demolished and 2 sold in 2019), 40/60 planned in 2024–2030 (40 sold in 2025); its 2024
 * report is not accepted (441/559 in 2030). Plan B (stk. 3, 52.5 pct.): its 2024 report is accepted — 100/0 at
 * start, 95 public and 375 m² (5 dwellings) realised in 2019–2024 (3 relabelled in 2020, 5 commercial units
 * built in 2021), 30 public, 40 other and 2,250 m² (30) planned in 2025–2030 (40 dwellings and 30 commercial
 * units built in 2026, 25 demolished in 2027). Plan C is approved after 1 December 2024.
 */
export function planRows(): { plans: string; lines: LineRow[] } {
  const lines: LineRow[] = [];
  for (let y = 2018; y <= 2030; y++) {
    const a: [number, number] = y === 2018 ? [90, 10] : y <= 2023 ? [80, 20] : [40, 60];
    lines.push([
      'A',
      2023,
      'accepted',
      y,
      y <= 2023 ? 'realised' : 'planned',
      ...a,
      0,
      0,
      y === 2025 ? 40 : y === 2019 ? 2 : 0,
      y === 2019 ? 10 : 0,
    ]);
    lines.push([
      'A',
      2024,
      'not_accepted',
      y,
      y <= 2024 ? 'realised' : 'planned',
      ...(y === 2030 ? ([441, 559] as const) : ([90, 10] as const)),
      0,
    ]);
    const b: [number, number, number] = y === 2018 ? [100, 0, 0] : y <= 2024 ? [95, 0, 375] : [30, 40, 2250];
    lines.push([
      'B',
      2024,
      'accepted',
      y,
      y <= 2024 ? 'realised' : 'planned',
      ...b,
      y === 2020 ? 3 : 0,
      0,
      y === 2027 ? 25 : 0,
      y === 2026 ? 40 : 0,
      y === 2021 ? 5 : y === 2026 ? 30 : 0,
    ]);
  }
  return {
    plans: `('A', '2019-03-01', 2018, 40, 'none'), ('B', '2020-01-01', 2018, 52.5, 'stk3'), ('C', '2025-01-01', 2018, 40, 'none')`,
    lines,
  };
}

/** An in-memory workspace with the plan tables (and `reports: false` leaves `plan_reports` out). */
export async function planWorkspace(opts: { reports?: boolean } = {}): Promise<Db> {
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  const { plans, lines } = planRows();
  await db.run(query(CREATE_PLANS));
  await db.run(query(`INSERT INTO development_plans VALUES ${plans}`));
  if (opts.reports !== false) {
    await db.run(query(CREATE_REPORTS));
    const values = lines
      .map((l) => {
        const [area, ry, status, y, kind, pub, other, m2, rel = 0, sold = 0, dem = 0, bd = 0, bc = 0] = l;
        return `('${area}', ${ry}, '${status}', ${y}, '${kind}', ${pub}, ${other}, ${m2}, ${rel}, ${sold}, ${dem}, ${bd}, ${bc})`;
      })
      .join(', ');
    await db.run(query(`INSERT INTO plan_reports VALUES ${values}`));
  }
  return db;
}
