import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../src/reports/document/chromium.ts';
import { printReportPdf } from '../../../src/reports/document/printReportPdf.ts';
import { tempDir } from '../../tempDir.ts';
import { DOCUMENT } from './fixtures.ts';

describe('redegoerelse.pdf printed by Debian’s Chromium', () => {
  it('the browser is the one playwright-core is built for (same major version)', async () => {
    const require = createRequire(import.meta.url);
    const browsers = JSON.parse(
      readFileSync(join(require.resolve('playwright-core/package.json'), '..', 'browsers.json'), 'utf8'),
    ) as { browsers: { name: string; browserVersion: string }[] };
    const expected = browsers.browsers.find((b) => b.name === 'chromium')?.browserVersion.split('.')[0];
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox'],
    });
    try {
      expect(browser.version().split('.')[0]).toBe(expected);
    } finally {
      await browser.close();
    }
  });

  it('A4 pages, a numbered table of contents, every id, fonts embedded, æøå intact', async () => {
    const file = join(tempDir(), 'redegoerelse.pdf');
    await printReportPdf(DOCUMENT, file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d* x 84[12]\.\d* pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // Front page, contents, chapter 1, chapter 2, colophon.
    expect(pages).toBe(5);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tabel 2.1');
    expect(text).toContain('Århus, Køge og Ølstykke');
    expect(text).toMatch(/1 Indledning\s*\.*\s*3/);
    expect(text).toMatch(/2 Udvikling i udsatte boligområder\s*\.*\s*4/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((l) => l.includes('IBMPlexSans'))).toBe(true);
    for (const line of fonts) expect(line, line).toMatch(/\syes\s+yes\s+yes\s/);
  });
});
