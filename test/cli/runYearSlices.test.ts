import { areaFiguresCsv } from '../analytics/fixtures/areaFiguresCsv.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFromDelivery } from '../../src/analytics/figuresFromDelivery.ts';
import { generateDelivery } from '../../src/synth/generateDelivery.ts';
import { runCli } from './cliHarness.ts';

// The promise of `yearsNeeded`: a run of one year computes the earlier years that year depends on from the
// same input, so `run --years Y` gives exactly the Y rows of `run --years 2018-2024` (and `lists --years Y` those
// of `lists --years 2018-2024` on the same area figures).
//
// Fixture: synthetic Denmark at scale 0.02, seed 1, snapshots 2014–2024 (8 areas, 139,276 persons; data years
// of labour, education, income and convictions 2012–2023). Smaller scales (0.01 seeds 1–8, 0.015 seeds 1–4) put
// no area on the omdannelse list. What the long run (2018–2024) yields, list by list and year:
//   udsat 2018–2024:            1, 2, 3, 2, 2, 2, 1
//   ghetto 2018–2020:           1, 2, 3
//   hard_ghetto 2018–2020:      0, 0, 0
//   parallelsamfund 2021–2024:  2, 2, 2, 1
//   omdannelse 2021–2024:       0, 0, 1, 1
//   forebyggelse 2021–2024:     1, 1, 1, 2
// Omdannelse: 751-dalparken in 2023 (ghetto 2019–2020 under the 2018 rules, parallelsamfund 2021–2023) and
// 751-soebakken in 2024 (ghetto 2020, parallelsamfund 2021–2024), so the single-year runs of 2023 and 2024 must
// compute ghetto years under the 2018 rules to decide them. changes.csv holds entries, stays and exits each year.
// The 2014 list's K1 and K2 are not computable (they need the 2013 snapshot), so the five-year window of the
// 2018 hard-ghetto list rests on an uncertain year; from 2019 on every year of the window is in the delivery.

const LIST_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
const SNAPSHOT_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

/**
 * The earlier years each single-year run must compute (worked out from the rule sets by hand): the year before
 * (changes), and the persistence window of hard_ghetto (2018 rules: 5 years through 2020) or omdannelse
 * (2021 rules: 5 years of parallelsamfund, earlier ghetto membership counting), followed through the year before.
 * - 2018: 2017 (year before); hard_ghetto 2014–2018 → 2014–2017.
 * - 2019: 2018 and its hard_ghetto window 2014–2017; the own window 2015–2018 → 2014–2018.
 * - 2020: 2019 and its window 2015–2018; the own window 2016–2019 → 2015–2019.
 * - 2021: omdannelse 2017–2020; 2020's hard_ghetto window 2016–2019 → 2016–2020.
 * - 2022: omdannelse 2018–2021; 2021's window 2017–2020 → 2017–2021; and so on, one year later each year.
 */
const CONTEXT_YEARS: Record<(typeof LIST_YEARS)[number], number[]> = {
  2018: [2014, 2015, 2016, 2017],
  2019: [2014, 2015, 2016, 2017, 2018],
  2020: [2015, 2016, 2017, 2018, 2019],
  2021: [2016, 2017, 2018, 2019, 2020],
  2022: [2017, 2018, 2019, 2020, 2021],
  2023: [2018, 2019, 2020, 2021, 2022],
  2024: [2019, 2020, 2021, 2022, 2023],
};

const CSV_FILES = ['lists.csv', 'indicators.csv', 'changes.csv'] as const;

// Everything this file writes lives under one directory, removed afterwards.
const root = mkdtempSync(join(tmpdir(), 'boligmonitor-year-slices-'));
const deliveryDir = join(root, 'delivery');
const figuresCsv = join(root, 'area_figures.csv');
const runDir = (name: string): string => join(root, 'run', name);
const listsDir = (name: string): string => join(root, 'lists', name);

interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function readCsv(path: string): CsvTable {
  const records = parse(readFileSync(path, 'utf8'), { relax_column_count: false }) as string[][];
  const [header, ...rows] = records;
  if (header === undefined) throw new Error(`${path}: empty`);
  return { header, rows };
}

/** The rows of one year (by the `year` column), as a sorted multiset of JSON-encoded rows. */
function rowsOfYear(table: CsvTable, year: number): string[] {
  const i = table.header.indexOf('year');
  if (i < 0) throw new Error(`no year column in ${table.header.join(',')}`);
  return table.rows
    .filter((r) => r[i] === String(year))
    .map((r) => JSON.stringify(r))
    .sort();
}

interface ListsJsonYear {
  readonly year: number;
  readonly lists: readonly { readonly list: string; readonly count: number }[];
}

const listsJsonOf = (dir: string): { years: ListsJsonYear[] } =>
  JSON.parse(readFileSync(join(dir, 'lists.json'), 'utf8')) as { years: ListsJsonYear[] };

