import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY_TABLES } from '../../src/analytics/delivery/deliverySchema.ts';
import { generateDelivery } from '../../src/synth/generateDelivery.ts';
import { HOUSING_TABLES } from '../../src/synth/housingStock.ts';
import { PEOPLE_TABLES } from '../../src/synth/peopleTables.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-determinism-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hashes = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );

describe('synthetic Denmark is deterministic', () => {
  const opts = { scale: 0.003, fromYear: 2016, toYear: 2019, format: 'parquet' as const };

  it('the same seed and scale give byte-identical files (SHA-256 of every table)', async () => {
    const a = await generateDelivery({ ...opts, seed: 11, outDir: join(root, 'a') });
    await generateDelivery({ ...opts, seed: 11, outDir: join(root, 'b') });
    const ha = hashes(join(root, 'a'));
    // Every table (contract §A, the housing tables of §A2 and the people tables of §A3), and the marker that says
    // the delivery holds no real persons.
    expect(Object.keys(ha)).toEqual(
      [...DELIVERY_TABLES, ...HOUSING_TABLES, ...PEOPLE_TABLES]
        .map((t) => `${t}.parquet`)
        .concat('synthetic.json')
        .sort(),
    );
    expect(hashes(join(root, 'b'))).toEqual(ha);
    expect(a.rows.persons).toBeGreaterThan(10_000);
  });

  it('a different seed gives a different Denmark', async () => {
    await generateDelivery({ ...opts, seed: 12, outDir: join(root, 'c') });
    expect(hashes(join(root, 'c'))['persons.parquet']).not.toBe(hashes(join(root, 'a'))['persons.parquet']);
  });

  it('CSV output is deterministic too', async () => {
    await generateDelivery({ ...opts, format: 'csv', seed: 11, outDir: join(root, 'd') });
    await generateDelivery({ ...opts, format: 'csv', seed: 11, outDir: join(root, 'e') });
    expect(hashes(join(root, 'e'))).toEqual(hashes(join(root, 'd')));
  });

  it('leaves no temporary directory behind', () => {
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
