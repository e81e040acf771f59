import { Resvg } from '@resvg/resvg-js';
import { PLEX_SANS_FAMILY, plexSansTtfFiles } from '../fonts/plexSans.ts';

/**
 * A figure's SVG as a PNG `widthPx` wide (height to scale), on white. Text is set in IBM Plex Sans loaded from
 * its files, never from the system's fonts, so the picture is the same on every machine.
 */
export function svgToPng(svg: string, widthPx: number): Buffer {
  if (!Number.isInteger(widthPx) || widthPx <= 0)
    throw new Error(`PNG width must be a positive integer: ${widthPx}`);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: widthPx },
    font: { loadSystemFonts: false, fontFiles: plexSansTtfFiles(), defaultFontFamily: PLEX_SANS_FAMILY },
    textRendering: 1,
    shapeRendering: 2,
  });
  return resvg.render().asPng();
}