/** Asserts that the single-year output directory holds exactly the `year` rows of the long one. */
function expectSliceOf(long: string, single: string, year: number): void {
  for (const file of CSV_FILES) {
    const [l, s] = [readCsv(join(long, file)), readCsv(join(single, file))];
    expect(s.header, `${file} header`).toEqual(l.header);
    const yearColumn = s.header.indexOf('year');
    expect(
      s.rows.filter((r) => r[yearColumn] !== String(year)),
      `${file}: rows of other years`,
    ).toEqual([]);
    expect(rowsOfYear(s, year), `${file} ${year}`).toEqual(rowsOfYear(l, year));
  }
  const [l, s] = [listsJsonOf(long), listsJsonOf(single)];
  expect(s.years.map((y) => y.year)).toEqual([year]);
  expect(s.years[0], `lists.json ${year}`).toEqual(l.years.find((y) => y.year === year));
}

async function cli(args: readonly string[]): Promise<void> {
  const r = await runCli([...args, '--json']);
  expect(r.stderr, args.join(' ')).not.toMatch(/fejl/i);
  expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

const run = (years: string, out: string): Promise<void> =>
  cli(['run', '--delivery', deliveryDir, '--years', years, '--workspace', ':memory:', '--out', out]);

const lists = (years: string, out: string): Promise<void> =>
  cli(['lists', '--figures', figuresCsv, '--years', years, '--out', out]);

beforeAll(async () => {
  await generateDelivery({
    scale: 0.02,
    seed: 1,
    fromYear: 2014,
    toYear: 2024,
    format: 'parquet',
    outDir: deliveryDir,
  });
  await run('2018-2024', runDir('long'));
  const derived = await figuresFromDelivery({ delivery: deliveryDir, years: SNAPSHOT_YEARS });
  expect(derived.validation.ok).toBe(true);
  writeFileSync(figuresCsv, areaFiguresCsv(derived.figures));
  await lists('2018-2024', listsDir('long'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('run --years Y is the Y slice of run --years 2018-2024 (synthetic Denmark 2014–2024)', () => {
  it('the long run puts areas on udsat, parallelsamfund and, from 2019, omdannelse / hard ghetto', () => {
    const counts = new Map<string, number>();
    for (const y of listsJsonOf(runDir('long')).years)
      for (const l of y.lists) counts.set(`${y.year} ${l.list}`, l.count);
    const sum = (years: readonly number[], list: string): number =>
      years.reduce((s, y) => s + (counts.get(`${y} ${list}`) ?? 0), 0);
    expect(sum(LIST_YEARS, 'udsat')).toBeGreaterThan(0);
    expect(sum([2021, 2022, 2023, 2024], 'parallelsamfund')).toBeGreaterThan(0);
    const persistent = sum([2019, 2020], 'hard_ghetto') + sum([2021, 2022, 2023, 2024], 'omdannelse');
    expect(persistent).toBeGreaterThan(0);
    // Every year of every file compared below has rows (no slice compares two empty sets).
    for (const file of CSV_FILES) {
      const t = readCsv(join(runDir('long'), file));
      for (const y of LIST_YEARS) expect(rowsOfYear(t, y).length, `${file} ${y}`).toBeGreaterThan(0);
    }
    // The long run's own context: the 2018 list's window and the year before it.
    const manifest = JSON.parse(readFileSync(join(runDir('long'), 'manifest.json'), 'utf8')) as {
      contextYears: number[];
      uncoveredYears: number[];
    };
    expect(manifest.contextYears).toEqual([2014, 2015, 2016, 2017]);
    expect(manifest.uncoveredYears).toEqual([]);
  });

  for (const year of LIST_YEARS) {
    it(`run --years ${year}: lists.csv, indicators.csv, changes.csv and lists.json equal the long run's ${year}`, async () => {
      const out = runDir(`y${year}`);
      await run(String(year), out);
      expectSliceOf(runDir('long'), out, year);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        years: number[];
        contextYears: number[];
        uncoveredYears: number[];
        extra: { coverage: Record<string, { year: number }[]> };
      };
      expect(manifest.years).toEqual([year]);
      expect(manifest.contextYears).toEqual(CONTEXT_YEARS[year]);
      expect(manifest.uncoveredYears).toEqual([]);
      expect(manifest.extra.coverage['residence']?.map((c) => c.year)).toEqual(SNAPSHOT_YEARS);
    });
  }
});

describe('lists --years Y is the Y slice of lists --years 2018-2024 (area figures of the same delivery)', () => {
  for (const year of LIST_YEARS) {
    it(`lists --years ${year}: the same ${year} rows as the long run`, async () => {
      const out = listsDir(`y${year}`);
      await lists(String(year), out);
      expectSliceOf(listsDir('long'), out, year);
    });
  }
});
