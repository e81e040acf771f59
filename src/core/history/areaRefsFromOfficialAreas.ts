import type { AreaRef } from './designationsFromOfficialLists.ts';

/** One row of `reference/official-lists/areas.csv`. */
export interface OfficialAreaRow {
  readonly area_name: string;
  readonly municipality_code: string;
  readonly aliases_or_notes?: string;
}

/** AreaRef per official area: id `${municipality_code}-${slug(area_name)}`, aliases from `aliases_or_notes`. */
export function areaRefsFromOfficialAreas(rows: readonly OfficialAreaRow[]): AreaRef[] {
  void rows;
  return [];
}
