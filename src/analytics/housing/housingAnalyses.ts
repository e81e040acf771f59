import {
  FIGURE_2_4_FROM,
  TABLE_2_4_FROM,
  demolitionListYear,
  type HousingOptions,
} from '../../core/housing/housingOptions.ts';
import type { AreaId } from '../../core/model/ids.ts';
import type { MeasuredTable, Relation } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic } from '../../core/model/statistic.ts';
import type { Db } from '../db.ts';
import type { AreaCategory, CategoryAreas } from '../report/reportCategory.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import { demolitionsQuery, type DemolitionRow } from './demolitionsQuery.ts';
import { housingSetupQueries } from './housingSetupQueries.ts';
import {
  LETTING_TYPES,
  lettingStockQuery,
  lettingYearsQuery,
  lettingsByTypeQuery,
  vacancyYearsQuery,
  type LettingRow,
  type LettingStockRow,
} from './lettingsQuery.ts';

/** The areas on the udsat and forebyggelse lists of one list year (for table 2.4's list in force). */
export interface ListAreas {
  /** Areas on the udsat list (before 2018: the ghetto list, then the list of vulnerable areas). */
  readonly udsat: readonly AreaId[];
  /** Areas on the forebyggelse list (none before its first list, 1 December 2021). */
  readonly forebyggelse: readonly AreaId[];
  /**
   * Areas not on either list whose decision on one of them was uncertain (a missing figure or year could have
   * put them on it): a demolition there cannot be assigned, so its year is missing, never counted as off-list.
   */
  readonly uncertain?: readonly AreaId[];
}

export interface HousingInput {
  readonly listYear: number;
  /** Table 2.2's letting year (`lettingTableYear`); default the list year. */
  readonly lettingYear?: number;
  /** Y's area categories (udsat, parallelsamfund, forebyggelse and, with development plans, plan). */
  readonly categories: CategoryAreas;
  readonly options: HousingOptions;
  /** The lists of a list year, or null when the run does not know them (not computed, no complete history). */
  readonly listsOf: (listYear: number) => ListAreas | null;
  /** The development plans (area → approval date `YYYY-MM-DD`), or null when the delivery has none. */
  readonly plans: ReadonlyMap<AreaId, string> | null;
}

/** Table 2.2's rows: Y's categories and the whole country (all public family dwellings and rooms). */
export type LettingCategory = AreaCategory | 'country';
/** Table 2.2's columns after the letting types. */
export const TABLE_2_2_STOCK_COLUMNS = ['total', 'relet', 'tenancies', 'vacant', 'vacancyRate'] as const;
/** Table 2.4's columns. */
export const TABLE_2_4_COLUMNS = ['udsat', 'forebyggelse', 'total', 'plan'] as const;

