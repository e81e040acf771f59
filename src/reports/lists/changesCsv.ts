import { CHANGE_KINDS, type ListChange } from '../../core/model/listChange.ts';
import { LIST_IDS } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { csvText } from './csvText.ts';
import { compareText } from './indicatorsCsv.ts';

/** Header of `changes.csv`. */
export const CHANGES_COLUMNS = [
  'year',
  'list',
  'area_id',
  'name',
  'change',
  'reason_en',
  'reason_da',
] as const;

/** Changes sorted by year, list (in the law's order), change (entered, left, stayed) and area id. */
export function sortedChanges(run: ListRun): ListChange[] {
  return [...run.changes].sort(
    (a, b) =>
      a.year - b.year ||
      LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
      CHANGE_KINDS.indexOf(a.change) - CHANGE_KINDS.indexOf(b.change) ||
      compareText(a.areaId, b.areaId),
  );
}

/** Every change of the run with its reasons in English and Danish. */
export function changesCsv(run: ListRun): string {
  return csvText(
    CHANGES_COLUMNS,
    sortedChanges(run).map((c) => [c.year, c.list, c.areaId, c.name, c.change, c.textEn, c.textDa]),
  );
}
