import { rationalFromNumber, type Rational } from '../core/exact/rational.ts';
import { NO_HISTORY } from '../core/model/history.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../analytics/db.ts';
import { DELIVERY_TABLES } from '../analytics/delivery/deliverySchema.ts';
import { query } from '../analytics/sql.ts';
import { DEFAULT_ASSUMPTIONS } from '../core/assumptions.ts';
import type { AreaFigures } from '../core/model/areaFigures.ts';
import { areaId, municipalityCode } from '../core/model/ids.ts';
import type { ListId } from '../core/model/lists.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import { listRunFromFigures } from '../core/run/listRunFromFigures.ts';
import { dstCountries } from '../reference/countries.ts';
import { municipalities } from '../reference/municipalities.ts';
import { nationalPopulation } from './demographyParameters.ts';
import { deliveryViewQueries, realismIndicatorQueries } from './realismIndicatorQueries.ts';

/** One realism target measured on a delivery, next to its band. */
export interface RealismMeasure {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
  readonly ok: boolean;
  /** Where the target comes from. */
  readonly source: string;
}

export interface ListCountRow {
  readonly year: number;
  readonly counts: Readonly<Partial<Record<ListId, number>>>;
}

export interface RealismReport {
  readonly dir: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** Residents in the first year ÷ Denmark's residents that year. */
  readonly impliedScale: number;
  readonly areas: number;
  readonly measures: readonly RealismMeasure[];
  /** Lists under the official rule set of each year, classified with the rules engine from rough indicators. */
  readonly listCounts: readonly ListCountRow[];
  /** Area figures used for the list counts (one per area and list year). */
  readonly figures: readonly AreaFigures[];
}

const SEED = 'seed report (Redegørelse om parallelsamfund 2025)';
const DST = 'Statistics Denmark (approximate, rounded)';
const ISSUE = 'issue 4 (list counts near the official ones, reference/official-lists/list_counts.csv)';

/**
 * Measures the realism targets of docs/synthetic-denmark.md on a generated delivery with DuckDB SQL: national
 * composition and rates, moves, trends, area sizes, dwellings, the seed's table 2.1 and list counts per year.
 * Bands that count areas are scaled by the number of areas (200 at full scale).
 */
export async function measureRealism(
  dir: string,
  opts: { memoryLimit?: string } = {},
): Promise<RealismReport> {
  const format = existsSync(join(dir, 'persons.parquet')) ? 'parquet' : 'csv';
  for (const t of DELIVERY_TABLES)
    if (!existsSync(join(dir, `${t}.${format}`)))
      throw new Error(`synth --report: missing ${t}.${format} in ${dir}`);
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: opts.memoryLimit ?? '12GB' });
  try {
    return await measureWith(db, dir, format);
  } finally {
    db.close();
  }
}

