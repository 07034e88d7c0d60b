/** Chromium in the site tests: one browser per test file, and what a page did wrong. */
import { afterAll, beforeAll } from 'vitest';
import type { Page, ConsoleMessage, Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../../scripts/chromium.ts';

export { launchChromium };

/** Collects console errors, page errors and failed requests while a page is used. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // A request cut short because the test navigated away is not a fault of the page.
    if (reason !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/does-not-exist/')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Tests open a
 * fresh context per case with `chromium.newContext(...)`.
 */
export function useChromium(): { newContext: Browser['newContext'] } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newContext: (options) => {
      if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
      return browser.newContext(options);
    },
  };
}

/**
 * axe-core's violations on the page as it is now, one line each ("rule (context): the first
 * elements"), so that a failing test says what and where; an empty list when there are none.
 */
export async function axeViolations(page: Page, context = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const where = context ? ` (${context})` : '';
  return results.violations.map(
    (v) =>
      `${v.id}${where}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
}

/** axe-core's violations on the page at `url` in the light and in the dark colour scheme, each naming its scheme. */
export async function axeViolationsInBothSchemes(chromium: { newContext: Browser['newContext'] }, url: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await chromium.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(url);
    found.push(...(await axeViolations(page, colorScheme)));
    await context.close();
  }
  return found;
}
