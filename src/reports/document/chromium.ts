import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which playwright-core 1.64 drives (its browser is Chromium 156, as Debian's). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags this machine needs: headless, no sandbox as root, and none of Chromium's background network
 * traffic (there is no network, and its attempts only slow the start).
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs `body` with a fresh headless Chromium, closed afterwards (playwright gives it a new empty profile and
 * removes it on close).
 */
export async function withChromium<T>(body: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env['BOLIGMONITOR_CHROMIUM'] ?? CHROMIUM_PATH,
    args: ARGS,
  });
  try {
    return await body(browser);
  } finally {
    await browser.close();
  }
}
