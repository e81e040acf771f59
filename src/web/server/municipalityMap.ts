import type { Year } from '../../core/model/ids.ts';
import { municipalities } from '../../reference/municipalities.ts';
import { municipalityMapSvg } from '../../reports/maps/municipalityMapSvg.ts';
import type { MapRenderer } from './pageRoutes.tsx';

/**
 * The front page's map: Denmark's 98 municipalities by the number of their areas on a list in `year` (0 where
 * none), each a link to the municipality's page, so the map is reachable by keyboard and names every
 * municipality with its number to a screen reader.
 */
export const municipalityMap: MapRenderer = (counts: ReadonlyMap<string, number>, year: Year) =>
  municipalityMapSvg({
    values: new Map(municipalities().map((m) => [m.code, counts.get(m.code) ?? 0])),
    legendTitleDa: `Områder på en liste ${year}`,
    titleDa: `Kort: boligområder på en liste pr. 1. december ${year}, pr. kommune`,
    hrefOf: (code) => `/kommuner/${code}`,
    idPrefix: 'forsidekort',
    width: 640,
  });
