import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import type { ReportDocument } from '../report/reportDocument.ts';
import { withChromium } from './chromium.ts';
import { tocOf, type TocEntry } from './ReportHtml.tsx';
import { reportHtml } from './reportHtml.ts';

const run = promisify(execFile);

/** The footer of every page but the front page: the title and the page number. */
const footer = (title: string): string =>
  `<div style="font-family:'IBM Plex Sans',sans-serif;font-size:8pt;color:#555;width:100%;padding:0 20mm;` +
  `display:flex;justify-content:space-between"><span>${title}</span>` +
  `<span><span class="pageNumber"></span></span></div>`;

async function pdfOf(browser: Browser, html: string, title: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(title),
      margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await page.close();
  }
}

/** The text of each page of a PDF (poppler's pdftotext), collapsed to single spaces. */
export async function pdfPageTexts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 << 20 });
  return stdout.split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Each entry's page: the first page, from the previous entry's on, after the contents, whose text has it. */
export function pagesOfEntries(
  entries: readonly TocEntry[],
  pageTexts: readonly string[],
): Map<string, number> {
  const pages = new Map<string, number>();
  const contents = pageTexts.findIndex((t) => t.startsWith('Indhold') || t.includes(' Indhold '));
  let from = contents + 1;
  for (const e of entries) {
    const needle = e.textDa.replace(/\s+/g, ' ');
    const i = pageTexts.findIndex((t, k) => k >= from && t.includes(needle));
    if (i < 0) continue;
    pages.set(e.anchor, i + 1);
    from = i;
  }
  return pages;
}

/**
 * `redegoerelse.pdf`, printed by Chromium to A4 with page numbers, after the fonts are loaded. Chromium
 * cannot number a table of contents itself, so the report is printed once, each heading's page read from
 * the PDF's text, and printed again with the numbers (the contents reserve their place, so the pages stay).
 */
export async function printReportPdf(doc: ReportDocument, outPath: string): Promise<void> {
  const title = `${doc.titleDa} ${doc.listYear}`;
  await withChromium(async (browser) => {
    await writeFile(outPath, await pdfOf(browser, reportHtml(doc), title));
    const pages = pagesOfEntries(tocOf(doc), await pdfPageTexts(outPath));
    await writeFile(outPath, await pdfOf(browser, reportHtml(doc, pages), title));
  });
}
