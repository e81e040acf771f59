import type { Designation } from '../../core/model/designation.ts';
import { LIST_IDS } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { csvText } from './csvText.ts';
import { compareText } from './indicatorsCsv.ts';

/** Header of `lists.csv`, exactly data contract §D. */
export const LISTS_COLUMNS = ['year', 'area_id', 'list'] as const;

/** The run's computed designations, sorted by year, list (in the law's order) and area id. */
export function sortedDesignations(run: ListRun): Designation[] {
  return [...run.designations]
    .filter((d) => run.years.includes(d.year))
    .sort(
      (a, b) =>
        a.year - b.year ||
        LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
        compareText(a.areaId, b.areaId),
    );
}

/** One row per (year, area_id, list) membership. */
export function listsCsv(run: ListRun): string {
  return csvText(
    LISTS_COLUMNS,
    sortedDesignations(run).map((d) => [d.year, d.areaId, d.list]),
  );
}
