import { readFileSync } from 'node:fs';
import { plexSansTtfFiles } from './plexSans.ts';

/** Advance widths of IBM Plex Sans Regular in em, by code point: read once from the font's `cmap` and `hmtx`. */
interface Metrics {
  readonly advance: ReadonlyMap<number, number>;
  readonly fallback: number;
}

let metrics: Metrics | undefined;

/**
 * The width of `text` in px set in IBM Plex Sans Regular at `fontSize` (no kerning): what a figure needs to
 * wrap notes and place legends before any renderer measures the text. Semibold is about 4 % wider.
 */
export function plexSansTextWidth(text: string, fontSize: number, semibold = false): number {
  metrics ??= metricsFrom(readFileSync(plexSansTtfFiles()[0] as string));
  let em = 0;
  for (const ch of text) em += metrics.advance.get(ch.codePointAt(0) as number) ?? metrics.fallback;
  return em * fontSize * (semibold ? 1.04 : 1);
}

function metricsFrom(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`IBM Plex Sans: no ${tag} table in the font file`);
    return at;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

  // cmap: the Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  const cmap = table('cmap');
  let sub: number | undefined;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + 8 * i;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
      sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub === undefined || font.readUInt16BE(sub) !== 4)
    throw new Error('IBM Plex Sans: no format-4 Unicode cmap');
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const advance = new Map<number, number>();
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    // Only the code points figures print: Latin-1 and general punctuation.
    for (let c = start; c <= Math.min(end, 0x20ff); c++) {
      if (c === 0xffff) continue;
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
        const raw = font.readUInt16BE(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) advance.set(c, advanceOf(glyph));
    }
  }
  return { advance, fallback: advance.get(0x6e) ?? 0.55 };
}
