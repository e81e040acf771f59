import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../analytics/db.ts';
import { query } from '../analytics/sql.ts';
import { readSyntheticMarker, type SyntheticDelivery } from '../io/syntheticDeliveryMarker.ts';
import { municipalities } from '../reference/municipalities.ts';
import { BIG_CITIES, DID_POST_FROM } from './demographyParameters.ts';
import { deliveryViewQueries } from './realismIndicatorQueries.ts';
import { sqlInt } from './synthMacros.ts';

/**
 * Report chapter 3 (social export, domain.md §10) measured on a synthetic delivery with own DuckDB SQL over its
 * files: moves between consecutive 1 January snapshots (labelled with the later year), the socially vulnerable
 * (18–64 on 1 January t, `outside_fte` ≥ 0.5 in year t − 1), in-movers to the generator's forebyggelse areas of
 * 2021, out-movers from the generator's treated and control municipalities (synthetic.json), their
 * destinations, and a plain difference-in-differences of means. Rough and quick; the report's analyses are the
 * authoritative implementation.
 */
export interface MovesReport {
  readonly delivery: string;
  /** The planted effect recorded in synthetic.json (percentage points). */
  readonly didEffect: number;
  readonly treatedMunicipalities: readonly string[];
  readonly years: readonly MovesYear[];
  /** Out-movers (all years measured) whose destination lies in the region they left, per cent. */
  readonly withinRegionPct: number;
  /** The same for the vulnerable out-movers. */
  readonly withinRegionVulnerablePct: number;
  /** Destinations of all out-movers, all years measured: the top five with their shares (per cent). */
  readonly topDestinations: readonly MovesDestination[];
  /** Destinations of the vulnerable out-movers from treated municipalities, moves labelled with the last year. */
  readonly topDestinationsVulnerableTreated: readonly MovesDestination[];
  /**
   * Mean over post years (2022 on) of (treated − control) minus the mean over pre years, where each group's
   * value in a year is the unweighted mean over its municipalities of y_mt = 100 × vulnerable out-movers /
   * out-movers (cells without out-movers dropped); percentage points. NaN without treated municipalities.
   */
  readonly didOfMeans: number;
}

export interface MovesYear {
  /** Move label: residence on 1 January year − 1 and year. */
  readonly year: number;
  readonly inMoversForebyggelse: number;
  readonly inMoversForebyggelseVulnerable: number;
  readonly outMoversTreated: number;
  readonly outMoversTreatedVulnerable: number;
  readonly outMoversControl: number;
  readonly outMoversControlVulnerable: number;
  /** Unweighted means over municipalities of y_mt (per cent). */
  readonly meanShareTreated: number;
  readonly meanShareControl: number;
}

export interface MovesDestination {
  readonly municipality: string;
  readonly name: string;
  readonly pct: number;
}

/** First move label measured (the seed's chapter 3 starts with moves labelled 2017). */
export const MOVES_FIRST_LABEL = 2017;

export async function measureMoves(dir: string, opts: { memoryLimit?: string } = {}): Promise<MovesReport> {
  const format = existsSync(join(dir, 'persons.parquet')) ? 'parquet' : 'csv';
  // A delivery without synthetic.json has no treated municipalities of the generator's and no planted effect.
  const marker: SyntheticDelivery = readSyntheticMarker(dir) ?? {
    generator: 'boligmonitor synth',
    scale: NaN,
    seed: NaN,
    fromYear: NaN,
    toYear: NaN,
    didEffect: 0,
  };
  const db = await openDb({ path: ':memory:', threads: 2, memoryLimit: opts.memoryLimit ?? '12GB' });
  try {
    return await measureWith(db, dir, format, marker);
  } finally {
    db.close();
  }
}

