import type { AreaId, Year } from '../model/ids.ts';
import type { ListId } from '../model/lists.ts';
import type { ListRun } from '../model/listRun.ts';

/** An area on a list under one run but not the other (`boligmonitor compare`). */
export interface ScenarioDifference {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly list: ListId;
  readonly change: 'entersUnderScenario' | 'leavesUnderScenario';
  readonly reasonDa: string;
  readonly reasonEn: string;
}

/** Area-by-area differences of a scenario run against the official-rules run. */
export function compareRuns(official: ListRun, scenario: ListRun): ScenarioDifference[] {
  void official;
  void scenario;
  return [];
}
