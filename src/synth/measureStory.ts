import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../analytics/db.ts';
import { query } from '../analytics/sql.ts';
import { dstCountries } from '../reference/countries.ts';
import { deliveryViewQueries } from './realismIndicatorQueries.ts';

/**
 * How far a synthetic delivery tells the story of the seed report's chapter 2 (issue 9, 3b), measured on the
 * lists the register pipeline computed from it (`boligmonitor run --out OUT`, its `lists.csv`):
 * table 2.1's shares, the list counts, the udsatte areas under the 50 % gate, and fig 2.3's decomposition.
 * Rough, own SQL over the delivery files (domain.md §4 defaults), like `measureRealism`; the report is the
 * authoritative implementation.
 */
export interface StoryReport {
  readonly delivery: string;
  readonly lists: string;
  /** Table 2.1 per list year: non-western and MENAPT shares of all residents on 1 January, pooled. */
  readonly shares: readonly StoryShareRow[];
  /** Areas per list and year, with the udsatte areas whose non-western share is under 50 %. */
  readonly counts: readonly StoryCountRow[];
  /** Fig 2.3 per list year and category, K1 (full-time persons outside) and K4 (mean income). */
  readonly decomposition: readonly StoryDecompositionRow[];
}

export interface StoryShareRow {
  readonly year: number;
  readonly category: 'forebyggelse' | 'udsat' | 'parallelsamfund' | 'country';
  readonly areas: number;
  readonly residents: number;
  readonly nonwesternPct: number;
  readonly menaptPct: number;
}

export interface StoryCountRow {
  readonly year: number;
  readonly udsat: number;
  readonly parallelsamfund: number;
  readonly omdannelse: number;
  readonly forebyggelse: number;
  readonly ghetto: number;
  readonly hardGhetto: number;
  /** Udsatte areas with at most 50 % non-western residents (so not parallelsamfund for that reason). */
  readonly udsatUnder50: number;
}

export interface StoryDecompositionRow {
  readonly year: number;
  readonly category: 'udsat' | 'forebyggelse';
  readonly measure: 'K1' | 'K4';
  /** The change from 1 January Y − 1 to Y: full-time persons (K1) or DKK of the mean (K4). */
  readonly change: number;
  /** Each part as a percentage of the change; they sum to 100. */
  readonly stayerPct: number;
  readonly inPct: number;
  readonly outPct: number;
  /** In- and out-movers together, as the seed counts "tilflytterne" (the movers' net contribution). */
  readonly moversPct: number;
}

/** The seed report's values (Redegørelse om parallelsamfund 2025) that the story is measured against. */
export const STORY_TARGETS = {
  shares: {
    forebyggelse: [49, 35],
    udsat: [64, 51],
    parallelsamfund: [72, 60],
    country: [10, 5],
  },
  /** Udsatte / parallelsamfund in 2021–2024 (reference/official-lists/list_counts.csv). */
  counts: {
    2021: [20, 12],
    2022: [17, 10],
    2023: [19, 12],
    2024: [12, 8],
  },
  /** Fig 2.3, 2023 → 2024: the movers' share of K1's fall, the stayers' share of the income rise (udsat / forebyggelse). */
  decomposition: { k1Movers: [91, 73], k4Stayers: [92, 91] },
} as const;

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

export async function measureStory(
  deliveryDir: string,
  listsCsv: string,
  opts: { memoryLimit?: string } = {},
): Promise<StoryReport> {
  const format = existsSync(join(deliveryDir, 'persons.parquet')) ? 'parquet' : 'csv';
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: opts.memoryLimit ?? '8GB' });
  try {
    return await measureWith(db, deliveryDir, listsCsv, format);
  } finally {
    db.close();
  }
}