async function measureWith(
  db: Db,
  dir: string,
  format: 'parquet' | 'csv',
  marker: SyntheticDelivery,
): Promise<MovesReport> {
  const treated = marker.treatedMunicipalities ?? [];
  const fbAreas = marker.forebyggelseAreas2021 ?? [];
  const tables = ['persons', 'residence', 'labour', 'dwellings', 'area_parcels', 'areas'];
  for (const q of deliveryViewQueries(dir, format, tables)) await db.run(q);
  const munis = municipalities();
  await db.run(
    query(
      `CREATE TABLE ref_muni AS SELECT unnest($code) AS code, unnest($region) AS region, unnest($name) AS name`,
      {
        code: munis.map((m) => m.code),
        region: munis.map((m) => m.regionCode),
        name: munis.map((m) => m.name),
      },
    ),
  );
  await db.run(
    query(`CREATE TABLE treated AS SELECT CAST(unnest($code) AS VARCHAR) AS code`, {
      code: treated.length === 0 ? ['-'] : [...treated],
    }),
  );
  await db.run(
    query(`CREATE TABLE fb_areas AS SELECT CAST(unnest($id) AS VARCHAR) AS area_id`, {
      id: fbAreas.length === 0 ? ['-'] : [...fbAreas],
    }),
  );
  const first = sqlInt(MOVES_FIRST_LABEL);
  await db.run(
    query(`
      CREATE TABLE mv AS
      WITH dw AS (
        SELECT CAST(d.dwelling_id AS VARCHAR) AS dwelling_id, CAST(ap.area_id AS VARCHAR) AS area_id,
          CAST(ap.valid_from AS INTEGER) AS valid_from
        FROM src_dwellings d JOIN src_area_parcels ap ON CAST(ap.parcel_id AS VARCHAR) = CAST(d.parcel_id AS VARCHAR)
        WHERE NOT (CAST(d.ownership AS VARCHAR) = 'other' AND CAST(d.built_year AS INTEGER) < 2010)
      ), r AS (
        SELECT CAST(r.year AS INTEGER) AS year, CAST(r.person_id AS VARCHAR) AS person_id,
          CAST(r.municipality_code AS VARCHAR) AS muni, dw.area_id
        FROM src_residence r LEFT JOIN dw ON dw.dwelling_id = CAST(r.dwelling_id AS VARCHAR) AND dw.valid_from <= CAST(r.year AS INTEGER)
        WHERE CAST(r.year AS INTEGER) >= ${first} - 1
      ), p AS (
        SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(birth_date AS DATE) AS birth_date FROM src_persons
      ), l AS (
        SELECT CAST(person_id AS VARCHAR) AS person_id, CAST(year AS INTEGER) AS year, CAST(outside_fte AS DOUBLE) AS fte
        FROM src_labour
      )
      SELECT b.year AS label, a.muni AS from_muni, b.muni AS to_muni, a.area_id AS from_area, b.area_id AS to_area,
        (a.year - year(p.birth_date) - CASE WHEN strftime(p.birth_date, '%m-%d') > '01-01' THEN 1 ELSE 0 END) BETWEEN 18 AND 64
          AND coalesce(l.fte, 0) >= 0.5 AS vulnerable
      FROM r a JOIN r b ON b.person_id = a.person_id AND b.year = a.year + 1
      JOIN p ON p.person_id = a.person_id
      LEFT JOIN l ON l.person_id = a.person_id AND l.year = a.year - 1
      WHERE a.muni <> b.muni OR b.area_id IS NOT NULL`),
  );
  const years = await db.all<MovesYear>(
    query(`
      WITH inm AS (
        SELECT label, count(*) AS n, count(*) FILTER (WHERE vulnerable) AS v FROM mv
        WHERE to_area IN (SELECT area_id FROM fb_areas) AND from_area IS DISTINCT FROM to_area GROUP BY label
      ), om AS (
        SELECT label, from_muni, from_muni IN (SELECT code FROM treated) AS t, count(*) AS n,
          count(*) FILTER (WHERE vulnerable) AS v
        FROM mv WHERE from_muni <> to_muni GROUP BY ALL
      ), g AS (
        SELECT label,
          sum(n) FILTER (WHERE t) AS nt, sum(v) FILTER (WHERE t) AS vt,
          sum(n) FILTER (WHERE NOT t) AS nc, sum(v) FILTER (WHERE NOT t) AS vc,
          avg(100.0 * v / n) FILTER (WHERE t) AS mt, avg(100.0 * v / n) FILTER (WHERE NOT t) AS mc
        FROM om GROUP BY label
      )
      SELECT g.label::INTEGER AS year, coalesce(inm.n, 0)::INTEGER AS inMoversForebyggelse,
        coalesce(inm.v, 0)::INTEGER AS inMoversForebyggelseVulnerable,
        coalesce(g.nt, 0)::INTEGER AS outMoversTreated, coalesce(g.vt, 0)::INTEGER AS outMoversTreatedVulnerable,
        coalesce(g.nc, 0)::INTEGER AS outMoversControl, coalesce(g.vc, 0)::INTEGER AS outMoversControlVulnerable,
        coalesce(g.mt, 'NaN'::DOUBLE) AS meanShareTreated, coalesce(g.mc, 'NaN'::DOUBLE) AS meanShareControl
      FROM g LEFT JOIN inm USING (label) WHERE g.label >= ${first} ORDER BY g.label`),
  );
  const [region] = await db.all<{ all: number; vulnerable: number }>(
    query(`
      SELECT 100.0 * avg(CASE WHEN f.region = t.region THEN 1 ELSE 0 END) AS all,
        100.0 * avg(CASE WHEN f.region = t.region THEN 1 ELSE 0 END) FILTER (WHERE vulnerable) AS vulnerable
      FROM mv JOIN ref_muni f ON f.code = mv.from_muni JOIN ref_muni t ON t.code = mv.to_muni
      WHERE from_muni <> to_muni`),
  );
  const destinations = (where: string): Promise<MovesDestination[]> =>
    db.all<MovesDestination>(
      query(`
        SELECT to_muni AS municipality, m.name, 100.0 * count(*) / sum(count(*)) OVER () AS pct
        FROM mv JOIN ref_muni m ON m.code = mv.to_muni
        WHERE from_muni <> to_muni AND ${where}
        GROUP BY to_muni, m.name ORDER BY pct DESC, to_muni LIMIT 5`),
    );
  const last = years.at(-1)?.year ?? 0;
  const pre = years.filter((y) => y.year < DID_POST_FROM);
  const postYears = years.filter((y) => y.year >= DID_POST_FROM);
  const meanGap = (ys: readonly MovesYear[]): number =>
    ys.reduce((s, y) => s + y.meanShareTreated - y.meanShareControl, 0) / ys.length;
  return {
    delivery: dir,
    didEffect: marker.didEffect,
    treatedMunicipalities: treated,
    years,
    withinRegionPct: Number(region?.all ?? NaN),
    withinRegionVulnerablePct: Number(region?.vulnerable ?? NaN),
    topDestinations: await destinations('TRUE'),
    topDestinationsVulnerableTreated: await destinations(
      `vulnerable AND label = ${sqlInt(last)} AND from_muni IN (SELECT code FROM treated)`,
    ),
    didOfMeans:
      treated.length === 0 || pre.length === 0 || postYears.length === 0
        ? NaN
        : meanGap(postYears) - meanGap(pre),
  };
}

