import type { Assumptions } from '../../core/assumptions.ts';
import {
  ORIGIN_GROUPS,
  type IntegrationOptions,
  type OriginGroup,
} from '../../core/integration/integrationOptions.ts';
import type { AreaId } from '../../core/model/ids.ts';
import type { MeasuredTable, Relation } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic, Unit } from '../../core/model/statistic.ts';
import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import type { Db } from '../db.ts';
import type { CoverageRow } from '../indicators/deliveryCoverageQuery.ts';
import { ReportCoverage } from '../report/reportCoverage.ts';
import { query, quoteIdent } from '../sql.ts';
import {
  childrenWithConvictedAdultQuery,
  childrenWithoutEmployedAdultQuery,
  employmentRateQuery,
  examMeansQuery,
  integrationSetupQueries,
  pupilsInNonwesternSchoolsQuery,
  youngMenConvictedQuery,
  type GroupExamRow,
  type GroupShareRow,
} from './integrationQueries.ts';

/** Chapter 4's two categories: Y's parallelsamfund areas and the whole country. */
export const INTEGRATION_CATEGORIES = ['parallelsamfund', 'country'] as const;
export const SEXES = ['m', 'f'] as const;
export const EXAM_MEASURES = ['mean', 'corrected'] as const;

/** What chapter 4 reads (A3 tables, contract §A3; `convictions` of v1), per figure. */
export const INTEGRATION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'figur-4.1': ['employment'],
  'figur-4.2': ['employment', 'families'],
  'figur-4.3': ['exam_results'],
  'figur-4.4': ['schools', 'school_enrolment'],
  'figur-4.5': ['convictions'],
  'figur-4.6': ['families', 'convictions'],
};

export interface IntegrationInput {
  readonly listYear: number;
  readonly parallelsamfund: readonly AreaId[];
  readonly assumptions: Assumptions;
  readonly options: IntegrationOptions;
  /** The tables the workspace holds (`workspaceTables`): a figure whose input table is absent is not measured. */
  readonly tables: readonly string[];
  readonly coverage: readonly CoverageRow[];
}

/** The school years (spring years) fig 4.3 pools for list year Y: Y − k + 1 … Y. */
export const examSchoolYears = (listYear: number, o: IntegrationOptions): number[] =>
  Array.from({ length: o.integrationExamYears }, (_, i) => listYear - o.integrationExamYears + 1 + i);

/**
 * Chapter 4's analyses (domain §11) on the open workspace: `figur-4.1` … `figur-4.6`, each a measured table of
 * shares (or, fig 4.3, means) by category (and sex) and origin group, shown for large groups only (the
 * disclosure option `disclosureGroupObservationsOver`). A figure whose input table is absent is left out (the
 * report names the absent table); a year the delivery lacks makes the figure's cells missing with why.
 */
