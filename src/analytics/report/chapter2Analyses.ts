import type { Assumptions } from '../../core/assumptions.ts';
import type { MeasuredTable, Relation } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic, Unit } from '../../core/model/statistic.ts';
import type { Db } from '../db.ts';
import type { CoverageRow } from '../indicators/deliveryCoverageQuery.ts';
import { k4IncomeOffset } from '../indicators/indicatorSpec.ts';
import {
  changeDecompositionQuery,
  DECOMPOSED_MEASURES,
  type DecomposedMeasure,
  type DecompositionRow,
  type MoverGroup,
} from './changeDecompositionQuery.ts';
import {
  countryCriteriaQuery,
  criteriaByCategoryQuery,
  type CategoryMeasure,
  type CategoryMeasureRow,
} from './criteriaByCategoryQuery.ts';
import { ReportCoverage, type CoveredTable } from './reportCoverage.ts';
import type { AreaCategory, CategoryAreas, ReportCategory } from './reportCategory.ts';
import { reportPopulationQueries } from './reportPopulationQueries.ts';
import { workspaceTables } from './workspaceTables.ts';

/** First years of chapter 2's series (domain §9). */
export const FIGURE_2_1_FROM = 2018;
export const FIGURE_2_2_FROM = 2010;

export interface Chapter2Input {
  readonly listYear: number;
  readonly categories: CategoryAreas;
  readonly assumptions: Assumptions;
  /** Whether the rule set in force in a year counts only Danish or recognised education for K3. */
  readonly k3DanishIn: (year: number) => boolean;
  readonly coverage: readonly CoverageRow[];
}

