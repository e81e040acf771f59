import { render } from 'preact-render-to-string';
import { h } from 'preact';
import type { ReportDocument } from '../report/reportDocument.ts';
import { ReportHtml } from './ReportHtml.tsx';

/**
 * `redegoerelse.html`: the whole report as one self-contained file (inline CSS, fonts and SVG; no network).
 * `pages` fills the table of contents' page numbers once the PDF's pagination is known.
 */
export function reportHtml(doc: ReportDocument, pages: ReadonlyMap<string, number> = new Map()): string {
  return `<!DOCTYPE html>\n${render(h(ReportHtml, { doc, pages }))}\n`;
}
