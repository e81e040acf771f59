import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/analytics/db.ts';
import { query } from '../../src/analytics/sql.ts';
import { generateDelivery } from '../../src/synth/generateDelivery.ts';

// Report chapter 3 (domain.md §10) on two synthetic Denmarks of the same seed: without and with a planted
// treatment effect of 5 percentage points. Moves labelled 2020–2024 (residence 2019–2024).
const root = mkdtempSync(join(tmpdir(), 'synth-moves-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const base = { scale: 0.05, fromYear: 2019, toYear: 2024, seed: 1, format: 'parquet' as const };

interface Marker {
  readonly didEffect: number;
  readonly treatedMunicipalities: readonly string[];
  readonly forebyggelseAreas2021: readonly string[];
}

interface Moves {
  readonly marker: Marker;
  /** Per move label: in-movers to the 2021 forebyggelse areas, all and socially vulnerable. */
  readonly inMovers: readonly { year: number; n: number; vulnerable: number }[];
  /** Unweighted mean over municipalities of 100 × vulnerable out-movers / out-movers, per label and group. */
  readonly means: readonly { year: number; treated: boolean; mean: number }[];
  /** Destinations of all out-movers, largest first. */
  readonly destinations: readonly { municipality: string; n: number }[];
}

/** Plain SQL over the delivery's files: moves between consecutive 1 January snapshots, labelled with the later. */
async function measure(dir: string): Promise<Moves> {
  const marker = JSON.parse(readFileSync(join(dir, 'synthetic.json'), 'utf8')) as Marker;
  const f = (t: string): string => `read_parquet('${join(dir, `${t}.parquet`)}')`;
  const list = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]::VARCHAR[]`;
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: '2GB' });
  try {
    await db.run(
      query(`
      CREATE TABLE mv AS
      WITH d AS (
        SELECT d.dwelling_id, a.area_id FROM ${f('dwellings')} d JOIN ${f('area_parcels')} a USING (parcel_id)
        WHERE NOT (d.ownership = 'other' AND d.built_year < 2010)
      ), r AS (
        SELECT r.year, r.person_id, r.municipality_code AS muni, d.area_id
        FROM ${f('residence')} r LEFT JOIN d USING (dwelling_id)
      )
      SELECT b.year AS label, a.muni AS from_muni, b.muni AS to_muni, a.area_id AS from_area, b.area_id AS to_area,
        (a.year - year(p.birth_date) - 1) BETWEEN 18 AND 64 AND coalesce(l.outside_fte, 0) >= 0.5 AS vulnerable,
        list_contains(${list(marker.treatedMunicipalities)}, a.muni) AS treated
      FROM r a JOIN r b ON b.person_id = a.person_id AND b.year = a.year + 1
      JOIN ${f('persons')} p ON p.person_id = a.person_id
      LEFT JOIN ${f('labour')} l ON l.person_id = a.person_id AND l.year = a.year - 1`),
    );
    const inMovers = await db.all<{ year: number; n: number; vulnerable: number }>(
      query(`
        SELECT label AS year, count(*)::INTEGER AS n, count(*) FILTER (WHERE vulnerable)::INTEGER AS vulnerable FROM mv
        WHERE list_contains(${list(marker.forebyggelseAreas2021)}, to_area) AND from_area IS DISTINCT FROM to_area
        GROUP BY label ORDER BY label`),
    );
    const means = await db.all<{ year: number; treated: boolean; mean: number }>(
      query(`
        SELECT label AS year, treated, avg(y) AS mean FROM (
          SELECT label, from_muni, treated, 100.0 * count(*) FILTER (WHERE vulnerable) / count(*) AS y
          FROM mv WHERE from_muni <> to_muni GROUP BY ALL)
        GROUP BY ALL ORDER BY year, treated`),
    );
    const destinations = await db.all<{ municipality: string; n: number }>(
      query(`
        SELECT to_muni AS municipality, count(*)::INTEGER AS n FROM mv WHERE from_muni <> to_muni
        GROUP BY to_muni ORDER BY n DESC, to_muni`),
    );
    return { marker, inMovers, means, destinations };
  } finally {
    db.close();
  }
}

/** (treated − control) averaged over the years from 2022, minus the same over the years before. */
function didOfMeans(m: Moves): number {
  const gap = (year: number): number =>
    (m.means.find((r) => r.year === year && r.treated)?.mean ?? NaN) -
    (m.means.find((r) => r.year === year && !r.treated)?.mean ?? NaN);
  const avg = (ys: number[]): number => ys.reduce((s, y) => s + gap(y), 0) / ys.length;
  return avg([2022, 2023, 2024]) - avg([2020, 2021]);
}

let without: Moves;
let withEffect: Moves;
beforeAll(async () => {
  await generateDelivery({ ...base, outDir: join(root, 'e0') });
  await generateDelivery({ ...base, didEffect: 5, outDir: join(root, 'e5') });
  without = await measure(join(root, 'e0'));
  withEffect = await measure(join(root, 'e5'));
}, 240_000);

describe('synthetic Denmark: moves and social export (report chapter 3)', () => {
  it('records the planted effect and the same treated municipalities in synthetic.json', () => {
    expect(without.marker.didEffect).toBe(0);
    expect(withEffect.marker.didEffect).toBe(5);
    expect(without.marker.treatedMunicipalities.length).toBeGreaterThanOrEqual(2);
    expect(withEffect.marker.treatedMunicipalities).toEqual(without.marker.treatedMunicipalities);
  });

  it('lets fewer socially vulnerable persons move into the forebyggelse areas after 2021 (fig 3.2)', () => {
    const mean = (years: number[]): number =>
      years.reduce((s, y) => s + (without.inMovers.find((r) => r.year === y)?.vulnerable ?? NaN), 0) /
      years.length;
    const before = mean([2020, 2021]);
    expect(before).toBeGreaterThan(30);
    expect(mean([2022, 2023, 2024])).toBeLessThan(0.8 * before);
  });

  it('shows the planted effect in the difference-in-differences of mean vulnerable shares (fig 3.5)', () => {
    const d0 = didOfMeans(without);
    const d5 = didOfMeans(withEffect);
    // Same seed: the moves are identical, only the planted effect differs; without it, no differential trend
    // beyond noise (two treated municipalities at this scale).
    expect(Math.abs(d0)).toBeLessThan(1.5);
    expect(d5 - d0).toBeGreaterThan(4.7);
    expect(d5 - d0).toBeLessThan(5.3);
  });

  it('sends out-movers mostly to the four big cities (fig 3.4)', () => {
    const top4 = without.destinations.slice(0, 4).map((d) => d.municipality);
    expect([...top4].sort()).toEqual(['101', '461', '751', '851']);
  });
});
