import type { YearCount } from '../../core/figures/areaFiguresFromCounts.ts';
import { areaFiguresFromCounts } from '../../core/figures/areaFiguresFromCounts.ts';
import { rationalFromDecimal, type Rational } from '../../core/exact/rational.ts';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import { areaId, municipalityCode, type Year } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import { query, type Query } from '../sql.ts';
import { areaYearsQuery, indicatorCountsQuery, type AreaYearRow, type CountRow } from './areaFiguresQuery.ts';
import { deliveryCoverage, type CoverageRow } from './deliveryCoverageQuery.ts';
import { indicatorSetupQueries } from './indicatorSetupQueries.ts';
import type { IndicatorSpec } from './indicatorSpec.ts';
import { MEASURE_COUNTS_SQL } from './measureCountsQueries.ts';
import { MEASURES } from '../../core/measures/measures.ts';
import type { MeasureId } from '../../core/model/criteria.ts';

export interface IndicatorsResult {
  readonly figures: readonly AreaFigures[];
  /** List years the delivery has no residence snapshot for (nothing can be computed for them). */
  readonly missingYears: readonly Year[];
  /** Measures left not computable because a source year is missing, in Danish. */
  readonly notes: readonly string[];
}

/** Every query of an indicator run that stores counts, in order (the SQL goldens are taken from this list). */
export function indicatorQueries(spec: IndicatorSpec, runId: string): Query[] {
  return [
    ...indicatorSetupQueries(spec),
    query('DELETE FROM indicator_counts WHERE run_id = $run_id', { run_id: runId }),
    ...MEASURES.flatMap((m) => MEASURE_COUNTS_SQL[m.id].queries(runId, spec.assumptions)),
  ];
}

/**
 * Which source years each measure of a list year needs (`MEASURE_COUNTS_SQL`), and whether the delivery has
 * them. A table covers a data year when it has rows for it; convictions, which a small area may lack in a
 * year, cover every year from their first decision to their last. A measure missing a source year is not
 * computable that year, with the reason.
 */
export function computableMeasures(
  spec: IndicatorSpec,
  coverage: readonly CoverageRow[],
): { missing: Map<Year, Partial<Record<MeasureId, string>>>; notes: string[] } {
  const has = (table: string, year: number): boolean => {
    if (table !== 'convictions') return coverage.some((c) => c.table === table && c.year === year);
    const years = coverage.filter((c) => c.table === 'convictions').map((c) => c.year);
    return years.length > 0 && Math.min(...years) <= year && year <= Math.max(...years);
  };
  const notes: string[] = [];
  const missingByYear = new Map<Year, Partial<Record<MeasureId, string>>>();
  for (const { year, measures } of spec.years) {
    const missing: Partial<Record<MeasureId, string>> = {};
    // The non-western share and the residents are the list year's own snapshot: always there for a list year.
    for (const m of MEASURES.filter((x) => x.id !== 'NW')) {
      const absent = MEASURE_COUNTS_SQL[m.id]
        .sources(year, measures, spec.assumptions)
        .flatMap(([table, ys]) => {
          const gone = ys.filter((y) => !has(table, y));
          return gone.length > 0 ? [`${table} mangler for ${[...new Set(gone)].join(', ')}`] : [];
        });
      if (absent.length === 0) continue;
      missing[m.id] = absent.join('; ');
      notes.push(`${m.id} ${year} kan ikke beregnes: ${absent.join('; ')}`);
    }
    missingByYear.set(year, missing);
  }
  return { missing: missingByYear, notes };
}

/**
 * Computes the area figures of every list year in `spec` from the delivery loaded in the workspace: each
 * year's exact numerators and denominators go to `indicator_counts` (kept, keyed by `runId`), and the figures are
 * formed from them in exact rationals (contract §B form). A measure whose source years the delivery lacks is
 * not computable, with the reason in `notes`.
 */
export async function areaFiguresFromWorkspace(
  db: Db,
  spec: IndicatorSpec,
  runId: string,
  onStep?: (step: string, done: number, total: number) => void,
  /** The delivery's coverage, when the caller has it already (saves a scan of the yearly tables). */
  knownCoverage?: readonly CoverageRow[],
): Promise<IndicatorsResult> {
  const coverage = knownCoverage ?? (await deliveryCoverage(db));
  const missingYears = spec.years
    .map((y) => y.year)
    .filter((y) => !coverage.some((c) => c.table === 'residence' && c.year === y));
  if (missingYears.length > 0) return { figures: [], missingYears, notes: [] };

  const { missing, notes } = computableMeasures(spec, coverage);
  // The dwelling's state on each 1 January decides whose residents count, when the delivery has its events.
  const dwellingEvents = spec.dwellingEvents ?? (await workspaceTables(db)).includes('dwelling_events');
  const queries = indicatorQueries({ ...spec, dwellingEvents }, runId);
  for (const [i, q] of queries.entries()) {
    onStep?.('beregner indikatorer', i, queries.length + 1);
    await db.run(q);
  }
  const [areaYears, counts] = [
    await db.all<AreaYearRow>(areaYearsQuery()),
    await db.all<CountRow>(indicatorCountsQuery(runId)),
  ];
  onStep?.('beregner indikatorer', queries.length + 1, queries.length + 1);
  const byKey = new Map<string, YearCount[]>();
  for (const c of counts) {
    const k = `${c.list_year}|${c.scope}|${c.scope_id}|${c.measure}`;
    const list = byKey.get(k) ?? [];
    list.push({ dataYear: c.data_year, numerator: exact(c.numerator), denominator: c.denominator });
    byKey.set(k, list);
  }
  const get = (year: number, scope: string, id: string | null, measure: string): readonly YearCount[] =>
    id === null ? [] : (byKey.get(`${year}|${scope}|${id}|${measure}`) ?? []);
  const figures = areaYears.map((r) => {
    const counts = Object.fromEntries(
      MEASURES.map((m) => [
        m.id,
        {
          area: get(r.year, 'area', r.area_id, m.id),
          // a national comparison reads the whole country; a regional mean the area's region
          reference:
            m.national !== undefined
              ? get(r.year, 'national', 'DK', m.id)
              : m.counts === 'meanOfRegion'
                ? get(r.year, 'region', r.region_code, m.id)
                : [],
        },
      ]),
    );
    return areaFiguresFromCounts(
      {
        year: r.year,
        areaId: areaId(r.area_id),
        name: r.name,
        municipalityCode: municipalityCode(r.municipality_code),
        residents: get(r.year, 'area', r.area_id, 'NW')[0]?.denominator ?? 0,
        counts,
        missing: missing.get(r.year) ?? {},
      },
      spec.assumptions.k1Averaging,
    );
  });
  return { figures, missingYears: [], notes };
}

function exact(text: string): Rational {
  const r = rationalFromDecimal(text);
  if (r === null) throw new Error(`indicator_counts: numerator is not a decimal: ${text}`);
  return r;
}
