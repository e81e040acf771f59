import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDb } from '../../src/analytics/db.ts';
import { DELIVERY_SCHEMA, DELIVERY_TABLES } from '../../src/analytics/delivery/deliverySchema.ts';
import { loadDelivery } from '../../src/analytics/load/loadDelivery.ts';
import { validationReportLinesDa } from '../../src/analytics/validate/validationReport.ts';
import { query } from '../../src/analytics/sql.ts';
import { generateDelivery } from '../../src/synth/generateDelivery.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  const common = { scale: 0.003, fromYear: 2017, toYear: 2019, seed: 5 };
  await generateDelivery({ ...common, format: 'parquet', outDir: join(root, 'parquet') });
  await generateDelivery({ ...common, format: 'csv', outDir: join(root, 'csv') });
});

describe('the synthetic delivery follows data contract §A', () => {
  for (const format of ['parquet', 'csv'] as const) {
    it(`${format}: passes the strict delivery validator`, async () => {
      const result = await withDb({ path: ':memory:' }, (db) =>
        loadDelivery(db, join(root, format), { quarantine: false }),
      );
      expect(validationReportLinesDa(result.report).join('\n')).toBe(
        validationReportLinesDa({ ...result.report, ok: true }).join('\n'),
      );
      expect(result.report.schemaProblems).toEqual([]);
      expect(result.report.rules.map((r) => `${r.ruleId}: ${r.count}`)).toEqual([]);
      expect(result.report.ok).toBe(true);
    });
  }

  it('parquet columns have exactly the contract names, in order, with string codes and integer years', async () => {
    const types = await withDb({ path: ':memory:' }, async (db) => {
      const out: Record<string, string[]> = {};
      for (const t of DELIVERY_TABLES) {
        const rows = await db.all<{ column_name: string; column_type: string }>(
          query(`DESCRIBE SELECT * FROM read_parquet($p)`, { p: join(root, 'parquet', `${t}.parquet`) }),
        );
        out[t] = rows.map((r) => `${r.column_name}:${r.column_type}`);
      }
      return out;
    });
    const duck = {
      string: 'VARCHAR',
      int: 'INTEGER',
      double: 'DOUBLE',
      date: 'DATE',
      bool: 'BOOLEAN',
    } as const;
    for (const t of DELIVERY_TABLES) {
      expect(types[t], t).toEqual(DELIVERY_SCHEMA[t].map((c) => `${c.name}:${duck[c.type]}`));
    }
  });

  it('csv: header row of contract names, ISO dates, true/false booleans, codes as digits with their zeros', () => {
    const persons = readFileSync(join(root, 'csv', 'persons.csv'), 'utf8').split('\n');
    expect(persons[0]).toBe('person_id,birth_date,sex,ie_type,origin_country');
    expect(persons[1]).toMatch(/^P\d{8},\d{4}-\d{2}-\d{2},[mf],[123],(\d{4})?$/);
    const income = readFileSync(join(root, 'csv', 'income.csv'), 'utf8').split('\n');
    expect(income[0]).toBe('year,person_id,gross_income,fully_taxable,student');
    expect(income[1]).toMatch(/^\d{4},P\d{8},-?[\d.]+,(true|false),(true|false)$/);
    const residence = readFileSync(join(root, 'csv', 'residence.csv'), 'utf8').split('\n');
    expect(residence[1]).toMatch(/^2017,P\d{8},(D\d{10})?,\d{3}$/);
  });

  it('every table is written in key order (year, then person; convictions by person, then date)', async () => {
    const keys: Record<string, [string, string]> = {
      residence: ['year', 'person_id'],
      labour: ['year', 'person_id'],
      education: ['year', 'person_id'],
      income: ['year', 'person_id'],
      convictions: ['person_id', 'decision_date'],
      persons: ['person_id', 'person_id'],
      dwellings: ['dwelling_id', 'dwelling_id'],
    };
    const disorder = await withDb({ path: ':memory:' }, async (db) => {
      const out: Record<string, number> = {};
      for (const [table, [a, b]] of Object.entries(keys)) {
        const rows = await db.all<{ n: number }>(
          query(
            `SELECT count(*) AS n FROM (
               SELECT ${a} AS a, ${b} AS b, lag(${a}) OVER w AS pa, lag(${b}) OVER w AS pb
               FROM read_parquet($p, file_row_number = true) WINDOW w AS (ORDER BY file_row_number))
             WHERE pa > a OR (pa = a AND pb > b)`,
            { p: join(root, 'parquet', `${table}.parquet`) },
          ),
        );
        out[table] = rows[0]?.n ?? -1;
      }
      return out;
    });
    expect(disorder).toEqual(Object.fromEntries(Object.keys(keys).map((t) => [t, 0])));
  });
});
