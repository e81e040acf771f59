import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { REFERENCE_DIR } from './referenceDir.ts';

/** One municipality's boundary (reference/geo/dk-municipalities.geojson, DAGI 1:500.000, see SOURCES.md §1). */
export interface MunicipalityShape {
  readonly type: 'Feature';
  /** The 3-digit code as a string (`"101"`), as in municipalities.csv. */
  readonly code: string;
  readonly name: string;
  readonly properties: { readonly code: string; readonly name: string };
  /** WGS84 lon/lat, exterior rings clockwise (the winding d3-geo expects). */
  readonly geometry: Polygon | MultiPolygon;
}

/** The attribution SOURCES.md §1 requires wherever a map built from the boundaries appears. */
export const MUNICIPALITY_GEOMETRY_ATTRIBUTION_DA =
  'Indeholder data fra Geodatastyrelsen og Danske Kommuner, DAGI 1:500.000, februar 2014 ' +
  '(via github.com/Neogeografen/dagi).';

let cache: readonly MunicipalityShape[] | undefined;

/** The 98 municipalities' boundaries, sorted by code (numerically, as municipalities.csv). */
export function municipalityShapes(): readonly MunicipalityShape[] {
  cache ??= shapesFrom(readFileSync(join(REFERENCE_DIR, 'geo', 'dk-municipalities.geojson'), 'utf8'));
  return cache;
}

function shapesFrom(text: string): readonly MunicipalityShape[] {
  const file = 'reference/geo/dk-municipalities.geojson';
  const json = JSON.parse(text) as { type?: unknown; features?: unknown };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`not a GeoJSON FeatureCollection: ${file}`);
  }
  const shapes = (json.features as unknown[]).map((f, i): MunicipalityShape => {
    const feature = f as { properties?: { code?: unknown; name?: unknown }; geometry?: { type?: unknown } };
    const code = feature.properties?.code;
    const name = feature.properties?.name;
    const type = feature.geometry?.type;
    if (
      typeof code !== 'string' ||
      typeof name !== 'string' ||
      (type !== 'Polygon' && type !== 'MultiPolygon')
    ) {
      throw new Error(`feature ${i} has no string code and name or no (multi)polygon: ${file}`);
    }
    return {
      type: 'Feature',
      code,
      name,
      properties: { code, name },
      geometry: feature.geometry as Polygon | MultiPolygon,
    };
  });
  return shapes.sort((a, b) => Number(a.code) - Number(b.code));
}
