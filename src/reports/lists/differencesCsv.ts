import type { ScenarioDifference } from '../../core/compare/compareRuns.ts';
import { LIST_IDS } from '../../core/model/lists.ts';
import { csvText } from './csvText.ts';
import { compareText } from './indicatorsCsv.ts';

/** Header of `differences.csv` (`boligmonitor compare --out`). */
export const DIFFERENCES_COLUMNS = [
  'year',
  'list',
  'area_id',
  'name',
  'change',
  'reason_en',
  'reason_da',
] as const;

/** Differences sorted by year, list (in the law's order), change and area id. */
export function sortedDifferences(differences: readonly ScenarioDifference[]): ScenarioDifference[] {
  return [...differences].sort(
    (a, b) =>
      a.year - b.year ||
      LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
      compareText(a.change, b.change) ||
      compareText(a.areaId, b.areaId),
  );
}

export function differencesCsv(differences: readonly ScenarioDifference[]): string {
  return csvText(
    DIFFERENCES_COLUMNS,
    sortedDifferences(differences).map((d) => [
      d.year,
      d.list,
      d.areaId,
      d.name,
      d.change,
      d.reasonEn,
      d.reasonDa,
    ]),
  );
}
