import { areaId, municipalityCode } from '../model/ids.ts';
import type { AreaRef } from './designationsFromOfficialLists.ts';
import { slugOfAreaName } from './normaliseAreaName.ts';

/** One row of `reference/official-lists/areas.csv`. */
export interface OfficialAreaRow {
  readonly area_name: string;
  readonly municipality_code: string;
  readonly aliases_or_notes?: string;
}

/**
 * AreaRef per official area: id `${municipality_code}-${slug(area_name)}` (e.g. `101-mjoelnerparken`);
 * aliases are the `;`-separated entries of `aliases_or_notes` (notes among them match no published name).
 */
export function areaRefsFromOfficialAreas(rows: readonly OfficialAreaRow[]): AreaRef[] {
  return rows.map((r) => {
    const aliases = (r.aliases_or_notes ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    return {
      areaId: areaId(`${r.municipality_code}-${slugOfAreaName(r.area_name)}`),
      name: r.area_name,
      municipalityCode: municipalityCode(r.municipality_code),
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });
}
