import type { Designation } from '../model/designation.ts';
import type { AreaId, MunicipalityCode } from '../model/ids.ts';

/** One row of `reference/official-lists/lists_by_year.csv` (line = 1-based line in the file). */
export interface OfficialListRow {
  readonly line: number;
  readonly year: number;
  readonly listType: string;
  readonly areaName: string;
  readonly municipalityCode: string;
}

/** A known area with the names it has been published under. */
export interface AreaRef {
  readonly areaId: AreaId;
  readonly name: string;
  readonly municipalityCode: MunicipalityCode;
  readonly aliases?: readonly string[];
}

export function normaliseAreaName(name: string): string {
  return name.toLowerCase();
}

export function designationsFromOfficialLists(
  rows: readonly OfficialListRow[],
  areas: readonly AreaRef[],
): { designations: Designation[]; unmatched: OfficialListRow[]; skipped: OfficialListRow[] } {
  void rows;
  void areas;
  return { designations: [], unmatched: [], skipped: [] };
}