export async function integrationAnalyses(db: Db, input: IntegrationInput): Promise<MeasuredTable[]> {
  const y = input.listYear;
  const t = y - 1;
  const present = new Set(input.tables);
  const has = (id: string): boolean => (INTEGRATION_INPUTS[id] ?? []).every((name) => present.has(name));
  const wanted = Object.keys(INTEGRATION_INPUTS).filter(has);
  if (wanted.length === 0) return [];
  for (const q of integrationSetupQueries(
    y,
    input.parallelsamfund,
    input.assumptions,
    present.has('dwelling_events'),
  ))
    await db.run(q);
  const coverage = new ReportCoverage(input.coverage);
  const yearsOf = async (table: string, column = 'year'): Promise<Set<number>> =>
    new Set(
      (
        await db.all<{ year: number }>(
          query(
            `SELECT DISTINCT CAST(${quoteIdent(column)} AS INTEGER) AS year FROM ${quoteIdent(table)} ORDER BY year`,
          ),
        )
      ).map((r) => r.year),
    );
  const residenceWhy = (years: readonly number[]): string[] =>
    years
      .filter((x) => !coverage.has('residence', x))
      .map((x) => `leveringen har ikke bopælsdata (1. januar) for ${x}`);
  const tableWhy = async (table: string, years: readonly number[], column?: string): Promise<string[]> => {
    const have = await yearsOf(table, column);
    const lacking = years.filter((x) => !have.has(x));
    return lacking.length === 0 ? [] : [`leveringen har ikke ${table} for ${yearSpans(lacking)}`];
  };
  const convictionsWhy = (years: readonly number[]): string[] => {
    const lacking = years.filter((x) => !coverage.has('convictions', x));
    return lacking.length === 0 ? [] : [`leveringen har ikke data om domme for ${yearSpans(lacking)}`];
  };

  const out: MeasuredTable[] = [];
  const relate = input.options.integrationNonwesternRelation;
  const shares = async (
    id: string,
    why: string[],
    bySex: boolean,
    run: () => Promise<GroupShareRow[]>,
  ): Promise<void> => {
    const rows = why.length > 0 ? [] : await run();
    out.push(shareTable(id, rows, bySex, why.length > 0 ? why.join('; ') : null, relate));
  };
  if (wanted.includes('figur-4.1')) {
    const why = [...residenceWhy([t]), ...(await tableWhy('employment', [t]))];
    await shares('figur-4.1', why, true, () => db.all<GroupShareRow>(employmentRateQuery(t)));
  }
  if (wanted.includes('figur-4.2')) {
    const why = [
      ...residenceWhy([t]),
      ...(await tableWhy('families', [t])),
      ...(await tableWhy('employment', [t])),
    ];
    await shares('figur-4.2', why, false, () => db.all<GroupShareRow>(childrenWithoutEmployedAdultQuery(t)));
  }
  if (wanted.includes('figur-4.3')) {
    const years = examSchoolYears(y, input.options);
    const why = [...residenceWhy(years), ...(await tableWhy('exam_results', years, 'school_year'))];
    const rows = why.length > 0 ? [] : await db.all<GroupExamRow>(examMeansQuery(years));
    out.push(examTable('figur-4.3', rows, why.length > 0 ? why.join('; ') : null, relate));
  }
  if (wanted.includes('figur-4.4')) {
    const why = [...residenceWhy([t]), ...(await tableWhy('school_enrolment', [t]))];
    await shares('figur-4.4', why, true, () => db.all<GroupShareRow>(pupilsInNonwesternSchoolsQuery(t)));
  }
  if (wanted.includes('figur-4.5')) {
    const why = [...residenceWhy([t]), ...convictionsWhy([t])];
    await shares('figur-4.5', why, false, () =>
      db.all<GroupShareRow>(youngMenConvictedQuery(t, input.assumptions)),
    );
  }
  if (wanted.includes('figur-4.6')) {
    const k = input.options.integrationConvictedAdultYears;
    const convictedYears = Array.from({ length: k }, (_, i) => t - k + 1 + i);
    const why = [
      ...residenceWhy([t]),
      ...(await tableWhy('families', [t])),
      ...convictionsWhy(convictedYears),
    ];
    await shares('figur-4.6', why, false, () =>
      db.all<GroupShareRow>(childrenWithConvictedAdultQuery(t, k, input.assumptions)),
    );
  }
  return out;
}

/** A row key of chapter 4's figures: `parallelsamfund.m` (by sex) or `parallelsamfund`. */
export const integrationRowKey = (
  category: string,
  sex: string | null,
  measure: string | null = null,
): string => [category, ...(sex === null ? [] : [sex]), ...(measure === null ? [] : [measure])].join('.');

/** The origin groups a person's own origin adds to (`nonwestern` is MENAPT + other non-western). */
const groupsOf = (origin: string): OriginGroup[] => {
  switch (origin) {
    case 'menapt':
    case 'otherNonwestern':
      return [origin, 'nonwestern'];
    case 'danish':
    case 'western':
      return [origin];
    default:
      return [];
  }
};

