import type { AreaFigures } from '../../core/model/areaFigures.ts';
import { areaId, municipalityCode, type Year } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { query, type Query } from '../sql.ts';
import { areaFiguresQuery, yearCoverageQuery, type ComputableYears } from './areaFiguresQuery.ts';
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

/** Every query of an indicator run, in order (the SQL goldens are taken from this list). */
export function indicatorQueries(spec: IndicatorSpec, runId: string, computable: ComputableYears): Query[] {
  return [
    ...indicatorSetupQueries(spec),
    query('DELETE FROM indicator_components WHERE run_id = $run_id', { run_id: runId }),
    residentsComponentsQuery(runId),
    k1ComponentsQuery(runId),
    ...k2ComponentsQueries(runId, spec.assumptions),
    k3ComponentsQuery(runId),
    ...k4ComponentsQueries(runId, spec.assumptions),
    areaFiguresQuery(runId, spec.assumptions, computable),
  ];
}

/** Rows per source table and year (`yearCoverageQuery`). */
export interface YearCoverage {
  readonly source: string;
  readonly year: number;
}

interface FigureRow {
  year: number;
  area_id: string;
  name: string;
  municipality_code: string;
  residents: number;
  nonwestern_pct: number | null;
  k1_outside_pct: number | null;
  k2_convicted_pct: number | null;
  k2_national_pct: number | null;
  k3_basic_pct: number | null;
  k4_income_pct: number | null;
  n_18_64: number;
  n_18_plus: number;
  n_30_59: number;
  n_income: number;
}

/**
 * Computes the area figures of every list year in `spec` from the delivery loaded in the workspace: each
 * year's numerators and denominators go to `indicator_components` (kept, keyed by `runId`), the figures are
 * read back in contract §B form.
 */
export async function areaFiguresFromWorkspace(
  db: Db,
  spec: IndicatorSpec,
  runId: string,
  onStep?: (step: string, done: number, total: number) => void,
  /** The rows of `yearCoverageQuery`, when the caller has them already (saves a scan of the yearly tables). */
  knownCoverage?: readonly YearCoverage[],
): Promise<IndicatorsResult> {
  const coverage = knownCoverage ?? (await db.all<YearCoverage>(yearCoverageQuery()));
  const has = (source: string, year: number): boolean =>
    coverage.some((c) => c.source === source && c.year === year);
  const missingYears = spec.years.map((y) => y.year).filter((y) => !has('residence', y));
  if (missingYears.length > 0) return { figures: [], missingYears, notes: [] };

  const notes: string[] = [];
  const computable: Record<keyof ComputableYears, number[]> = { K1: [], K2: [], K3: [], K4: [] };
  const current = spec.assumptions.k1Averaging === 'currentResidents';
  const offset = k4IncomeOffset(spec.assumptions);
  for (const { year, measures } of spec.years) {
    const dataYears = Array.from(
      { length: measures.averagingYears },
      (_, i) => year - measures.averagingYears + i,
    );
    const snaps = dataYears.map((d) => (current ? year : d + 1));
    const need = (measure: keyof ComputableYears, source: string, years: readonly number[]): void => {
      const missing = years.filter((y) => !has(source, y));
      if (missing.length === 0) computable[measure].push(year);
      else notes.push(`${measure} ${year} kan ikke beregnes: ${source} mangler for ${missing.join(', ')}`);
    };
    if (snaps.every((s) => has('residence', s))) need('K1', 'labour', dataYears);
    else need('K1', 'residence', snaps);
    need('K2', 'residence', snaps);
    need('K3', 'education', [year - 1]);
    need('K4', 'income', [year - offset]);
  }

  const queries = indicatorQueries(spec, runId, computable);
  const last = queries.length - 1;
  for (const [i, q] of queries.entries()) {
    onStep?.('beregner indikatorer', i, queries.length);
    if (i < last) await db.run(q);
  }
  const rows = await db.all<FigureRow>(queries[last] as Query);
  onStep?.('beregner indikatorer', queries.length, queries.length);
  return { figures: rows.map(figuresFromRow), missingYears: [], notes };
}

function figuresFromRow(r: FigureRow): AreaFigures {
  return {
    year: r.year,
    areaId: areaId(r.area_id),
    name: r.name,
    municipalityCode: municipalityCode(r.municipality_code),
    residents: r.residents,
    nonwesternPct: r.nonwestern_pct,
    k1OutsidePct: r.k1_outside_pct,
    k2ConvictedPct: r.k2_convicted_pct,
    k2NationalPct: r.k2_national_pct,
    k3BasicPct: r.k3_basic_pct,
    k4IncomePct: r.k4_income_pct,
    denominators: { n18to64: r.n_18_64, n18plus: r.n_18_plus, n30to59: r.n_30_59, nIncome: r.n_income },
  };
}