async function measureWith(db: Db, dir: string, format: 'parquet' | 'csv'): Promise<RealismReport> {
  for (const q of deliveryViewQueries(dir, format, DELIVERY_TABLES)) await db.run(q);
  const countries = dstCountries();
  await db.run(
    query(`CREATE TABLE ref_countries AS SELECT unnest($code) AS code, unnest($grp) AS grp`, {
      code: countries.map((c) => c.code),
      grp: countries.map((c) => c.group),
    }),
  );
  const munis = municipalities();
  await db.run(
    query(`CREATE TABLE ref_muni AS SELECT unnest($code) AS code, unnest($region) AS region_code`, {
      code: munis.map((m) => m.code),
      region: munis.map((m) => m.regionCode),
    }),
  );
  const [span] = await db.all<{ lo: number; hi: number }>(
    query(`SELECT min(CAST(year AS INTEGER)) AS lo, max(CAST(year AS INTEGER)) AS hi FROM src_residence`),
  );
  if (span === undefined || span.lo === null) throw new Error(`synth --report: no residence rows in ${dir}`);
  const fromYear = span.lo;
  const toYear = span.hi;
  for (const q of realismIndicatorQueries(fromYear, toYear)) await db.run(q);

  const one = async (sql: string): Promise<number> => {
    const rows = await db.all<{ v: number | null }>(query(sql));
    return Number(rows[0]?.v ?? NaN);
  };
  const residentsFirst = await one(`SELECT count(*) AS v FROM rp WHERE year = ${fromYear}`);
  const residentsLast = await one(`SELECT count(*) AS v FROM rp WHERE year = ${toYear}`);
  const impliedScale = residentsFirst / nationalPopulation(fromYear);
  const areaCount = await one(`SELECT count(*) AS v FROM src_areas`);
  const areaFactor = Math.min(1, areaCount / 200);

  const figuresRows = await db.all<Record<string, number | string | null>>(
    query(`SELECT * FROM ind ORDER BY year, area_id`),
  );
  // Realism measures are approximate by nature: the floats of the realism queries are taken as they print.
  const num = (v: unknown): Rational | null =>
    typeof v === 'number' && Number.isFinite(v) ? rationalFromNumber(v) : null;
  const figures: AreaFigures[] = figuresRows.map((r) => {
    const year = Number(r.year);
    const k3 = year >= 2018 ? r.k3_basic_danish_pct : r.k3_basic_any_pct;
    return {
      year,
      areaId: areaId(String(r.area_id)),
      name: String(r.name),
      municipalityCode: municipalityCode(String(r.municipality_code)),
      residents: Number(r.residents),
      nonwesternPct: num(r.nonwestern_pct),
      k1OutsidePct: num(r.k1_outside_pct),
      k2ConvictedPct: num(r.k2_convicted_pct),
      k2NationalPct: num(r.k2_national_pct),
      k3BasicPct: num(k3),
      k4IncomePct: num(r.k4_income_pct),
    };
  });
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
  const run = listRunFromFigures({
    figures,
    history: NO_HISTORY,
    years,
    ruleSetForYear: defaultRuleSetForYear,
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  const listCounts: ListCountRow[] = years.map((year) => {
    const counts: Partial<Record<ListId, number>> = {};
    for (const d of run.designations) if (d.year === year) counts[d.list] = (counts[d.list] ?? 0) + 1;
    return { year, counts };
  });

  // Table 2.1: pooled non-western and MENAPT shares of the areas on each list in the last year.
  const lastYear = toYear;
  const members = (list: ListId): string[] =>
    run.designations.filter((d) => d.year === lastYear && d.list === list).map((d) => d.areaId);
  const pooled = async (ids: string[], column: 'nw' | 'menapt'): Promise<number> => {
    if (ids.length === 0) return NaN;
    const rows = await db.all<{ v: number }>(
      query(
        `SELECT 100 * avg(${column}::INTEGER) AS v FROM ra WHERE list_year = $y AND s = $y AND list_contains($ids, area_id)`,
        {
          y: lastYear,
          ids,
        },
      ),
    );
    return Number(rows[0]?.v ?? NaN);
  };

  const measures: RealismMeasure[] = [];
  const add = (id: string, label: string, value: number, lo: number, hi: number, source: string): void => {
    measures.push({
      id,
      label,
      value,
      lo,
      hi,
      ok: Number.isFinite(value) && value >= lo && value <= hi,
      source,
    });
  };
  add(
    'growth',
    `Befolkningstilvækst ${fromYear}–${toYear} (pct.)`,
    100 * (residentsLast / residentsFirst - 1),
    100 * (nationalPopulation(toYear) / nationalPopulation(fromYear) - 1) - 3,
    100 * (nationalPopulation(toYear) / nationalPopulation(fromYear) - 1) + 3,
    DST,
  );
  add(
    'nonwestern',
    `Ikke-vestlige indvandrere og efterkommere, hele landet ${lastYear} (pct.)`,
    await one(`SELECT 100 * avg(nw::INTEGER) AS v FROM rp WHERE year = ${lastYear}`),
    8.5,
    11.5,
    `${SEED}, tabel 2.1`,
  );
  add(
    'menapt',
    `Heraf MENAPT, hele landet ${lastYear} (pct.)`,
    await one(`SELECT 100 * avg(menapt::INTEGER) AS v FROM rp WHERE year = ${lastYear}`),
    4,
    6.5,
    `${SEED}, tabel 2.1`,
  );
  add(
    'convictionRate',
    'Dømte (straffelov, våbenlov, euf. stoffer) pr. år, andel af 18+ (pct., gennemsnit)',
    await one(`SELECT 100 * avg(CASE WHEN c.person_id IS NULL THEN 0 ELSE 1 END) AS v FROM rp LEFT JOIN conv c
               ON c.person_id = rp.person_id AND c.year = rp.year - 1 WHERE rp.age >= 18 AND rp.year > ${fromYear}`),
    0.5,
    0.9,
    'issue 4 (≈ 0.7 %)',
  );
  add(
    'movers',
    'Flyttere pr. år (andel af personer bosat begge år, pct.)',
    await one(`SELECT 100 * avg(CASE WHEN a.dwelling_id IS DISTINCT FROM b.dwelling_id THEN 1 ELSE 0 END) AS v
               FROM rp a JOIN rp b ON b.person_id = a.person_id AND b.year = a.year + 1`),
    8,
    14,
    'issue 4 (≈ 1 in 10 a year)',
  );
  const k1 = async (y: number): Promise<number> =>
    one(`SELECT 100 * sum(coalesce(l.fte, 0)) / count(*) AS v FROM rp LEFT JOIN lab l ON l.person_id = rp.person_id AND l.year = rp.year - 1
         WHERE rp.year = ${y} AND rp.age BETWEEN 18 AND 64`);
  const k1First = await k1(fromYear + 1);
  const k1Last = await k1(toYear);
  add(
    'k1National',
    `Uden tilknytning 18–64, hele landet ${toYear - 1} (pct.)`,
    k1Last,
    6,
    13,
    `${SEED}, figur 2.1.a (level read approximately)`,
  );
  add(
    'k1Trend',
    `Ændring i K1, hele landet ${fromYear}–${toYear - 1} (pct.-point)`,
    k1Last - k1First,
    -8,
    -0.5,
    `${SEED}, figur 2.2 (falling)`,
  );
  const k3 = async (y: number): Promise<number> =>
    one(`SELECT 100 * avg(CASE WHEN e.level_danish IS NULL OR e.level_danish IN ('basic', 'unknown') THEN 1 ELSE 0 END) AS v
         FROM rp LEFT JOIN edu e ON e.person_id = rp.person_id AND e.year = rp.year - 1 WHERE rp.year = ${y} AND rp.age BETWEEN 30 AND 59`);
  const k3First = await k3(fromYear + 1);
  const k3Last = await k3(toYear);
  add(
    'k3National',
    `Kun grundskole 30–59, hele landet ${toYear} (pct.)`,
    k3Last,
    12,
    25,
    `${SEED}, figur 2.1.c (level read approximately)`,
  );
  add(
    'k3Trend',
    `Ændring i K3, hele landet ${fromYear + 1}–${toYear} (pct.-point)`,
    k3Last - k3First,
    -12,
    -1,
    `${SEED}, figur 2.1.c (falling)`,
  );
  const income = async (y: number): Promise<number> =>
    one(`SELECT avg(i.gross_income) AS v FROM rp JOIN inc i ON i.person_id = rp.person_id AND i.year = rp.year - 1
         WHERE rp.year = ${y} AND rp.age BETWEEN 15 AND 64`);
  const incFirst = await income(fromYear + 1);
  const incLast = await income(toYear);
  add(
    'incomeLevel',
    `Gns. bruttoindkomst 15–64 ekskl. studerende, ${toYear - 1} (1.000 kr.)`,
    incLast / 1000,
    330,
    480,
    DST,
  );
  add(
    'incomeTrend',
    `Indkomstvækst ${fromYear}–${toYear - 1} (pct.)`,
    100 * (incLast / incFirst - 1),
    100 * (1.026 ** (toYear - fromYear - 1) - 1) - 10,
    100 * (1.026 ** (toYear - fromYear - 1) - 1) + 10,
    `${SEED}, figur 2.1.d (rising)`,
  );
  add(
    'areas',
    'Almene boligområder i leverancen',
    areaCount,
    Math.max(1, Math.round(180 * areaFactor)),
    200,
    'bekendtgørelse 2023: 198 områder',
  );
  add(
    'areaPeak',
    'Andel af områder med 1.000–8.000 beboere på toppen (pct.)',
    await one(`SELECT 100 * avg(CASE WHEN peak BETWEEN 1000 AND 8000 THEN 1 ELSE 0 END) AS v FROM
               (SELECT area_id, max(residents) AS peak FROM ind GROUP BY area_id)`),
    85,
    100,
    'issue 4',
  );
  add(
    'areasShrunk',
    'Områder, der falder under 1.000 beboere efter at have været over',
    await one(`SELECT count(*) AS v FROM (SELECT area_id FROM ind GROUP BY area_id
               HAVING max(residents) >= 1000 AND arg_max(residents, year) < 1000)`),
    areaCount >= 50 ? 3 : 0,
    1000,
    'issue 4',
  );
  const sizes = await db.all<{ code: string }>(
    query(
      `SELECT municipality_code AS code FROM rp WHERE year = ${lastYear} GROUP BY ALL ORDER BY count(*) DESC LIMIT 4`,
    ),
  );
  add(
    'largestMunicipalities',
    'De fire største kommuner er København, Aarhus, Aalborg, Odense (1 = ja)',
    sizes.map((s) => s.code).join(',') === '101,751,851,461' ? 1 : 0,
    1,
    1,
    DST,
  );
  add(
    'almenShare',
    'Almene boliger, andel af alle boliger (pct.)',
    await one(`SELECT 100 * avg(CASE WHEN ownership = 'almen' THEN 1 ELSE 0 END) AS v FROM src_dwellings`),
    17,
    25,
    'BBR (≈ 20 %)',
  );
  add(
    'privateOldOnAreas',
    'Ikke-almene boliger på områdematrikler opført før 2010',
    await one(
      `SELECT count(*) AS v FROM src_dwellings d JOIN src_area_parcels ap USING (parcel_id) WHERE d.ownership = 'other' AND d.built_year < 2010`,
    ),
    1,
    1e9,
    'domain.md §4',
  );
  add(
    'privateNewOnAreas',
    'Ikke-almene boliger på områdematrikler opført efter 2010',
    await one(
      `SELECT count(*) AS v FROM src_dwellings d JOIN src_area_parcels ap USING (parcel_id) WHERE d.ownership = 'other' AND d.built_year > 2010`,
    ),
    1,
    1e9,
    'domain.md §4',
  );
  add(
    'foreignEducation',
    'Indvandrere 30–59 med udenlandsk uddannelse, der ikke tæller i Danmark (pct.)',
    await one(`SELECT 100 * avg(CASE WHEN e.level IS DISTINCT FROM e.level_danish THEN 1 ELSE 0 END) AS v
               FROM rp JOIN persons p USING (person_id) JOIN edu e ON e.person_id = rp.person_id AND e.year = rp.year - 1
               WHERE rp.year = ${lastYear} AND p.ie_type = 2 AND rp.age BETWEEN 30 AND 59`),
    15,
    60,
    'domain.md §4 (K3 from 2018)',
  );
  const t21: [ListId, string, number, number, number, number][] = [
    ['forebyggelse', 'Forebyggelsesområder', 38, 60, 25, 45],
    ['udsat', 'Udsatte områder', 52, 76, 38, 62],
    ['parallelsamfund', 'Parallelsamfund', 60, 85, 45, 72],
  ];
  for (const [list, label, nlo, nhi, mlo, mhi] of t21) {
    const ids = members(list);
    add(
      `t21.${list}.nw`,
      `${label} ${lastYear}: ikke-vestlige (pct.)`,
      await pooled(ids, 'nw'),
      nlo,
      nhi,
      `${SEED}, tabel 2.1`,
    );
    add(
      `t21.${list}.menapt`,
      `${label} ${lastYear}: MENAPT (pct.)`,
      await pooled(ids, 'menapt'),
      mlo,
      mhi,
      `${SEED}, tabel 2.1`,
    );
  }
  const band = (lo: number, hi: number): [number, number] => [
    Math.floor(lo * areaFactor),
    Math.ceil(hi * areaFactor),
  ];
  for (const row of listCounts) {
    if (row.year < 2018) continue;
    const check = (list: ListId, lo: number, hi: number): void => {
      const [l, h] = band(lo, hi);
      add(`lists.${row.year}.${list}`, `${row.year}: ${list}`, row.counts[list] ?? 0, l, h, ISSUE);
    };
    check('udsat', 10, 45);
    check(row.year >= 2021 ? 'parallelsamfund' : 'ghetto', 6, 30);
    check(row.year >= 2021 ? 'omdannelse' : 'hard_ghetto', 5, 200);
    if (row.year >= 2021) check('forebyggelse', 40, 80);
  }
  return { dir, fromYear, toYear, impliedScale, areas: areaCount, measures, listCounts, figures };
}

const fmt = (v: number): string =>
  Number.isFinite(v) ? v.toLocaleString('da-DK', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 }) : '–';

/** The report as Danish text lines: each measure next to its band, then the list counts per year. */
export function realismReportLines(r: RealismReport): string[] {
  const lines = [
    `Syntetisk Danmark: ${r.dir} (${r.fromYear}–${r.toYear}, skala ≈ ${fmt(r.impliedScale)}, ${r.areas} områder)`,
    '',
    ...r.measures.map(
      (m) =>
        `${m.ok ? 'OK  ' : 'UDE '} ${m.label}: ${fmt(m.value)} (mål ${fmt(m.lo)}–${fmt(m.hi)}; kilde: ${m.source})`,
    ),
    '',
    'Lister pr. år (officielle regelsæt): udsat / ghetto|parallelsamfund / hårdt ghetto|omdannelse / forebyggelse',
    ...r.listCounts.map((row) => {
      const c = row.counts;
      const ghetto = (c.ghetto ?? 0) + (c.parallelsamfund ?? 0);
      const hard = (c.hard_ghetto ?? 0) + (c.omdannelse ?? 0);
      return `  ${row.year}: ${c.udsat ?? 0} / ${ghetto} / ${hard} / ${c.forebyggelse ?? 0}`;
    }),
  ];
  return lines;
}
