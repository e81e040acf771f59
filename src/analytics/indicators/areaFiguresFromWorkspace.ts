import type { AreaCounts, YearCount } from '../../core/figures/areaFiguresFromCounts.ts';
import { areaFiguresFromCounts } from '../../core/figures/areaFiguresFromCounts.ts';
import { rationalFromDecimal, type Rational } from '../../core/exact/rational.ts';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import { areaId, municipalityCode, type Year } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { query, type Query } from '../sql.ts';
import { areaYearsQuery, indicatorCountsQuery } from './areaFiguresQuery.ts';
import { deliveryCoverage, type CoverageRow } from './deliveryCoverageQuery.ts';
import { indicatorSetupQueries } from './indicatorSetupQueries.ts';
import { k4IncomeOffset, type IndicatorSpec } from './indicatorSpec.ts';
import { k1ComponentsQuery } from './k1ComponentsQuery.ts';
import { k2ComponentsQueries } from './k2ComponentsQueries.ts';
import { k3ComponentsQuery } from './k3ComponentsQuery.ts';
import { k4ComponentsQueries } from './k4ComponentsQueries.ts';
import { residentsComponentsQuery } from './residentsComponentsQuery.ts';

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
    residentsComponentsQuery(runId),
    k1ComponentsQuery(runId),
    ...k2ComponentsQueries(runId, spec.assumptions),
    k3ComponentsQuery(runId),
    ...k4ComponentsQueries(runId, spec.assumptions),
  ];
}

type Measure = keyof AreaCounts['missing'];

/**
 * Which source years each measure of a list year needs, and whether the delivery has them: K1 labour and the
 * window's snapshots, K2 convictions and the snapshots, K3 education of 1 October Y − 1, K4 income of Y − 2 (or
 * Y − 1). A table covers a data year when it has rows for it; convictions, which a small area may lack in a
 * year, cover every year from their first decision to their last.
 */
export function computableMeasures(
  spec: IndicatorSpec,
  coverage: readonly CoverageRow[],
): { missing: Map<Year, Record<Measure, string | null>>; notes: string[] } {
  const has = (table: string, year: number): boolean => {
    if (table !== 'convictions') return coverage.some((c) => c.table === table && c.year === year);
    const years = coverage.filter((c) => c.table === 'convictions').map((c) => c.year);
    return years.length > 0 && Math.min(...years) <= year && year <= Math.max(...years);
  };
  const notes: string[] = [];
  const missingByYear = new Map<Year, Record<Measure, string | null>>();
  const current = spec.assumptions.k1Averaging === 'currentResidents';
  const offset = k4IncomeOffset(spec.assumptions);
  for (const { year, measures } of spec.years) {
    const dataYears = Array.from(
      { length: measures.averagingYears },
      (_, i) => year - measures.averagingYears + i,
    );
    const snaps = dataYears.map((d) => (current ? year : d + 1));
    const need = (measure: Measure, sources: readonly [string, readonly number[]][]): string | null => {
      const missing = sources.flatMap(([table, ys]) => {
        const absent = ys.filter((y) => !has(table, y));
        return absent.length > 0 ? [`${table} mangler for ${[...new Set(absent)].join(', ')}`] : [];
      });
      if (missing.length === 0) return null;
      notes.push(`${measure} ${year} kan ikke beregnes: ${missing.join('; ')}`);
      return missing.join('; ');
    };
    missingByYear.set(year, {
      K1: need('K1', [
        ['residence', snaps],
        ['labour', dataYears],
      ]),
      K2: need('K2', [
        ['residence', snaps],
        ['convictions', dataYears],
      ]),
      K3: need('K3', [['education', [year - 1]]]),
      K4: need('K4', [['income', [year - offset]]]),
    });
  }
  return { missing: missingByYear, notes };
}

interface CountRow {
  list_year: number;
  scope: string;
  scope_id: string;
  measure: string;
  data_year: number;
  numerator: string;
  denominator: number;
}

interface AreaYearRow {
  year: number;
  area_id: string;
  name: string;
  municipality_code: string;
  region_code: string | null;
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
  const queries = indicatorQueries(spec, runId);
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
  const get = (year: number, scope: string, id: string, measure: string): readonly YearCount[] =>
    byKey.get(`${year}|${scope}|${id}|${measure}`) ?? [];
  const one = (ys: readonly YearCount[]): YearCount | null => ys[0] ?? null;
  const figures = areaYears.map((r) =>
    areaFiguresFromCounts(
      {
        year: r.year,
        areaId: areaId(r.area_id),
        name: r.name,
        municipalityCode: municipalityCode(r.municipality_code),
        nonwestern: one(get(r.year, 'area', r.area_id, 'NW')),
        k1: get(r.year, 'area', r.area_id, 'K1'),
        k2: get(r.year, 'area', r.area_id, 'K2'),
        k2National: get(r.year, 'national', 'DK', 'K2'),
        k3: one(get(r.year, 'area', r.area_id, 'K3')),
        k4: one(get(r.year, 'area', r.area_id, 'K4')),
        k4Region: r.region_code === null ? null : one(get(r.year, 'region', r.region_code, 'K4')),
        missing: missing.get(r.year) ?? NOT_IN_SPEC,
      },
      spec.assumptions.k1Averaging,
    ),
  );
  return { figures, missingYears: [], notes };
}

const NOT_IN_SPEC = { K1: 'ikke beregnet', K2: 'ikke beregnet', K3: 'ikke beregnet', K4: 'ikke beregnet' };

function exact(text: string): Rational {
  const r = rationalFromDecimal(text);
  if (r === null) throw new Error(`indicator_counts: numerator is not a decimal: ${text}`);
  return r;
}
