import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { withDb } from '../src/analytics/db.ts';
import { referenceTablesQueries } from '../src/analytics/load/referenceTablesQueries.ts';
import { benchDeliveryQueries } from './benchDeliveryQueries.ts';

/** `tsx bench/makeBenchDelivery.ts SCALE FROM TO OUTDIR`: writes a plain benchmark delivery as Parquet. */
const [scale = '0.1', from = '2014', to = '2024', outDir = `bench/data/plain-${scale}`] =
  process.argv.slice(2);
const dir = resolve(outDir);
mkdirSync(dir, { recursive: true });
await withDb({ path: ':memory:', threads: 2, memoryLimit: '8GB' }, async (db) => {
  for (const q of referenceTablesQueries()) await db.run(q);
  for (const q of benchDeliveryQueries({
    scale: Number(scale),
    fromYear: Number(from),
    toYear: Number(to),
    outDir: dir,
  })) {
    const t = performance.now();
    await db.run(q);
    process.stderr.write(
      `${((performance.now() - t) / 1000).toFixed(1)} s  ${q.sql.split('\n')[0]?.slice(0, 60)}\n`,
    );
  }
});
process.stdout.write(`${dir}\n`);