function shareTable(
  id: string,
  rows: readonly GroupShareRow[],
  bySex: boolean,
  missingWhy: string | null,
  relate: boolean,
): MeasuredTable {
  const sums = new Map<string, { numerator: number; denominator: number }>();
  for (const r of rows) {
    for (const g of groupsOf(r.origin)) {
      const key = `${integrationRowKey(r.category, bySex ? r.sex : null)}\u0000${g}`;
      const s = sums.get(key) ?? { numerator: 0, denominator: 0 };
      sums.set(key, { numerator: s.numerator + r.numerator, denominator: s.denominator + r.denominator });
    }
  }
  const rowKeys = INTEGRATION_CATEGORIES.flatMap((c) =>
    bySex ? SEXES.map((s) => integrationRowKey(c, s)) : [integrationRowKey(c, null)],
  );
  const cells: MeasuredCell[] = rowKeys.flatMap((row) =>
    ORIGIN_GROUPS.map((column): MeasuredCell => {
      const s = sums.get(`${row}\u0000${column}`) ?? { numerator: 0, denominator: 0 };
      const statistic: Statistic =
        missingWhy !== null
          ? { kind: 'missing', why: missingWhy }
          : {
              kind: 'share',
              numerator: s.numerator,
              denominator: s.denominator,
              numeratorPersons: s.numerator,
            };
      return { row, column, unit: 'pct', statistic };
    }),
  );
  return {
    id,
    cells,
    relations: missingWhy === null && relate ? rowKeys.map((row) => nonwesternRelation(id, row)) : [],
    largeGroupsOnly: true,
  };
}

function examTable(
  id: string,
  rows: readonly GroupExamRow[],
  missingWhy: string | null,
  relate: boolean,
): MeasuredTable {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    for (const g of groupsOf(r.origin)) {
      const key = `${integrationRowKey(r.category, r.sex)}\u0000${examColumnKey(g, r.measure)}`;
      const s = sums.get(key) ?? { sum: 0, n: 0 };
      sums.set(key, { sum: s.sum + r.sum, n: s.n + r.n });
    }
  }
  const rowKeys = INTEGRATION_CATEGORIES.flatMap((c) => SEXES.map((s) => integrationRowKey(c, s)));
  const columns = ORIGIN_GROUPS.flatMap((g) => EXAM_MEASURES.map((m) => examColumnKey(g, m)));
  const unit: Unit = 'grade';
  const cells: MeasuredCell[] = rowKeys.flatMap((row) =>
    columns.map((column): MeasuredCell => {
      const s = sums.get(`${row}\u0000${column}`) ?? { sum: 0, n: 0 };
      const statistic: Statistic =
        missingWhy !== null ? { kind: 'missing', why: missingWhy } : { kind: 'mean', sum: s.sum, n: s.n };
      return { row, column, unit, statistic };
    }),
  );
  return {
    id,
    cells,
    relations:
      missingWhy === null && relate
        ? rowKeys.flatMap((row) => EXAM_MEASURES.map((m) => nonwesternRelation(id, row, `.${m}`)))
        : [],
    largeGroupsOnly: true,
  };
}

/** Fig 4.3's column keys: origin group and measure, `menapt.mean`, `menapt.corrected`. */
export const examColumnKey = (origin: string, measure: (typeof EXAM_MEASURES)[number]): string =>
  `${origin}.${measure}`;

/** Non-western in all = MENAPT + other non-western (their numerators and denominators, or sums and pupils, add). */
const nonwesternRelation = (table: string, row: string, suffix = ''): Relation => ({
  total: { table, row, column: `nonwestern${suffix}` },
  parts: [
    { cell: { table, row, column: `menapt${suffix}` }, coefficient: 1 },
    { cell: { table, row, column: `otherNonwestern${suffix}` }, coefficient: 1 },
  ],
});
