import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/reports/document/reportHtml.ts';
import { expectGolden } from '../../expectGolden.ts';
import { DOCUMENT } from './fixtures.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'report');

/** The HTML without the embedded fonts (megabytes of base64 that say nothing about the layout). */
const normalised = (html: string): string =>
  html
    .replace(/url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\)/g, 'url(data:font/woff2;base64,…)')
    .replace(/></g, '>\n<');

describe('redegoerelse.html', () => {
  const html = reportHtml(DOCUMENT, new Map([['kapitel-1', 3]]));

  it('matches the golden (fonts elided)', () => {
    expectGolden(DIR, 'small-document.html', normalised(html));
  });

  it('is self-contained: fonts embedded, nothing fetched from the network', () => {
    expect(html).toContain('url(data:font/woff2;base64,');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('escapes raw HTML in the text: data in facts can never become markup', () => {
    expect(html).not.toContain('<script>x()</script>');
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
  });

  it('prints every cell kind in the one table renderer, and explains the marks', () => {
    expect(html).toContain('<td>49,3 pct.</td>');
    expect(html).toContain('<td>*</td>');
    expect(html).toContain('<td>..</td>');
    expect(html).toContain('<td>–</td>');
    expect(html).toContain('Anm.: * Diskretioneret');
    expect(html).toContain('<span class="page">3</span>');
  });
});
