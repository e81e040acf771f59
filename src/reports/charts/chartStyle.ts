import { PLEX_SANS_FAMILY } from '../fonts/plexSans.ts';
import { plexSansTextWidth } from '../fonts/plexSansMetrics.ts';

/**
 * The look every figure shares: the ministry's blue-led palette, ordered so that neighbouring series differ in
 * lightness as well as hue (the report is also printed in black and white), and IBM Plex Sans throughout.
 */
export const CHART_STYLE = {
  fontFamily: `${PLEX_SANS_FAMILY}, sans-serif`,
  fontSize: 11,
  smallFontSize: 9.5,
  text: '#1a1a1a',
  mutedText: '#555555',
  axis: '#6b6b6b',
  grid: '#dddddd',
  /** Series colours in order: dark navy, light blue, orange, mid grey, teal, dark grey. */
  series: ['#0b2f5b', '#79a8d8', '#e0823d', '#8c8c8c', '#2f8f83', '#3d3d3d'],
  /** Dash patterns of line series, in the same order (solid first), for a greyscale print. */
  dashes: ['', '6,3', '2,2.5', '9,3,2,3', '4,4', '1,3'],
  /** Point symbols of line series, in the same order. */
  symbols: ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'],
} as const;

/** The colour of series `i` (wraps round when there are more series than colours). */
export const seriesColour = (i: number): string =>
  CHART_STYLE.series[i % CHART_STYLE.series.length] as string;
export const seriesDash = (i: number): string => CHART_STYLE.dashes[i % CHART_STYLE.dashes.length] as string;
export const seriesSymbol = (i: number): string =>
  CHART_STYLE.symbols[i % CHART_STYLE.symbols.length] as string;

/** The map's fills: a light neutral for 0, five blues light to dark, patterns for what has no number. */
export const MAP_STYLE = {
  zero: '#f1f0ec',
  classes: ['#d3e3f3', '#9fc3e6', '#5f96cd', '#2c65a6', '#0b2f5b'],
  border: '#7d7d7d',
  borderWidth: 0.35,
  hatch: '#555555',
  noData: '#ffffff',
} as const;

/** The width of `text` in px at `fontSize`, from the font's own advance widths. */
export const textWidth = (text: string, fontSize: number, semibold = false): number =>
  plexSansTextWidth(text, fontSize, semibold);

/** `text` broken at spaces into lines no wider than `maxWidth` px at `fontSize`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, semibold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, semibold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A coordinate or length rounded to 0.01 px, printed without trailing zeros: stable, short SVG. */
export const px = (x: number): string => String(Math.round(x * 100) / 100 || 0);
