/**
 * Search that forgives, in real Chromium against the built site: a misspelt query is
 * corrected from the vocabulary written at build time (dist/search-vocabulary/), on the
 * search page and in the header box; a work's hit is called by its title; on a phone the
 * results come before the filters, and long filter lists fold.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';

const origin = inject('siteOrigin');
const chromium = useChromium();

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const context = await chromium.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(origin + path);
  return { context, page, errors, requests };
}

async function resultsFor(page: Page, q: string): Promise<string> {
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(` for ${q}`), q);
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const resultUrls = (page: Page) => page.locator('.results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['url']!));

describe('a misspelt query', () => {
  it('"bureacracy" on /search/ shows the results for "bureaucracy", Street-level bureaucracy among the first, and offers the query as typed', async () => {
    const { context, page, errors, requests } = await open('/search/?q=bureacracy');
    await resultsFor(page, 'bureaucracy');
    expect((await resultUrls(page)).slice(0, 3)).toContain('/concepts/street-level-bureaucracy/');
    const note = page.locator('[data-search-suggestion]');
    expect((await note.textContent())?.replace(/\s+/g, ' ')).toBe('Showing results for bureaucracy. Search instead for bureacracy.');
    expect(requests).toContain('/search-vocabulary/b.json');
    // "Search instead": the query as typed, not corrected again.
    await note.getByRole('link', { name: 'bureacracy' }).click();
    await page.waitForFunction(() => /for bureacracy\b/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await note.isHidden()).toBe(true);
    expect(await page.locator('[data-search-page-input]').inputValue()).toBe('bureacracy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['solidarty', 'solidarity'],
    ['deterritorialsation', 'deterritorialisation'],
    ['street-level bureacracy', 'street-level bureaucracy'],
  ])('"%s" shows the results for "%s"', async (typed, meant) => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent(typed)}`);
    await resultsFor(page, meant);
    expect(await page.locator('.results > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a word the texts use is never corrected, and no vocabulary is fetched for it', async () => {
    const { context, page, requests } = await open('/search/?q=solidarity');
    await resultsFor(page, 'solidarity');
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    expect(requests.filter((p) => p.startsWith('/search-vocabulary/'))).toEqual([]);
    await context.close();
  });

  it.each(['soli', 'bureaucr'])('"%s", a word still being typed, is not corrected', async (typed) => {
    const { context, page } = await open(`/search/?q=${typed}`);
    await resultsFor(page, typed);
    expect(await page.locator('.results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    await context.close();
  });

  it('"contest", a word on one page only, keeps its results and offers "Did you mean context?", a link that searches it', async () => {
    const { context, page } = await open('/search/?q=contest');
    const status = await resultsFor(page, 'contest');
    expect(status).toMatch(/^[12] results? for contest$/);
    const note = page.locator('[data-search-suggestion]');
    await note.getByRole('link').waitFor();
    expect((await note.textContent())?.replace(/\s+/g, ' ')).toBe('Did you mean context?');
    await note.getByRole('link', { name: 'context' }).click();
    await resultsFor(page, 'context');
    expect(await page.locator('[data-search-page-input]').inputValue()).toBe('context');
    await context.close();
  });

  it('in the header box, "bureacracy" lists Street-level bureaucracy and says what it searched', async () => {
    const { context, page, errors, requests } = await open('/about/');
    expect(requests.filter((p) => p.startsWith('/search-vocabulary/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('bureacracy');
    await page.waitForFunction(() => [...document.querySelectorAll('[role=option]')].some((o) => o.textContent?.includes('Street-level bureaucracy')));
    expect((await page.locator('.qs-suggest').textContent())?.replace(/\s+/g, ' ')).toBe('Showing results for bureaucracy. Search instead for bureacracy.');
    expect(await page.locator('.qs-status').textContent()).toMatch(/for bureaucracy/);
    // The note's link is one of the dialog's Tab stops.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('bureacracy');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bibliography hits', () => {
  it('are called by the work’s title, with its authors and year', async () => {
    const { context, page } = await open('/search/?q=lipsky&kind=Reference');
    await resultsFor(page, 'lipsky');
    const hit = page.locator('.results > li[data-kind="Reference"]').first();
    expect(await hit.locator('.result-title').textContent()).toMatch(/^Street-Level Bureaucracy/);
    expect(await hit.locator('.result-meta').textContent()).toMatch(/Lipsky.*\d{4}/);
    await context.close();
  });
});

describe('on a phone', () => {
  it('at 390 px the results come before the filters, which are folded, and long filter lists fold', async () => {
    const { context, page } = await open('/search/?q=solidarity', { width: 390 });
    await resultsFor(page, 'solidarity');
    const top = (sel: string) => page.locator(sel).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('.results-area')).toBeLessThan(await top('[data-search-filters]'));
    expect(await page.locator('[data-search-filters]').getAttribute('open')).toBeNull();
    // By keyboard: open the filters, then a folded list.
    await page.locator('[data-search-filters] > summary').focus();
    await page.keyboard.press('Enter');
    const more = page.locator('details.facet-more').first();
    expect(await more.count()).toBe(1);
    expect(await more.locator('input').first().isVisible()).toBe(false);
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await more.locator('input').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('axe-core finds no violations on /search/ with a correction showing, nor in the header box (%s)', async (colorScheme) => {
    const { context, page } = await open('/search/?q=bureacracy', { colorScheme });
    await resultsFor(page, 'bureaucracy');
    expect(await axeViolations(page, `${colorScheme}, search page with a correction`)).toEqual([]);
    await page.goto(origin + '/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('solidarty');
    await page.locator('.qs-suggest a').waitFor();
    expect(await axeViolations(page, `${colorScheme}, header box with a correction`)).toEqual([]);
    await context.close();
  });
});
