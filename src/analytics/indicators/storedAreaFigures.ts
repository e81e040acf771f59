import { rationalFromDecimal, type Rational } from '../../core/exact/rational.ts';
import { areaFiguresFromCounts, type YearCount } from '../../core/figures/areaFiguresFromCounts.ts';
import { MEASURES } from '../../core/measures/measures.ts';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import { areaId, municipalityCode } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { parquetPathQuery } from '../load/loadQueries.ts';
import { query, type Query } from '../sql.ts';
import { indicatorCountsQuery, type AreaYearRow, type CountRow } from './areaFiguresQuery.ts';
import { computableMeasures } from './areaFiguresFromWorkspace.ts';
import type { CoverageRow } from './deliveryCoverageQuery.ts';
import type { IndicatorSpec } from './indicatorSpec.ts';

/**
 * One row per (list year of a run's stored counts, area with a delimitation valid that year): name, municipality
 * and region. Reads only stored tables, so it runs on a workspace opened read-only.
 */
export function storedAreaYearsQuery(runId: string): Query {
  return query(
    `
    SELECT DISTINCT l.list_year AS year, ap.area_id, a.name, a.municipality_code, m.region_code
    FROM (SELECT DISTINCT list_year FROM indicator_counts WHERE run_id = $run_id) AS l
    JOIN area_parcels AS ap ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
    JOIN areas AS a ON a.area_id = ap.area_id
    LEFT JOIN ref_municipalities AS m ON m.code = a.municipality_code
    ORDER BY year, ap.area_id`,
    { run_id: runId },
  );
}

/**
 * The area figures a finished run computed, formed again from the exact counts it stored in `indicator_counts`
 * (keyed by its run id): the same figures `areaFiguresFromWorkspace` gave that run, without writing anything.
 * `spec` is the run's years with their measure definitions and its assumptions, `coverage` the delivery's
 * coverage (both from its manifest): the delivery's person-level tables are not read. A Parquet delivery's
 * area tables are views over its files: `areaFiles` binds their paths for this session (the run's inputs).
 */
export async function storedAreaFigures(
  db: Db,
  runId: string,
  spec: IndicatorSpec,
  coverage: readonly CoverageRow[],
  areaFiles: { readonly areas?: string; readonly area_parcels?: string } = {},
): Promise<AreaFigures[]> {
  for (const [table, path] of Object.entries(areaFiles)) {
    if (path !== undefined) await db.run(parquetPathQuery(table, path));
  }
  const { missing } = computableMeasures(spec, coverage);
  const areaYears = await db.all<AreaYearRow>(storedAreaYearsQuery(runId));
  const counts = await db.all<CountRow>(indicatorCountsQuery(runId));
  const byKey = new Map<string, YearCount[]>();
  for (const c of counts) {
    const k = `${c.list_year}|${c.scope}|${c.scope_id}|${c.measure}`;
    const list = byKey.get(k) ?? [];
    list.push({ dataYear: c.data_year, numerator: exact(c.numerator), denominator: c.denominator });
    byKey.set(k, list);
  }
  const get = (year: number, scope: string, id: string | null, measure: string): readonly YearCount[] =>
    id === null ? [] : (byKey.get(`${year}|${scope}|${id}|${measure}`) ?? []);
  const years = new Set(spec.years.map((y) => y.year));
  return areaYears
    .filter((r) => years.has(r.year))
    .map((r) =>
      areaFiguresFromCounts(
        {
          year: r.year,
          areaId: areaId(r.area_id),
          name: r.name,
          municipalityCode: municipalityCode(r.municipality_code),
          residents: get(r.year, 'area', r.area_id, 'NW')[0]?.denominator ?? 0,
          counts: Object.fromEntries(
            MEASURES.map((m) => [
              m.id,
              {
                area: get(r.year, 'area', r.area_id, m.id),
                reference:
                  m.national !== undefined
                    ? get(r.year, 'national', 'DK', m.id)
                    : m.counts === 'meanOfRegion'
                      ? get(r.year, 'region', r.region_code, m.id)
                      : [],
              },
            ]),
          ),
          missing: missing.get(r.year) ?? {},
        },
        spec.assumptions.k1Averaging,
      ),
    );
}

/** The list years a run stored counts for (its requested years and the earlier years they depend on). */
export async function storedListYears(db: Db, runId: string): Promise<number[]> {
  const rows = await db.all<{ list_year: number }>(
    query('SELECT DISTINCT list_year FROM indicator_counts WHERE run_id = $run_id ORDER BY list_year', {
      run_id: runId,
    }),
  );
  return rows.map((r) => r.list_year);
}

function exact(text: string): Rational {
  const r = rationalFromDecimal(text);
  if (r === null) throw new Error(`indicator_counts: numerator is not a decimal: ${text}`);
  return r;
}

/** The latest run a workspace records as written, with its manifest (JSON text); null when there is none. */
export async function latestWrittenRun(db: Db): Promise<{ runId: string; manifest: string } | null> {
  const rows = await db.all<{ run_id: string; manifest: string }>(
    query(`
      SELECT run_id, CAST(manifest AS VARCHAR) AS manifest
      FROM runs
      WHERE status = 'written'
      ORDER BY finished_at DESC, run_id DESC
      LIMIT 1`),
  );
  const r = rows[0];
  return r === undefined ? null : { runId: r.run_id, manifest: r.manifest };
}
