import { DEFAULT_HOUSING_OPTIONS, type HousingOptions } from '../core/housing/housingOptions.ts';
import { areaId, type AreaId, type Year } from '../core/model/ids.ts';
import type { ListRun } from '../core/model/listRun.ts';
import type { ListId } from '../core/model/lists.ts';
import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { Db } from '../analytics/db.ts';
import { housingAnalyses, lettingTableYear, type ListAreas } from '../analytics/housing/housingAnalyses.ts';
import type { CategoryAreas } from '../analytics/report/reportCategory.ts';
import { workspaceTables } from '../analytics/report/workspaceTables.ts';
import { query } from '../analytics/sql.ts';
import { chapter2HousingCatalogue } from '../views/report/chapter2HousingCatalogue.ts';
import { chapter2HousingFactsFrom } from '../views/report/chapter2HousingFacts.ts';
import type { ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import type { ReportTableSpec } from '../views/report/reportTableFrom.ts';

/** Chapter 2.4 and 2.6 for the report: the measured tables, then (after disclosure control) specs and facts. */
export interface HousingSections {
  readonly measured: readonly MeasuredTable[];
  readonly specs: (sourceDa: string) => ReportTableSpec[];
  readonly facts: (tables: readonly ReportTable[]) => ReportFact[];
  /** The options used, for the manifest. */
  readonly options: HousingOptions;
}

/** Lists whose areas are "udsatte områder" in table 2.4: the udsat list, and before 2018 the ghetto list. */
const UDSAT_LISTS: readonly ListId[] = ['udsat', 'ghetto', 'hard_ghetto', 'parallelsamfund', 'omdannelse'];

/**
 * The lists of a list year as the run knows them: computed for a requested or context year (`contextDesignations`),
 * else unknown (null) — table 2.4 then shows that year as missing, never as 0; with the areas whose decision on
 * one of the lists was uncertain (`contextAssessments`).
 */
export function listsFromRun(run: ListRun): (year: Year) => ListAreas | null {
  const known = new Set([...run.years, ...run.contextYears]);
  const all = [...run.designations, ...(run.contextDesignations ?? [])];
  const assessments = [...run.assessments, ...(run.contextAssessments ?? [])];
  const TABLE_LISTS: readonly ListId[] = [...UDSAT_LISTS, 'forebyggelse'];
  return (year) => {
    if (!known.has(year)) return null;
    const of = (lists: readonly ListId[]): AreaId[] => [
      ...new Set(all.filter((d) => d.year === year && lists.includes(d.list)).map((d) => d.areaId)),
    ];
    const uncertain = [
      ...new Set(
        assessments
          .filter(
            (a) =>
              a.year === year &&
              a.decisions.some((d) => d.uncertain && !d.member && TABLE_LISTS.includes(d.list)),
          )
          .map((a) => a.areaId),
      ),
    ];
    return { udsat: of(UDSAT_LISTS), forebyggelse: of(['forebyggelse']), uncertain };
  };
}

/** The approval dates (`YYYY-MM-DD`) of the development plans of `areas`, from the workspace's `development_plans`. */
async function planApprovals(db: Db, areas: readonly AreaId[]): Promise<Map<AreaId, string>> {
  if (areas.length === 0) return new Map();
  const rows = await db.all<{ area_id: string; approved: string }>(
    query(
      `
      SELECT area_id, strftime(approved_date, '%Y-%m-%d') AS approved
      FROM development_plans
      WHERE list_contains(CAST($areas AS VARCHAR[]), area_id)
      ORDER BY area_id
      `,
      { areas: [...areas] },
    ),
  );
  return new Map(rows.map((r) => [areaId(r.area_id), r.approved]));
}

/** Chapter 2.4 (letting) and 2.6 (strategic demolition) of the report of `listYear`, on the open workspace. */
export async function reportHousing(
  db: Db,
  run: ListRun,
  opts: {
    readonly listYear: Year;
    readonly categories: CategoryAreas;
    /** The areas with an approved plan by 1 December of the list year; null without development plans. */
    readonly planAreas: readonly AreaId[] | null;
    readonly options?: HousingOptions;
  },
): Promise<HousingSections> {
  const options = opts.options ?? DEFAULT_HOUSING_OPTIONS;
  const plans = opts.planAreas === null ? null : await planApprovals(db, opts.planAreas);
  const lettingYear = await lettingTableYear(db, opts.listYear, options);
  const measured = await housingAnalyses(db, {
    listYear: opts.listYear,
    lettingYear,
    categories: opts.categories,
    options,
    listsOf: listsFromRun(run),
    plans,
  });
  const hasDwellingEvents = (await workspaceTables(db)).includes('dwelling_events');
  return {
    measured,
    options,
    specs: (sourceDa) =>
      chapter2HousingCatalogue({
        listYear: opts.listYear,
        lettingYear,
        udsatCount: opts.categories.get('udsat')?.length ?? 0,
        forebyggelseCount: opts.categories.get('forebyggelse')?.length ?? 0,
        hasPlans: plans !== null,
        hasDwellingEvents,
        options,
        sourceDa,
      }),
    facts: (tables) => chapter2HousingFactsFrom(lettingYear, tables),
  };
}
