import type { AreaRef } from '../core/history/designationsFromOfficialLists.ts';
import type { AreaFigures } from '../core/model/areaFigures.ts';

/**
 * The areas of a figures file as references for matching official list names: each area id with its latest
 * name and municipality, and every other name it has had as an alias.
 */
export function areaRefsFromFigures(figures: readonly AreaFigures[]): AreaRef[] {
  const byId = new Map<string, AreaFigures[]>();
  for (const f of figures) byId.set(f.areaId, [...(byId.get(f.areaId) ?? []), f]);
  return [...byId.values()].map((rows) => {
    const sorted = [...rows].sort((a, b) => a.year - b.year);
    const latest = sorted[sorted.length - 1] as AreaFigures;
    const aliases = [...new Set(sorted.map((f) => f.name))].filter((n) => n !== latest.name);
    return {
      areaId: latest.areaId,
      name: latest.name,
      municipalityCode: latest.municipalityCode,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });
}
