import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { withDb } from '../../src/analytics/db.ts';
import {
  DELIVERY_SCHEMA,
  DELIVERY_TABLES,
  DUCKDB_TYPE,
} from '../../src/analytics/delivery/deliverySchema.ts';
import { VALIDATION_REUSED_STEP } from '../../src/analytics/load/loadDelivery.ts';
import { query, quoteIdent } from '../../src/analytics/sql.ts';
import { runDelivery, type RunDeliveryReport } from '../../src/runs/runDelivery.ts';
import { tempDir } from '../tempDir.ts';
import { listedDenmark } from './fixtures/listedDenmark.ts';
import { writeCsvDelivery } from './fixtures/writeDelivery.ts';

const OUTPUTS = ['indicators.csv', 'lists.csv', 'changes.csv', 'lists.json'] as const;

/** One `run` of list years 2020–2021 into `out`, with the workspace file `workspace`; the steps it reported. */
async function run(
  delivery: string,
  workspace: string,
  out: string,
  quarantine = false,
): Promise<{ report: RunDeliveryReport; steps: string[] }> {
  const steps: string[] = [];
  const report = await runDelivery({
    delivery,
    out,
    years: [2020, 2021],
    assumptions: DEFAULT_ASSUMPTIONS,
    quarantine,
    workspace,
    command: 'test',
    onStep: (_stage, step) => steps.push(step),
  });
  return { report, steps };
}

function written(report: RunDeliveryReport): Extract<RunDeliveryReport, { kind: 'written' }> {
  if (report.kind !== 'written') throw new Error(`expected a written run, got ${report.kind}`);
  return report;
}

const manifestValidation = (out: string): { cached: boolean; validatorVersion: number } =>
  (
    JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      extra: { validation: { cached: boolean; validatorVersion: number } };
    }
  ).extra.validation;

describe('the validation cache (a workspace remembers the delivery it validated, by SHA-256)', () => {
  it('a second run on an unchanged delivery reuses the validation, says so, and writes identical outputs', async () => {
    const work = tempDir();
    const delivery = writeCsvDelivery(listedDenmark(), tempDir());
    const workspace = join(work, 'workspace.duckdb');

    const first = await run(delivery, workspace, join(work, 'first'));
    expect(written(first.report).validationCache.cached).toBe(false);
    expect(first.steps).not.toContain(VALIDATION_REUSED_STEP);
    expect(manifestValidation(join(work, 'first')).cached).toBe(false);

    const second = await run(delivery, workspace, join(work, 'second'));
    const report = written(second.report);
    expect(report.validationCache.cached).toBe(true);
    expect(report.validationCache.validatedAt).toBe(written(first.report).validationCache.validatedAt);
    expect(second.steps).toContain(VALIDATION_REUSED_STEP);
    expect(second.steps.some((s) => s.startsWith('indlæser') || s.startsWith('validerer'))).toBe(false);
    expect(report.timings.find((t) => t.stage === 'validate')?.ms).toBe(0);
    expect(manifestValidation(join(work, 'second')).cached).toBe(true);
    expect(report.validation).toEqual(written(first.report).validation);
    for (const file of OUTPUTS) {
      expect(readFileSync(join(work, 'second', file), 'utf8'), file).toBe(
        readFileSync(join(work, 'first', file), 'utf8'),
      );
    }
  });

  it("changing one file's contents validates again; so does the other mode", async () => {
    const work = tempDir();
    const delivery = writeCsvDelivery(listedDenmark(), tempDir());
    const workspace = join(work, 'workspace.duckdb');
    const before = written((await run(delivery, workspace, join(work, 'a'))).report);
    const labourRows = (r: typeof before): number | undefined =>
      r.validation.rowCounts.find((c) => c.table === 'labour')?.rowsIn;

    // one more labour row of a known person (a year the fixture has none for): same tables, new contents
    appendFileSync(join(delivery, 'labour.csv'), '2017,a0,0.5\n');
    const changed = await run(delivery, workspace, join(work, 'b'));
    expect(written(changed.report).validationCache.cached).toBe(false);
    expect(changed.steps).toContain('validerer labour');
    expect(labourRows(written(changed.report))).toBe((labourRows(before) ?? 0) + 1);
    expect(written((await run(delivery, workspace, join(work, 'c'))).report).validationCache.cached).toBe(
      true,
    );

    // the same files under --quarantine: a different validation (quarantine removes rows), not the strict one
    const quarantined = await run(delivery, workspace, join(work, 'd'), true);
    expect(written(quarantined.report).validationCache.cached).toBe(false);
    expect(written(quarantined.report).validation.mode).toBe('quarantine');
    const again = await run(delivery, workspace, join(work, 'e'), true);
    expect(written(again.report).validationCache.cached).toBe(true);
  });

  it('Parquet views over the files: a reopened workspace binds them again; quarantine keeps its rejects', async () => {
    const work = tempDir();
    const csv = writeCsvDelivery(
      {
        ...listedDenmark(),
        labour: [...listedDenmark().labour, { year: 2019, person_id: 'a1', outside_fte: 2 }],
      },
      tempDir(),
    );
    const delivery = tempDir();
    await withDb({ path: ':memory:' }, async (db) => {
      for (const table of DELIVERY_TABLES) {
        const columns = DELIVERY_SCHEMA[table].map(
          (c) => `CAST(${quoteIdent(c.name)} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`,
        );
        const [source, target] = [join(csv, `${table}.csv`), join(delivery, `${table}.parquet`)];
        await db.run(
          query(
            `COPY (SELECT ${columns.join(', ')} FROM read_csv($source, all_varchar = true)) TO '${target}' (FORMAT parquet)`,
            { source },
          ),
        );
      }
    });
    const workspace = join(work, 'workspace.duckdb');
    const first = written((await run(delivery, workspace, join(work, 'first'), true)).report);
    const second = written((await run(delivery, workspace, join(work, 'second'), true)).report);
    expect([first.validationCache.cached, second.validationCache.cached]).toEqual([false, true]);
    expect(second.validation.rules.map((r) => r.ruleId)).toEqual(['labour.outside_fte.range']);
    for (const file of [...OUTPUTS, 'rejects.csv']) {
      expect(readFileSync(join(work, 'second', file), 'utf8'), file).toBe(
        readFileSync(join(work, 'first', file), 'utf8'),
      );
    }
  });

  it('an in-memory workspace keeps nothing: every run validates', async () => {
    const work = tempDir();
    const delivery = writeCsvDelivery(listedDenmark(), tempDir());
    for (const out of ['a', 'b']) {
      const r = await run(delivery, ':memory:', join(work, out));
      expect(written(r.report).validationCache.cached).toBe(false);
    }
  });
});