async function measureWith(
  db: Db,
  dir: string,
  listsCsv: string,
  format: 'parquet' | 'csv',
): Promise<StoryReport> {
  const tables = ['persons', 'residence', 'dwellings', 'area_parcels', 'labour', 'income'];
  for (const q of deliveryViewQueries(dir, format, tables)) await db.run(q);
  const countries = dstCountries();
  await db.run(
    query(`CREATE TABLE ref_countries AS SELECT unnest($code) AS code, unnest($grp) AS grp`, {
      code: countries.map((c) => c.code),
      grp: countries.map((c) => c.group),
    }),
  );
  await db.run(
    query(`
      CREATE TABLE lists AS SELECT CAST(year AS INTEGER) AS year, CAST(area_id AS VARCHAR) AS area_id, CAST(list AS VARCHAR) AS list
      FROM read_csv(${sqlString(listsCsv)}, header = true, all_varchar = true)`),
  );
  await db.run(
    query(`
      CREATE TABLE sp AS
      SELECT CAST(p.person_id AS VARCHAR) AS person_id, CAST(p.birth_date AS DATE) AS birth_date,
        CAST(p.ie_type AS INTEGER) IN (2, 3) AND coalesce(c.grp, 'other_nonwestern') <> 'western' AS nw,
        CAST(p.ie_type AS INTEGER) IN (2, 3) AND c.grp = 'menapt' AS menapt
      FROM src_persons p LEFT JOIN ref_countries c ON c.code = CAST(p.origin_country AS VARCHAR)`),
  );
  // Residents of an area at a snapshot: dwellings on its parcels valid that year; non-public dwellings only
  // when built from 2010 (domain.md §4 defaults; every synthetic non-public area dwelling is a family dwelling).
  await db.run(
    query(`
      CREATE TABLE sr AS
      SELECT CAST(r.year AS INTEGER) AS year, CAST(r.person_id AS VARCHAR) AS person_id, ap.area_id,
        CAST(r.year AS INTEGER) - year(p.birth_date) - CASE WHEN month(p.birth_date) = 1 AND day(p.birth_date) = 1 THEN 0 ELSE 1 END AS age,
        p.nw, p.menapt
      FROM src_residence r JOIN sp p ON p.person_id = CAST(r.person_id AS VARCHAR)
      LEFT JOIN (
        SELECT CAST(d.dwelling_id AS VARCHAR) AS dwelling_id, CAST(a.area_id AS VARCHAR) AS area_id,
          CAST(a.valid_from AS INTEGER) AS valid_from, coalesce(CAST(a.valid_to AS INTEGER), 9999) AS valid_to
        FROM src_dwellings d JOIN src_area_parcels a ON CAST(a.parcel_id AS VARCHAR) = CAST(d.parcel_id AS VARCHAR)
        WHERE NOT (d.ownership = 'other' AND CAST(d.built_year AS INTEGER) < 2010)
      ) ap ON ap.dwelling_id = CAST(r.dwelling_id AS VARCHAR) AND CAST(r.year AS INTEGER) BETWEEN ap.valid_from AND ap.valid_to`),
  );
  const shares = await db.all<StoryShareRow>(
    query(`
      WITH cat AS (
        SELECT year, area_id, CASE list WHEN 'udsat' THEN 'udsat' ELSE list END AS category FROM lists
        WHERE list IN ('forebyggelse', 'udsat', 'parallelsamfund')
      ), pooled AS (
        SELECT c.year, c.category, count(DISTINCT c.area_id) AS areas, count(*) AS residents,
          100 * avg(sr.nw::INTEGER) AS nonwesternPct, 100 * avg(sr.menapt::INTEGER) AS menaptPct
        FROM cat c JOIN sr ON sr.area_id = c.area_id AND sr.year = c.year GROUP BY ALL
      ), country AS (
        SELECT year, 'country' AS category, 0 AS areas, count(*) AS residents,
          100 * avg(nw::INTEGER) AS nonwesternPct, 100 * avg(menapt::INTEGER) AS menaptPct
        FROM sr WHERE year IN (SELECT year FROM lists) GROUP BY ALL
      )
      SELECT year, category, areas::INTEGER AS areas, residents::INTEGER AS residents, nonwesternPct, menaptPct
      FROM (SELECT * FROM pooled UNION ALL SELECT * FROM country)
      ORDER BY year, CASE category WHEN 'forebyggelse' THEN 0 WHEN 'udsat' THEN 1 WHEN 'parallelsamfund' THEN 2 ELSE 3 END`),
  );
  const counts = await db.all<StoryCountRow>(
    query(`
      WITH nw AS (SELECT year, area_id, avg(nw::INTEGER) AS nw FROM sr WHERE area_id IS NOT NULL GROUP BY ALL),
      y AS (SELECT DISTINCT year FROM lists)
      SELECT y.year,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'udsat')::INTEGER AS udsat,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'parallelsamfund')::INTEGER AS parallelsamfund,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'omdannelse')::INTEGER AS omdannelse,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'forebyggelse')::INTEGER AS forebyggelse,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'ghetto')::INTEGER AS ghetto,
        (SELECT count(*) FROM lists l WHERE l.year = y.year AND l.list = 'hard_ghetto')::INTEGER AS hardGhetto,
        (SELECT count(*) FROM lists l JOIN nw ON nw.year = l.year AND nw.area_id = l.area_id
          WHERE l.year = y.year AND l.list = 'udsat' AND nw.nw <= 0.5)::INTEGER AS udsatUnder50
      FROM y ORDER BY y.year`),
  );
  const decomposition = await db.all<StoryDecompositionRow>(
    query(`
      WITH cat AS (SELECT year AS list_year, area_id, list AS category FROM lists WHERE list IN ('udsat', 'forebyggelse')),
      pop AS (
        SELECT c.list_year, c.category, sr.year, sr.person_id, sr.area_id, sr.age
        FROM cat c JOIN sr ON sr.area_id = c.area_id AND sr.year IN (c.list_year - 1, c.list_year)
      ), grouped AS (
        SELECT f.*, CASE WHEN o.person_id IS NOT NULL THEN 'stayer' WHEN f.year = f.list_year THEN 'in' ELSE 'out' END AS grp
        FROM pop f LEFT JOIN pop o ON o.list_year = f.list_year AND o.category = f.category AND o.person_id = f.person_id
          AND o.area_id = f.area_id AND o.year = 2 * f.list_year - 1 - f.year
      ), contrib AS (
        SELECT g.list_year, g.category, g.year, g.grp,
          sum(CASE WHEN g.age BETWEEN 18 AND 64 THEN coalesce(CAST(l.outside_fte AS DOUBLE), 0) END) AS k1,
          sum(CASE WHEN g.age BETWEEN 15 AND 64 AND CAST(i.fully_taxable AS BOOLEAN) AND NOT CAST(i.student AS BOOLEAN)
            THEN CAST(i.gross_income AS DOUBLE) END) AS k4,
          count(CASE WHEN g.age BETWEEN 15 AND 64 AND CAST(i.fully_taxable AS BOOLEAN) AND NOT CAST(i.student AS BOOLEAN) THEN 1 END) AS k4n
        FROM grouped g
        LEFT JOIN src_labour l ON CAST(l.person_id AS VARCHAR) = g.person_id AND CAST(l.year AS INTEGER) = g.year - 1
        LEFT JOIN src_income i ON CAST(i.person_id AS VARCHAR) = g.person_id AND CAST(i.year AS INTEGER) = g.year - 2
        GROUP BY ALL
      ), w AS (
        SELECT list_year, category,
          coalesce(sum(k1) FILTER (WHERE grp = 'stayer' AND year = list_year), 0) AS k1_sy,
          coalesce(sum(k1) FILTER (WHERE grp = 'stayer' AND year < list_year), 0) AS k1_sp,
          coalesce(sum(k1) FILTER (WHERE grp = 'in'), 0) AS k1_i,
          coalesce(sum(k1) FILTER (WHERE grp = 'out'), 0) AS k1_o,
          coalesce(sum(k4) FILTER (WHERE grp = 'stayer' AND year = list_year), 0) AS k4_sy,
          coalesce(sum(k4) FILTER (WHERE grp = 'stayer' AND year < list_year), 0) AS k4_sp,
          coalesce(sum(k4) FILTER (WHERE grp = 'in'), 0) AS k4_i,
          coalesce(sum(k4) FILTER (WHERE grp = 'out'), 0) AS k4_o,
          coalesce(sum(k4n) FILTER (WHERE year = list_year), 0) AS n_y,
          coalesce(sum(k4n) FILTER (WHERE year < list_year), 0) AS n_p
        FROM contrib GROUP BY ALL
      ), parts AS (
        SELECT list_year, category, 'K1' AS measure, k1_sy - k1_sp AS s, k1_i AS i, -k1_o AS o FROM w
        UNION ALL
        SELECT list_year, category, 'K4', k4_sy / nullif(n_y, 0) - k4_sp / nullif(n_p, 0), k4_i / nullif(n_y, 0), -k4_o / nullif(n_p, 0) FROM w
      )
      SELECT list_year AS year, category, measure, s + i + o AS change,
        100 * s / nullif(s + i + o, 0) AS stayerPct, 100 * i / nullif(s + i + o, 0) AS inPct,
        100 * o / nullif(s + i + o, 0) AS outPct, 100 * (i + o) / nullif(s + i + o, 0) AS moversPct
      FROM parts ORDER BY year, category DESC, measure`),
  );
  return {
    delivery: dir,
    lists: listsCsv,
    shares: shares.map((r) => ({ ...r, year: Number(r.year) })),
    counts,
    decomposition,
  };
}