/** Table 2.2's row order: the seed's four categories (plan only with plans), then the whole country. */
export function lettingCategories(categories: CategoryAreas): LettingCategory[] {
  return [
    'udsat',
    'parallelsamfund',
    ...(categories.has('plan') ? (['plan'] as const) : []),
    'forebyggelse',
    'country',
  ];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const missing = (why: string): Statistic => ({ kind: 'missing', why });
const count = (n: number): Statistic => ({ kind: 'count', count: n });

/**
 * The measured tables of chapter 2.4 and 2.6 (domain §9) on the open workspace: `tabel-2.2` (letting in Y by
 * type, re-let, tenancies and vacancies on 1 January Y + 1), `figur-2.4a`–`b` (flexible and municipal letting
 * as shares of all lettings, 2020–Y, in Y's udsatte and forebyggelse areas, beside flexible letting in all
 * public family dwellings and rooms) and `tabel-2.4` (strategic demolitions by year and the list in force).
 * The cells count dwellings and lettings, not persons (`notPersons`: no primary rule). A table the delivery
 * lacks leaves its cells missing with the reason; a year it does not cover, that year's cells.
 */
/**
 * Table 2.2's letting year t for list year Y (`housingLettingYear`): Y under `listYear`; under `latestCovered`
 * the latest t ≤ Y whose lettings (during t) and vacancies (1 January t + 1) the delivery both holds, else Y
 * (the table then shows what is missing).
 */
export async function lettingTableYear(db: Db, listYear: number, o: HousingOptions): Promise<number> {
  if (o.housingLettingYear === 'listYear') return listYear;
  const tables = new Set(await workspaceTables(db));
  if (!tables.has('lettings') || !tables.has('vacancies')) return listYear;
  const letting = new Set((await db.all<{ year: number }>(lettingYearsQuery())).map((r) => r.year));
  const vacancy = new Set((await db.all<{ year: number }>(vacancyYearsQuery())).map((r) => r.year));
  const covered = [...letting].filter((t) => t <= listYear && vacancy.has(t + 1));
  return covered.length === 0 ? listYear : Math.max(...covered);
}

export async function housingAnalyses(db: Db, input: HousingInput): Promise<MeasuredTable[]> {
  const y = input.listYear;
  const t22 = input.lettingYear ?? y;
  const tables = new Set(await workspaceTables(db));
  for (const q of housingSetupQueries({
    listYear: y,
    categories: input.categories,
    dwellingEvents: tables.has('dwelling_events'),
  })) {
    await db.run(q);
  }
  const hasLettings = tables.has('lettings');
  const hasVacancies = tables.has('vacancies');
  const lettingYears = new Set(
    hasLettings ? (await db.all<{ year: number }>(lettingYearsQuery())).map((r) => r.year) : [],
  );
  const vacancyYears = new Set(
    hasVacancies ? (await db.all<{ year: number }>(vacancyYearsQuery())).map((r) => r.year) : [],
  );
  const figureYears = range(FIGURE_2_4_FROM, y);
  const lettingQueryYears = [...new Set([...figureYears, t22])].filter((t) => lettingYears.has(t));
  const lettings =
    lettingQueryYears.length > 0 ? await db.all<LettingRow>(lettingsByTypeQuery(lettingQueryYears)) : [];
  const stock = await db.all<LettingStockRow>(
    lettingStockQuery(t22, { lettings: hasLettings, vacancies: hasVacancies }),
  );
  const lettingWhy = (t: number): string | null =>
    !hasLettings
      ? 'leveringen indeholder ikke lettings'
      : lettingYears.has(t)
        ? null
        : `lettings har ingen udlejninger i ${t}`;
  const vacancyWhy = (t: number): string | null =>
    !hasVacancies
      ? 'leveringen indeholder ikke vacancies'
      : vacancyYears.has(t)
        ? null
        : `vacancies mangler for 1. januar ${t}`;
  const letting = new Map(lettings.map((r) => [`${r.category}|${r.year}|${r.letting_type}`, Number(r.n)]));
  const lettingsOf = (category: string, t: number, type: string): number =>
    letting.get(`${category}|${t}|${type}`) ?? 0;
  const allLettingsOf = (category: string, t: number): number =>
    LETTING_TYPES.reduce((s, type) => s + lettingsOf(category, t, type), 0);
  const noAreas = (category: LettingCategory): boolean =>
    category !== 'country' && (input.categories.get(category)?.length ?? 0) === 0;

  // Table 2.2
  const cells22: MeasuredCell[] = [];
  const relations22: Relation[] = [];
  const stockOf = new Map(stock.map((r) => [r.category, r]));
  for (const category of lettingCategories(input.categories)) {
    const put = (column: string, statistic: Statistic): void => {
      cells22.push({ row: category, column, unit: column === 'vacancyRate' ? 'pct' : 'count', statistic });
    };
    const s = stockOf.get(category);
    const tenancies = Number(s?.tenancies ?? 0);
    const vacant = Number(s?.vacant ?? 0);
    const guard = (why: string | null, f: () => Statistic): Statistic =>
      noAreas(category) ? missing('ingen områder i kategorien') : why !== null ? missing(why) : f();
    const letWhy = lettingWhy(t22);
    const vacWhy = vacancyWhy(t22 + 1);
    for (const type of LETTING_TYPES)
      put(
        type,
        guard(letWhy, () => count(lettingsOf(category, t22, type))),
      );
    put(
      'total',
      guard(letWhy, () => count(allLettingsOf(category, t22))),
    );
    relations22.push({
      total: { table: 'tabel-2.2', row: category, column: 'total' },
      parts: LETTING_TYPES.map((type) => ({
        cell: { table: 'tabel-2.2', row: category, column: type },
        coefficient: 1,
      })),
    });
    const reletWhy = input.options.housingRelet === 'letOrVacant' ? (letWhy ?? vacWhy) : letWhy;
    put(
      'relet',
      guard(reletWhy, () =>
        count(
          Number(s?.let_dwellings ?? 0) +
            (input.options.housingRelet === 'letOrVacant' ? Number(s?.vacant_not_let ?? 0) : 0),
        ),
      ),
    );
    put(
      'tenancies',
      guard(null, () => count(tenancies)),
    );
    put(
      'vacant',
      guard(vacWhy, () => count(vacant)),
    );
    put(
      'vacancyRate',
      guard(vacWhy, () =>
        tenancies === 0
          ? missing(`ingen almene familieboliger eller enkeltværelser pr. 1. januar ${t22 + 1}`)
          : { kind: 'share', numerator: vacant, denominator: tenancies, numeratorPersons: vacant },
      ),
    );
  }

  // Figures 2.4a–b
  const figure = (id: string, category: AreaCategory): MeasuredTable => {
    const share = (of: string, type: string, t: number): Statistic => {
      const why = lettingWhy(t);
      if (why !== null) return missing(why);
      if (of !== 'country' && (input.categories.get(category)?.length ?? 0) === 0)
        return missing('ingen områder i kategorien');
      const all = allLettingsOf(of, t);
      if (all === 0) return missing(`ingen udlejninger i ${t}`);
      const n = lettingsOf(of, t, type);
      return { kind: 'share', numerator: n, denominator: all, numeratorPersons: n };
    };
    const cells = figureYears.flatMap((t): MeasuredCell[] => [
      { row: 'flexible', column: String(t), unit: 'pct', statistic: share(category, 'flexible', t) },
      { row: 'municipal', column: String(t), unit: 'pct', statistic: share(category, 'municipal', t) },
      { row: 'flexibleCountry', column: String(t), unit: 'pct', statistic: share('country', 'flexible', t) },
    ]);
    return { id, cells, relations: [], notPersons: true };
  };

  return [
    { id: 'tabel-2.2', cells: cells22, relations: relations22, notPersons: true },
    figure('figur-2.4a', 'udsat'),
    figure('figur-2.4b', 'forebyggelse'),
    await demolitionTable(db, input, tables.has('dwelling_events')),
  ];
}

/**
 * Table 2.4 (domain §9): strategic demolitions per year 2018–Y by the category of the area under the list that
 * decides it (`housingDemolitionList`), the total of the two categories, and of that total the demolitions in
 * areas with a development plan (`housingDemolitionPlan`); the last row (`total`, "Samlet") sums the years.
 * The forebyggelse list did not exist before 1 December 2021: no area was on it, so its demolitions are 0.
 */
async function demolitionTable(db: Db, input: HousingInput, hasEvents: boolean): Promise<MeasuredTable> {
  const y = input.listYear;
  const years = range(TABLE_2_4_FROM, y);
  const id = 'tabel-2.4';
  const o = input.options;
  const fixedListYear = demolitionListYear(o, y) === null ? y : null;
  const rows: DemolitionRow[] = hasEvents
    ? await db.all<DemolitionRow>(
        demolitionsQuery(
          TABLE_2_4_FROM,
          y,
          fixedListYear !== null ? { fixedListYear } : { listOffset: (demolitionListYear(o, y) ?? y) - y },
        ),
      )
    : [];
  const cells: MeasuredCell[] = [];
  const relations: Relation[] = [];
  const ref = (row: string, column: string) => ({ table: id, row, column });
  const sums = new Map<string, number>();
  const unknownYears: number[] = [];
  for (const t of years) {
    const listYear = demolitionListYear(o, t) ?? y;
    const lists = input.listsOf(listYear);
    const put = (column: string, statistic: Statistic): void => {
      cells.push({ row: String(t), column, unit: 'count', statistic });
      if (statistic.kind === 'count') sums.set(column, (sums.get(column) ?? 0) + statistic.count);
    };
    if (!hasEvents || lists === null) {
      const why = !hasEvents
        ? 'leveringen indeholder ikke dwelling_events'
        : `listerne pr. 1. december ${listYear} er ikke kendt i kørslen`;
      for (const column of TABLE_2_4_COLUMNS) put(column, missing(why));
      unknownYears.push(t);
      continue;
    }
    const udsat = new Set<string>(lists.udsat);
    const forebyggelse = new Set<string>(lists.forebyggelse);
    const ofYear = rows.filter((r) => Number(r.year) === t);
    const uncertain = new Set<string>(lists.uncertain ?? []);
    const unassignable = [
      ...new Set(
        ofYear
          .filter((r) => uncertain.has(r.area_id) && !udsat.has(r.area_id) && !forebyggelse.has(r.area_id))
          .map((r) => r.area_id),
      ),
    ].sort();
    if (unassignable.length > 0) {
      const why =
        `listeafgørelsen pr. 1. december ${listYear} er usikker for ${unassignable.join(', ')}, ` +
        'hvor der er nedrevet boliger';
      for (const column of TABLE_2_4_COLUMNS) put(column, missing(why));
      unknownYears.push(t);
      continue;
    }
    const sum = (keep: (r: DemolitionRow) => boolean): number =>
      ofYear.filter(keep).reduce((s, r) => s + Number(r.dwellings), 0);
    const inUdsat = sum((r) => udsat.has(r.area_id));
    const inForebyggelse = sum((r) => !udsat.has(r.area_id) && forebyggelse.has(r.area_id));
    put('udsat', count(inUdsat));
    put('forebyggelse', count(inForebyggelse));
    put('total', count(inUdsat + inForebyggelse));
    const plans = input.plans;
    put(
      'plan',
      plans === null
        ? missing('leveringen indeholder ikke development_plans')
        : count(
            sum((r) => {
              if (!udsat.has(r.area_id) && !forebyggelse.has(r.area_id)) return false;
              const approved = plans.get(r.area_id as AreaId);
              if (approved === undefined) return false;
              return o.housingDemolitionPlan === 'anyPlan' || approved < r.event_date;
            }),
          ),
    );
    relations.push({
      total: ref(String(t), 'total'),
      parts: [
        { cell: ref(String(t), 'udsat'), coefficient: 1 },
        { cell: ref(String(t), 'forebyggelse'), coefficient: 1 },
      ],
    });
  }
  for (const column of TABLE_2_4_COLUMNS) {
    const total = cells.filter((c) => c.column === column);
    const why = total.find((c) => c.statistic.kind === 'missing');
    cells.push({
      row: 'total',
      column,
      unit: 'count',
      statistic:
        why !== undefined
          ? missing(
              unknownYears.length > 0
                ? `ikke alle år er kendt (${unknownYears.join(', ')})`
                : why.statistic.kind === 'missing'
                  ? why.statistic.why
                  : 'ukendt',
            )
          : count(sums.get(column) ?? 0),
    });
    relations.push({
      total: ref('total', column),
      parts: years.map((t) => ({ cell: ref(String(t), column), coefficient: 1 })),
    });
  }
  relations.push({
    total: ref('total', 'total'),
    parts: [
      { cell: ref('total', 'udsat'), coefficient: 1 },
      { cell: ref('total', 'forebyggelse'), coefficient: 1 },
    ],
  });
  return { id, cells, relations, notPersons: true };
}
