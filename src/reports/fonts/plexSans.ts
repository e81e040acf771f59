import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * IBM Plex Sans, the typeface of the Danish government's design system, from the `dkfds` package
 * (SIL Open Font License 1.1, © 2017 IBM Corp., see reference/SOURCES.md). Figures name it and nothing else,
 * so a figure looks the same in the report, in the browser and as a PNG.
 */
export const PLEX_SANS_FAMILY = 'IBM Plex Sans';

/** The weights figures use: regular text and semibold emphasis (legend titles). */
export const PLEX_SANS_WEIGHTS = [
  { weight: 400, style: 'Regular' },
  { weight: 600, style: 'SemiBold' },
] as const;

/** The `dkfds` package directory, wherever the package manager put it. */
function dkfdsDir(): string {
  // The package's main file is dist/js/dkfds.min.js.
  return dirname(dirname(dirname(createRequire(import.meta.url).resolve('dkfds'))));
}

const fontsDir = (): string => join(dkfdsDir(), 'dist', 'fonts', 'IBMPlexSans');

/** The TrueType files of the weights figures use, for a renderer that loads fonts by file (resvg). */
export function plexSansTtfFiles(): string[] {
  return PLEX_SANS_WEIGHTS.map((w) => join(fontsDir(), 'complete', 'ttf', `IBMPlexSans-${w.style}.ttf`));
}

/** The font's licence text (OFL 1.1), to ship beside a file that embeds the font. */
export function plexSansLicence(): string {
  return readFileSync(join(fontsDir(), 'complete', 'ttf', 'license.txt'), 'utf8');
}

let css: string | undefined;

/**
 * `@font-face` rules with the font's Latin-1 subset (æ, ø, å, –, −, €) inlined as WOFF2 data URIs: what a
 * standalone SVG file needs to show its text in IBM Plex Sans without network or installed fonts.
 */
export function plexSansFontFaceCss(): string {
  css ??= PLEX_SANS_WEIGHTS.map((w) => {
    const file = join(fontsDir(), 'split', 'woff2', `IBMPlexSans-${w.style}-Latin1.woff2`);
    const data = readFileSync(file).toString('base64');
    return (
      `@font-face{font-family:"${PLEX_SANS_FAMILY}";font-style:normal;font-weight:${w.weight};` +
      `src:url(data:font/woff2;base64,${data}) format("woff2")}`
    );
  }).join('');
  return css;
}

/** `svg` (one root `<svg>` element) as a standalone file: the font embedded in a `<style>` after the root tag. */
export function svgWithEmbeddedFont(svg: string): string {
  const rootEnd = svg.indexOf('>', svg.indexOf('<svg'));
  if (rootEnd < 0) throw new Error('not an SVG document: no <svg> root element');
  return `${svg.slice(0, rootEnd + 1)}<style>${plexSansFontFaceCss()}</style>${svg.slice(rootEnd + 1)}`;
}