/** The measured tables of chapter 2.1–2.3: `tabel-2.1`, `figur-2.1a`–`d`, `figur-2.2a`–`b`, `figur-2.3a`–`b`. */
export async function chapter2Analyses(db: Db, input: Chapter2Input): Promise<MeasuredTable[]> {
  const y = input.listYear;
  const coverage = new ReportCoverage(input.coverage);
  const areaYears = coverage.snapshotYears(FIGURE_2_2_FROM, y);
  const countryYears = coverage.snapshotYears(FIGURE_2_1_FROM, y);
  for (const q of reportPopulationQueries({
    listYear: y,
    categories: input.categories,
    areaYears,
    assumptions: input.assumptions,
    dwellingEvents: (await workspaceTables(db)).includes('dwelling_events'),
  })) {
    await db.run(q);
  }
  const rows = [
    ...(await db.all<CategoryMeasureRow>(
      criteriaByCategoryQuery(input.assumptions, {
        years: areaYears,
        k3DanishYears: areaYears.filter(input.k3DanishIn),
      }),
    )),
  ];
  // The whole country one year at a time: a year's residents (≈ 6 million at national scale) and their
  // register rows fit the report's memory limit, all seven years at once do not.
  for (const t of countryYears) {
    rows.push(
      ...(await db.all<CategoryMeasureRow>(
        countryCriteriaQuery(input.assumptions, { year: t, k3Danish: input.k3DanishIn(t) }),
      )),
    );
  }
  const decomposition = await db.all<DecompositionRow>(
    changeDecompositionQuery(input.assumptions, y, ['udsat', 'forebyggelse'], {
      previous: input.k3DanishIn(y - 1),
      current: input.k3DanishIn(y),
    }),
  );
  const measured = new MeasuredRows(rows, input.categories, coverage, input.assumptions);
  const years2018 = range(FIGURE_2_1_FROM, y);
  const years2010 = range(FIGURE_2_2_FROM, y);
  const trendCategories: ReportCategory[] = [
    'udsat',
    'parallelsamfund',
    ...(input.categories.has('plan') ? (['plan'] as const) : []),
    'forebyggelse',
    'country',
  ];
  const trend = (id: string, measure: CategoryMeasure): MeasuredTable =>
    table(
      id,
      trendCategories.flatMap((c) => years2018.map((t) => measured.cell(c, String(t), t, measure))),
    );
  const byAge = (id: string, category: AreaCategory): MeasuredTable =>
    table(
      id,
      (['K1_18_30', 'K1_31_49', 'K1_50_64', 'K1'] as const).flatMap((m) =>
        years2010.map((t) => ({ ...measured.cell(category, String(t), t, m), row: m })),
      ),
    );
  return [
    table(
      'tabel-2.1',
      (['forebyggelse', 'udsat', 'parallelsamfund', 'country'] as const).flatMap((c) =>
        (['nonwestern', 'menapt'] as const).map((m) => ({ ...measured.cell(c, m, y, m), row: c })),
      ),
    ),
    trend('figur-2.1a', 'K1'),
    trend('figur-2.1b', 'K2'),
    trend('figur-2.1c', 'K3'),
    trend('figur-2.1d', 'K4'),
    byAge('figur-2.2a', 'udsat'),
    byAge('figur-2.2b', 'forebyggelse'),
    decompositionTable('figur-2.3a', 'udsat', decomposition, input, coverage),
    decompositionTable('figur-2.3b', 'forebyggelse', decomposition, input, coverage),
  ];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const table = (
  id: string,
  cells: readonly MeasuredCell[],
  relations: readonly Relation[] = [],
): MeasuredTable => ({
  id,
  cells,
  relations,
});

/** The delivery tables and data years a measure of snapshot year t reads. */
function needsOf(
  measure: CategoryMeasure | DecomposedMeasure,
  t: number,
  a: Assumptions,
): [CoveredTable, number][] {
  const base: [CoveredTable, number][] = [['residence', t]];
  switch (measure) {
    case 'nonwestern':
    case 'menapt':
      return base;
    case 'K1':
    case 'K1_18_30':
    case 'K1_31_49':
    case 'K1_50_64':
      return [...base, ['labour', t - 1]];
    case 'K2':
      return [...base, ['convictions', t - 1]];
    case 'K3':
      return [...base, ['education', t - 1]];
    case 'K4':
      return [...base, ['income', t - k4IncomeOffset(a)]];
  }
}

const UNIT: Readonly<Record<CategoryMeasure, Unit>> = {
  nonwestern: 'pct',
  menapt: 'pct',
  K1: 'pct',
  K1_18_30: 'pct',
  K1_31_49: 'pct',
  K1_50_64: 'pct',
  K2: 'pct',
  K3: 'pct',
  K4: 'dkk',
};

/** The rows of `criteriaByCategoryQuery` as cells: shares (K4: a mean), missing where the data is not there. */
class MeasuredRows {
  private readonly byKey = new Map<string, CategoryMeasureRow>();

  constructor(
    rows: readonly CategoryMeasureRow[],
    private readonly categories: CategoryAreas,
    private readonly coverage: ReportCoverage,
    private readonly assumptions: Assumptions,
  ) {
    for (const r of rows) this.byKey.set(`${r.category}|${r.year}|${r.measure}`, r);
  }

  cell(category: ReportCategory, column: string, t: number, measure: CategoryMeasure): MeasuredCell {
    return { row: category, column, unit: UNIT[measure], statistic: this.statistic(category, t, measure) };
  }

  private statistic(category: ReportCategory, t: number, measure: CategoryMeasure): Statistic {
    const why = this.coverage.missingWhy(needsOf(measure, t, this.assumptions));
    if (why !== null) return { kind: 'missing', why };
    if (category !== 'country' && (this.categories.get(category)?.length ?? 0) === 0) {
      return { kind: 'missing', why: 'ingen områder i kategorien' };
    }
    const r = this.byKey.get(`${category}|${t}|${measure}`);
    if (r === undefined || Number(r.denominator) === 0)
      return { kind: 'missing', why: 'ingen beboere i gruppen' };
    if (measure === 'K4') return { kind: 'mean', sum: Number(r.numerator), n: Number(r.denominator) };
    return {
      kind: 'share',
      numerator: Number(r.numerator),
      denominator: Number(r.denominator),
      numeratorPersons: Number(r.numeratorPersons),
    };
  }
}

/** Fig 2.3's rows: the three parts of the change and their sum. */
export const DECOMPOSITION_ROWS = ['stayer', 'in', 'out', 'total'] as const;

/**
 * Fig 2.3: the change from 1 January Y − 1 to Y split exactly into stayers, in-movers and out-movers (domain
 * §9), each part as a percentage of the change (the three sum to 100). For a count C: ΔC = (C_S,Y − C_S,Y−1)
 * + C_I,Y − C_O,Y−1. For the mean income over N persons: Δx̄ = [Σ_S,Y/N_Y − Σ_S,Y−1/N_Y−1] + Σ_I,Y/N_Y −
 * Σ_O,Y−1/N_Y−1. A part rests on the persons of its group; the stayers' part also on the stayers whose
 * contribution changed.
 */
function decompositionTable(
  id: string,
  category: AreaCategory,
  rows: readonly DecompositionRow[],
  input: Chapter2Input,
  coverage: ReportCoverage,
): MeasuredTable {
  const y = input.listYear;
  const cells: MeasuredCell[] = [];
  const relations: Relation[] = [];
  for (const measure of DECOMPOSED_MEASURES) {
    const why =
      coverage.missingWhy([
        ...needsOf(measure, y - 1, input.assumptions),
        ...needsOf(measure, y, input.assumptions),
      ]) ?? ((input.categories.get(category)?.length ?? 0) === 0 ? 'ingen områder i kategorien' : null);
    const get = (grp: MoverGroup, year: number): DecompositionRow | undefined =>
      rows.find((r) => r.category === category && r.measure === measure && r.grp === grp && r.year === year);
    const put = (row: (typeof DECOMPOSITION_ROWS)[number], statistic: Statistic): void => {
      cells.push({ row, column: measure, unit: 'pct', statistic });
    };
    if (why !== null) {
      for (const row of DECOMPOSITION_ROWS) put(row, { kind: 'missing', why });
      continue;
    }
    const total = (r: DecompositionRow | undefined): number => Number(r?.total ?? 0);
    const n = (r: DecompositionRow | undefined): number => Number(r?.n ?? 0);
    const sY = get('stayer', y);
    const sP = get('stayer', y - 1);
    const iY = get('in', y);
    const oP = get('out', y - 1);
    const nY = n(sY) + n(iY);
    const nP = n(sP) + n(oP);
    const [stayer, inMovers, outMovers] =
      measure === 'K4'
        ? [
            (nY > 0 ? total(sY) / nY : 0) - (nP > 0 ? total(sP) / nP : 0),
            nY > 0 ? total(iY) / nY : 0,
            -(nP > 0 ? total(oP) / nP : 0),
          ]
        : [total(sY) - total(sP), total(iY), -total(oP)];
    const change = stayer + inMovers + outMovers;
    if (Math.abs(change) < 1e-9 || (measure === 'K4' && (nY === 0 || nP === 0))) {
      for (const row of DECOMPOSITION_ROWS) put(row, { kind: 'notApplicable' });
      continue;
    }
    const contributors = (r: DecompositionRow | undefined): number =>
      measure === 'K4' ? n(r) : Number(r?.contributors ?? 0);
    put('stayer', {
      kind: 'derived',
      value: (100 * stayer) / change,
      persons: [Math.min(contributors(sY), contributors(sP)), Number(sY?.changed ?? 0)].filter((p) => p > 0),
    });
    put('in', { kind: 'derived', value: (100 * inMovers) / change, persons: [contributors(iY)] });
    put('out', { kind: 'derived', value: (100 * outMovers) / change, persons: [contributors(oP)] });
    put('total', { kind: 'derived', value: 100, persons: [contributors(sY) + contributors(iY)] });
    relations.push({
      total: { table: id, row: 'total', column: measure },
      parts: (['stayer', 'in', 'out'] as const).map((row) => ({
        cell: { table: id, row, column: measure },
        coefficient: 1,
      })),
    });
  }
  return table(id, cells, relations);
}