const da = (x: number, digits = 1): string =>
  Number.isFinite(x)
    ? x.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '–';
const n = (x: number): string => x.toLocaleString('da-DK');
const pct = (v: number, all: number): string => (all > 0 ? da((100 * v) / all) : '–');

/** The report as lines for people (Danish numbers), beside the targets of docs/synthetic-denmark.md. */
export function movesReportLines(r: MovesReport): string[] {
  const dest = (ds: readonly MovesDestination[]): string =>
    ds.map((d) => `${d.name}${BIG_CITIES.includes(d.municipality) ? '*' : ''} ${da(d.pct)}`).join(', ');
  return [
    '',
    `Flytninger og social eksport (kapitel 3), plantet effekt ${da(r.didEffect)} pct.-point; ` +
      `behandlede kommuner (generatorens forebyggelsesområder 2021): ${r.treatedMunicipalities.length}`,
    'år    tilflyttere fb (udsatte, andel)   fraflyttere behandlede (udsatte, andel, kommunegns.)   kontrol (udsatte, andel, kommunegns.)',
    ...r.years.map(
      (y) =>
        `${y.year}  ${n(y.inMoversForebyggelse)} (${n(y.inMoversForebyggelseVulnerable)}, ${pct(y.inMoversForebyggelseVulnerable, y.inMoversForebyggelse)} pct.)   ` +
        `${n(y.outMoversTreated)} (${n(y.outMoversTreatedVulnerable)}, ${pct(y.outMoversTreatedVulnerable, y.outMoversTreated)} pct., ${da(y.meanShareTreated)})   ` +
        `${n(y.outMoversControl)} (${n(y.outMoversControlVulnerable)}, ${pct(y.outMoversControlVulnerable, y.outMoversControl)} pct., ${da(y.meanShareControl)})`,
    ),
    `Fraflyttere, der bliver i regionen: ${da(r.withinRegionPct)} pct. (socialt udsatte: ${da(r.withinRegionVulnerablePct)} pct.)`,
    `Største destinationer, alle fraflyttere (* = de fire store byer): ${dest(r.topDestinations)}`,
    `Største destinationer, socialt udsatte fraflyttere fra behandlede kommuner, ${r.years.at(-1)?.year ?? '–'}: ${dest(r.topDestinationsVulnerableTreated)}`,
    `Difference-in-differences af gennemsnit (behandlede − kontrol, efter − før ${DID_POST_FROM}): ${da(r.didOfMeans, 2)} pct.-point`,
  ];
}
