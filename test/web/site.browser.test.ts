import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/packageRoot.ts';
import { buildServer } from '../../src/web/server/buildServer.ts';
import { CHROMIUM_MAJOR, launchChromium } from './chromium.ts';
import { exampleSiteData } from './fixtures/exampleSiteData.ts';

/** Review artefacts (git-ignored): one full-page screenshot per page type. */
const SCREENSHOTS = join(PACKAGE_ROOT, 'out', 'screenshots');

/** Every page type, with the name of its screenshot. */
const PAGE_TYPES: readonly [string, string][] = [
  ['forside', '/'],
  ['lister', '/lister'],
  ['liste', '/lister/2024/udsat'],
  ['officiel-liste', '/officielle-lister/2021/forebyggelse'],
  ['omraade', '/omraader/101-enhjoerningeparken'],
  ['officielt-omraade', '/officielle-omraader/101-mjoelnerparken'],
  ['kommuner', '/kommuner'],
  ['kommune', '/kommuner/101'],
  ['soeg', '/soeg?q=K%C3%B8benhavn'],
  ['metode', '/metode'],
  ['api', '/api'],
  ['tilgaengelighed', '/tilgaengelighed'],
  ['fejl-404', '/omraader/findes-ikke'],
  ['scenarier', '/scenarier'],
  ['scenarie', '/scenarier/2021-uden-etnisk'],
  ['scenarie-liste', '/scenarier/2021-uden-etnisk/lister/2024/parallelsamfund'],
  ['scenarie-omraade', '/scenarier/2021-uden-etnisk/omraader/101-enhjoerningeparken'],
];

let app: FastifyInstance;
let base: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  app = await buildServer(exampleSiteData({ scenario: true }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  ({ context, close: closeBrowser } = await launchChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

/** Opens a page and collects what the console reports (a CSP violation shows there). */
async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, problems };
}

describe('the site in a real browser (Debian Chromium)', () => {
  it(`is Chromium ${CHROMIUM_MAJOR}, the version playwright-core is pinned for`, async () => {
    const { page } = await open('/');
    const ua = await page.evaluate(() => navigator.userAgent);
    expect(ua).toMatch(new RegExp(`Chrome/${CHROMIUM_MAJOR}\\.`));
    await page.close();
  });

  it.each(PAGE_TYPES)(
    '%s (%s) renders, runs its scripts under the CSP and has no WCAG 2.1 A/AA violation',
    async (name, path) => {
      const { page, problems } = await open(path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('da');
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      // The 404 page logs the failed load of itself; nothing else may complain (a blocked script would).
      expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
      await page.close();
    },
  );

  it('a phone-width area page has no WCAG violation either', async () => {
    const { page } = await open('/omraader/101-enhjoerningeparken', 390);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'omraade-mobil.png'), fullPage: true });
    await page.close();
  });

  it('the search on the front page finds an area by part of its name', async () => {
    const { page } = await open('/');
    await page.getByLabel('Søg efter boligområde, kommune eller postnummer').fill('enhjørning');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/omraader\/101-enhjoerningeparken$/);
    expect(await page.locator('h1').textContent()).toBe('Enhjørningeparken');
    await page.close();
  });

  it('the search finds the areas of a municipality by postcode', async () => {
    const { page } = await open('/soeg?q=2200');
    expect(await page.locator('main').textContent()).toContain('København Kommune');
    await page.close();
  });

  it('a list table sorts by a column, both ways, and says so to screen readers', async () => {
    const { page } = await open('/lister/2024/udsat');
    const residents = async (): Promise<number[]> =>
      (await page.locator('#list-table tbody tr td:nth-child(3)').allTextContents()).map((t) =>
        Number(t.replace(/\./g, '')),
      );
    const header = page.locator('#list-table th', { hasText: 'Indbyggere' });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = await residents();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = await residents();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.close();
  });

  it('a list table filters as you type', async () => {
    const { page } = await open('/lister/2024/udsat');
    const all = await page.locator('#list-table tbody tr').count();
    await page.getByLabel('Filtrér på område eller kommune').fill('Enhjørning');
    expect(await page.locator('#list-table tbody tr:visible').count()).toBe(1);
    expect(all).toBeGreaterThan(1);
    await page.close();
  });

  it.each(['/', '/lister/2024/udsat', '/omraader/101-enhjoerningeparken'])(
    'the keyboard reaches every control of %s',
    async (path) => {
      const { page } = await open(path);
      const controls = await page.evaluate(() => {
        const all = document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        );
        return (
          [...all]
            // Controls hidden until a disclosure is opened are reached after opening it, not before.
            .filter(
              (el) =>
                !el.closest('[hidden]') &&
                el.getClientRects().length > 0 &&
                (el.closest('details:not([open])') === null || el.closest('summary') !== null),
            )
            .map((el, i) => {
              el.dataset.kbd = String(i);
              return String(i);
            })
        );
      });
      const reached = new Set<string>();
      for (let i = 0; i < controls.length + 5; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(
          () => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? '',
        );
        if (id !== '') reached.add(id);
      }
      expect(controls.filter((c) => !reached.has(c))).toEqual([]);
      // The first Tab lands on the skip link, and it leads to the main content.
      await page.goto(base + path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til sideindhold');
      await page.close();
    },
  );
});
