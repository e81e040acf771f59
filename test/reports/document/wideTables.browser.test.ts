import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/disclosure/cell.ts';
import { CHROMIUM_PATH } from '../../../src/reports/document/chromium.ts';
import { withHeaderBreaksDa } from '../../../src/reports/document/headerBreaksDa.ts';
import { reportHtml } from '../../../src/reports/document/reportHtml.ts';
import type { ReportDocument } from '../../../src/reports/report/reportDocument.ts';
import type { ReportTable } from '../../../src/views/report/reportTable.ts';
import { DOCUMENT } from './fixtures.ts';

/** Table 2.2's shape: 11 columns with the seed's headings and national-scale numbers. */
const HEADINGS = [
  'Internt i afd./org.',
  'Ekstern venteliste',
  'Fleksibel udlejning',
  'Kombineret udlejning',
  'Kommunal anvisning',
  'Andet',
  'I alt',
  'Antal genudlejede lejemål',
  'Antal lejemål i alt',
  'Ledige boliger pr. 1. januar 2024',
  'Lejeledighedsprocent',
];
const WIDE: ReportTable = {
  id: 'tabel-2.2',
  titleDa: 'Udlejningsregler anvendt ved udlejning i 2023 fordelt på de fire områdekategorier',
  rows: [{ key: 'country', labelDa: 'Hele landet (alle almene boliger)' }],
  columns: HEADINGS.map((labelDa, i) => ({ key: `c${i}`, labelDa })),
  cells: HEADINGS.map((_, i): Cell => ({
    row: 'country',
    column: `c${i}`,
    unit: i === 10 ? 'pct' : 'count',
    value: { kind: 'value', value: i === 10 ? 12.4 : 106733 },
  })),
  unit: 'count',
  notesDa: [],
  sourceDa: 'Test',
};

describe('wide tables in the printed report', () => {
  it('headings break long words only where declared, with a soft hyphen', () => {
    expect(withHeaderBreaksDa('Lejeledighedsprocent')).toBe('Lejeledigheds\u00adprocent');
    expect(withHeaderBreaksDa('Antal sprogprøveforsøg')).toBe('Antal sprogprøve\u00adforsøg');
    expect(withHeaderBreaksDa('Ekstern venteliste')).toBe('Ekstern venteliste');
  });

  it('an 11-column table fits the A4 text width in print (else Chromium shrinks every page)', async () => {
    const doc: ReportDocument = {
      ...DOCUMENT,
      chapters: [{ ...DOCUMENT.chapters[1]!, blocks: [{ kind: 'table', table: WIDE }] }],
    };
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox'],
    });
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      // A4 (210 mm) less the 20 mm side margins of @page: 170 mm at 96 px per inch.
      await page.setViewportSize({ width: Math.floor((170 / 25.4) * 96), height: 1200 });
      await page.setContent(reportHtml(doc), { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('table.data')].map((t) => t.scrollWidth - document.body.clientWidth),
      );
      expect(overflow.length).toBe(1);
      expect(overflow[0]).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  });
});
