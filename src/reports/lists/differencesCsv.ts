import type { ScenarioDifference } from '../../core/compare/compareRuns.ts';
import { sortedDifferences } from '../../views/scenarioComparison.ts';
import { csvText } from './csvText.ts';

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
