import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/reports/charts/svgToPng.ts';
import { MAP_ATTRIBUTION_DA, municipalityMapSvg } from '../../../src/reports/maps/municipalityMapSvg.ts';
import { municipalities } from '../../../src/reference/municipalities.ts';
import { resolve } from 'node:path';
import { expectGolden } from '../../expectGolden.ts';

const values = new Map<string, number | { kind: 'suppressed'; rule: string; primaryOrSecondary: 'primary' }>([
  ['101', 15],
  ['751', 4],
  ['400', 1],
  ['147', { kind: 'suppressed', rule: 'x', primaryOrSecondary: 'primary' }],
]);

describe('the municipality map', () => {
  const svg = municipalityMapSvg({ values, legendTitleDa: 'Antal forebyggelsesområder' });

  it('is an accessible SVG: a name, a description and every municipality named with its value', () => {
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
    expect(svg).toContain('<title');
    expect(svg).toContain('<desc');
    for (const m of municipalities()) expect(svg, m.name).toContain(m.name);
    expect(svg).toMatch(/København[^<]*15/);
  });

  it('says what has no number: suppressed and missing in the legend, and carries the DAGI attribution', () => {
    expect(svg).toContain('Diskretioneret');
    expect(svg).toContain('Ingen data');
    expect(svg).toContain(MAP_ATTRIBUTION_DA.replace('(', '').slice(0, 20));
  });

  it('matches its golden: a count per municipality, Bornholm in its inset, one suppressed (golden)', () => {
    expectGolden(
      resolve(import.meta.dirname, '..', '..', 'golden', 'charts'),
      'map-counts-suppressed.svg',
      svg,
    );
  });

  it('draws as a PNG of the asked width', () => {
    const png = svgToPng(svg, 640);
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(640);
  });
});