const f1 = (v: number | null): string => (v === null || !Number.isFinite(v) ? '–' : v.toFixed(1));

/** The report as plain text: one table per part, each measured value beside its target. */
export function formatStory(r: StoryReport): string {
  const out: string[] = [`delivery ${r.delivery}, lists ${r.lists}`, ''];
  out.push('Table 2.1 (non-western / MENAPT, pct. of residents 1 Jan Y; seed 2024 in brackets)');
  for (const s of r.shares) {
    const t = STORY_TARGETS.shares[s.category];
    out.push(
      `  ${s.year} ${s.category.padEnd(15)} areas ${String(s.areas).padStart(3)}  residents ${String(s.residents).padStart(8)}  ` +
        `${f1(s.nonwesternPct)} / ${f1(s.menaptPct)}  [${t[0]} / ${t[1]}]`,
    );
  }
  out.push(
    '',
    'List counts (udsat / parallelsamfund / omdannelse / forebyggelse; ghetto / hård; udsat ≤ 50 % nw)',
  );
  for (const c of r.counts) {
    const t = (STORY_TARGETS.counts as Record<number, readonly number[]>)[c.year];
    out.push(
      `  ${c.year}  ${c.udsat} / ${c.parallelsamfund} / ${c.omdannelse} / ${c.forebyggelse};  ${c.ghetto} / ${c.hardGhetto};  ` +
        `${c.udsatUnder50}${t === undefined ? '' : `  [official ${t[0]} / ${t[1]}]`}`,
    );
  }
  out.push(
    '',
    'Fig 2.3 (parts as pct. of the change; movers = in + out; seed 2024: K1 movers 91 / 73, K4 stayers 92 / 91)',
  );
  for (const d of r.decomposition) {
    out.push(
      `  ${d.year} ${d.category.padEnd(12)} ${d.measure}  change ${f1(d.change).padStart(9)}  stayers ${f1(d.stayerPct)}  ` +
        `in ${f1(d.inPct)}  out ${f1(d.outPct)}  movers ${f1(d.moversPct)}`,
    );
  }
  return out.join('\n');
}
