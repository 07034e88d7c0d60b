/**
 * Search in real Chromium against the built site (Pagefind index in dist/pagefind/):
 * ranking of distinctive phrases, filters, the URL as state, the header box by keyboard,
 * British/American spellings, accessibility, and Pagefind loading only on demand.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { isIndexedPage } from '../../src/lib/search/indexed-pages';

const origin = inject('siteOrigin');
const chromium = useChromium();

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const context = await chromium.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(origin + path);
  return { context, page, errors };
}

/** Waits until the live region reports results for `q` (the search has finished). */
async function resultsFor(page: Page, q: string): Promise<string> {
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(` for ${q}`), q);
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const resultUrls = (page: Page) => page.locator('.results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['url']!));
const resultKinds = (page: Page) => page.locator('.results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['kind']!));
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** One phrase from the text of each document, found nowhere else as a whole. */
const PHRASES: [slug: string, phrase: string][] = [
  ['a-citizens-association-for-social-support', 'self-contained affirmation loops'],
  ['essay-charlotte-pitt', 'acknowledge the elephant in the room'],
  ['essay-holly-clarke', 'online translation software'],
  ['essay-omar-mohamed', 'his unfortunate death by starvation'],
  ['essay-verity-clarke', 'fertile ground for the development of beneficial change'],
  ['keeping-the-social-in-social-work', 'scarcity and rationing through procedures or thresholds'],
  ['solidarity-is-not-a-dirty-word', 'the wasp entering an orchid'],
  ['the-personal-is-political', 'humpty dumpty approach'],
];

describe('ranking', () => {
  it.each(PHRASES)('a phrase from %s finds that document first, linked to the paragraph holding it', async (slug, phrase) => {
    const { context, page, errors } = await open(`/search/?q=${encodeURIComponent(phrase)}`);
    await resultsFor(page, phrase);
    expect((await resultUrls(page))[0]).toBe(`/documents/${slug}/`);
    const first = page.locator('.results > li').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const href = (await first.locator('.passage-link').first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/documents/${slug}/#p-\\d+$`));
    // The link lands on the paragraph, and the paragraph holds the phrase.
    await page.goto(origin + href);
    expect(normalise((await page.locator(':target').textContent()) ?? '')).toContain(normalise(phrase));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"the wasp and the orchid" (the concept page’s wording) finds that concept page, then the document, which says "the wasp entering an orchid"', async () => {
    const { context, page } = await open('/search/?q=the+wasp+and+the+orchid');
    await resultsFor(page, 'the wasp and the orchid');
    expect((await resultUrls(page)).slice(0, 2)).toEqual(['/concepts/deterritorialisation/', '/documents/solidarity-is-not-a-dirty-word/']);
    // The document's passage is the paragraph with the wasp and the orchid, not one full of "the".
    const passage = page.locator('.results > li').nth(1).locator('.result-passages > li').first();
    expect(await passage.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['wasp', 'orchid']));
    await context.close();
  });

  it('each hit shows its kind, title, authors and year, and excerpts with the hits marked', async () => {
    const { context, page } = await open('/search/?q=solidarity');
    const status = await resultsFor(page, 'solidarity');
    expect(status).toMatch(/^\d+ results for solidarity$/);
    const doc = page.locator('.results > li[data-kind="Document"]').first();
    expect(await doc.locator('.result-kind').textContent()).toBe('Document');
    expect(await doc.locator('.result-title a').textContent()).toBeTruthy();
    expect(await doc.locator('.result-meta').textContent()).toMatch(/ · (\d{4}|n\.d\.)$/);
    expect((await doc.locator('mark').first().textContent())?.toLowerCase()).toContain('solidarity');
    await context.close();
  });

  it('each bibliography work is a result of its own, linking to its page /bibliography/<key>/', async () => {
    const { context, page } = await open('/search/?q=deleuze');
    await resultsFor(page, 'deleuze');
    const ref = page.locator('.results > li[data-kind="Reference"]');
    expect(await ref.count()).toBeGreaterThan(0);
    const urls = await ref.locator('.result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls).toContain('/bibliography/deleuze1972/');
    for (const url of urls) expect(url).toMatch(/^\/bibliography\/[a-z0-9-]+\/$/);
    await context.close();
  });
});

describe('filters', () => {
  it('kind=Concept leaves only concept pages; counts follow the search', async () => {
    const { context, page } = await open('/search/?q=solidarity');
    const all = Number((await resultsFor(page, 'solidarity')).match(/^\d+/)![0]);
    const concept = page.getByRole('checkbox', { name: /^Concept \(\d+\)$/ });
    // The count beside "Concept" is how many results ticking it leaves.
    const shown = Number((await concept.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).match(/\((\d+)\)/)![1]);
    // By keyboard: focus the box, Space ticks it.
    await concept.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=Concept/);
    const status = await resultsFor(page, 'solidarity, filtered by Kind of page: Concept');
    const n = Number(status.match(/^\d+/)![0]);
    expect(n).toBe(shown);
    expect(n).toBeLessThan(all);
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Concept']));
    await context.close();
  });

  it('a source-type filter narrows the documents; several values widen it', async () => {
    const { context, page } = await open('/search/?q=social+work&kind=Document');
    const docs = Number((await resultsFor(page, 'social work')).match(/^\d+/)![0]);
    await page.goto(`${origin}/search/?q=social+work&kind=Document&source=Student+essay`);
    const essays = Number((await resultsFor(page, 'social work')).match(/^\d+/)![0]);
    expect(essays).toBeGreaterThan(0);
    expect(essays).toBeLessThan(docs);
    for (const url of await resultUrls(page)) expect(url).toMatch(/^\/documents\/essay-/);
    await page.goto(`${origin}/search/?q=social+work&kind=Document&source=Student+essay&source=Practice+writing`);
    const more = Number((await resultsFor(page, 'social work')).match(/^\d+/)![0]);
    expect(more).toBeGreaterThan(essays);
    expect(more).toBeLessThanOrEqual(docs);
    await context.close();
  });

  it('filters alone browse the site: concept=Mutual aid lists the pages that use it', async () => {
    const { context, page } = await open('/search/?concept=Mutual+aid');
    await page.waitForFunction(() => /results? filtered by Concept: Mutual aid/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const urls = await resultUrls(page);
    expect(urls).toContain('/concepts/mutual-aid/');
    expect(urls.some((u) => u.startsWith('/documents/'))).toBe(true);
    await context.close();
  });

  it('a keyword on a text leads to the texts with that keyword', async () => {
    const { context, page } = await open('/documents/solidarity-is-not-a-dirty-word/');
    await page.getByRole('list', { name: 'Keywords' }).getByRole('link', { name: 'social support', exact: true }).click();
    await page.waitForURL(/\/search\/\?keyword=social\+support$/);
    await page.waitForFunction(() =>
      /results? filtered by Keyword or subject: social support/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(await resultUrls(page)).toEqual(['/documents/solidarity-is-not-a-dirty-word/']);
    await context.close();
  });
});

describe('the search is in the URL', () => {
  it('/search/?q=… restores a search on load; Enter adds a history entry, typing does not; Back and Forward restore', async () => {
    const { context, page, errors } = await open('/search/?q=mutual+aid');
    await resultsFor(page, 'mutual aid');
    expect(await page.locator('#search-q').inputValue()).toBe('mutual aid');
    const length = await page.evaluate(() => history.length);

    // Typing follows in the URL without a new entry.
    await page.locator('#search-q').fill('austerity');
    await page.waitForURL(/\?q=austerity$/);
    await resultsFor(page, 'austerity');
    expect(await page.evaluate(() => history.length)).toBe(length);

    // Enter makes it an entry of its own; the previous entry keeps "mutual aid".
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await page.waitForURL(/\?q=mutual\+aid$/);
    await resultsFor(page, 'mutual aid');
    expect(await page.locator('#search-q').inputValue()).toBe('mutual aid');

    await page.goForward();
    await page.waitForURL(/\?q=austerity$/);
    await resultsFor(page, 'austerity');
    expect(await page.locator('#search-q').inputValue()).toBe('austerity');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores filters from the URL and Back undoes a filter', async () => {
    const { context, page } = await open('/search/?q=care&kind=Document');
    await resultsFor(page, 'care, filtered by Kind of page: Document');
    expect(await page.getByRole('checkbox', { name: /^Document \(/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /^Concept \(/ }).check();
    await page.waitForURL(/kind=Concept&kind=Document/);
    await resultsFor(page, 'care, filtered by Kind of page: Document or Concept');
    await page.goBack();
    await page.waitForURL(/\?q=care&kind=Document$/);
    await resultsFor(page, 'care, filtered by Kind of page: Document');
    expect(await page.getByRole('checkbox', { name: /^Concept \(/ }).isChecked()).toBe(false);
    await context.close();
  });
});

describe('spelling variants', () => {
  it.each([
    ['deterritorialization', 'deterritorialisation', ['/concepts/deterritorialisation/', '/documents/solidarity-is-not-a-dirty-word/']],
    ['organization', 'organisation', ['/documents/the-personal-is-political/']],
    ['analyze', 'analys', ['/concepts/thematic-analysis/']],
  ] as const)('%s finds the pages that spell it %s', async (query, spelt, pages) => {
    const { context, page } = await open(`/search/?q=${query}`);
    await resultsFor(page, query);
    const urls = await resultUrls(page);
    for (const p of pages) expect(urls).toContain(p);
    const marked = await page.locator('.results mark').allTextContents();
    expect(marked.some((m) => m.toLowerCase().includes(spelt))).toBe(true);
    await context.close();
  });

  it('individualize and individualise find the same pages', async () => {
    const urlsFor = async (q: string) => {
      const { context, page } = await open(`/search/?q=${q}`);
      const total = Number((await resultsFor(page, q)).match(/^\d+/)![0]);
      // "Show more results" until every result is listed.
      while ((await page.locator('.results > li').count()) < total) {
        const before = await page.locator('.results > li').count();
        await page.locator('[data-search-more]').click();
        await expect.poll(() => page.locator('.results > li').count()).toBeGreaterThan(before);
      }
      const urls = (await resultUrls(page)).sort();
      await context.close();
      return urls;
    };
    const uk = await urlsFor('individualise');
    expect(uk.length).toBeGreaterThan(0);
    expect(await urlsFor('individualize')).toEqual(uk);
  });
});

describe('the header search box', () => {
  it('works by keyboard alone: "/", type, arrow down, Enter reaches the page', async () => {
    const { context, page, errors } = await open('/documents/essay-holly-clarke/');
    await page.keyboard.press('/');
    await page.keyboard.type('humpty dumpty approach');
    const input = page.getByRole('combobox');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('option').first().waitFor();
    // The results of the whole query, not of a shorter one typed on the way (each keystroke searches).
    await page.waitForFunction(() => document.querySelector('.qs-status')?.textContent?.includes(' for humpty dumpty approach'));
    await page.waitForFunction(() => document.querySelector('[role=option]')?.textContent?.includes('The personal is political'));
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('qs-opt-0');
    expect(await page.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents\/the-personal-is-political\/#p-\d+$/);
    expect(normalise((await page.locator(':target').textContent()) ?? '')).toContain('humpty dumpty approach');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Ctrl-K opens it, focus stays inside, Escape closes it and returns focus; "See all results" goes to /search/', async () => {
    const { context, page } = await open('/about/');
    const opener = page.locator('[data-search-button]');
    await opener.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('mutual aid');
    await page.getByRole('option').first().waitFor();
    // Tab cycles through the field, Close and "See all results" only.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() =>
          document.activeElement?.closest('dialog') ? document.activeElement.textContent || document.activeElement.getAttribute('role') || '' : 'outside',
        ),
      );
    }
    expect(seen).toEqual(['Close', 'See all results', 'combobox', 'Close']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    // Open again: the query is kept; Enter with no hit highlighted goes to all results.
    await page.keyboard.press('/');
    await dialog.waitFor();
    expect(await page.getByRole('combobox').inputValue()).toBe('mutual aid');
    expect(await page.getByRole('link', { name: 'See all results' }).getAttribute('href')).toBe('/search/?q=mutual+aid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=mutual\+aid$/);
    await resultsFor(page, 'mutual aid');
    await context.close();
  });

  it('does not take "/" typed in another field', async () => {
    const { context, page } = await open('/search/');
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-q').inputValue()).toBe('a/b');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  it('is a plain link to /search/ without JavaScript', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/about/');
    const link = page.locator('.site-header a[href="/search/"]');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('[data-search-button]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('loading', () => {
  it('a document page loads no Pagefind file (and no search code) before the reader searches', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.filter((p) => /header-dialog|engine/.test(p))).toEqual([]);
    // Starting a search loads it.
    await page.keyboard.press('/');
    await page.keyboard.type('solidarity');
    await page.getByRole('option').first().waitFor();
    expect(requests).toContain('/pagefind/pagefind.js');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and links to the bibliography and the concepts', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/search/?q=solidarity');
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href="/bibliography/"]').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/concepts/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('layout and accessibility', () => {
  it.each(['light', 'dark'] as const)('axe-core finds no violations on /search/ with results, nor in the open header box (%s)', async (colorScheme) => {
    const { context, page } = await open('/search/?q=solidarity&kind=Document', { colorScheme });
    await resultsFor(page, 'solidarity');
    expect(await axeViolations(page, `${colorScheme}, search page`)).toEqual([]);

    await page.goto(origin + '/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('mutual aid');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, `${colorScheme}, header box`)).toEqual([]);
    await context.close();
  });

  it('fits a 320 px screen with results and with the header box open', async () => {
    const overflow = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('main *, header *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > document.documentElement.clientWidth + 1;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      );
    const { context, page } = await open('/search/?q=solidarity', { width: 320 });
    await resultsFor(page, 'solidarity');
    expect(await overflow(page)).toEqual([]);
    await page.goto(origin + '/');
    await page.keyboard.press('/');
    await page.keyboard.type('organisation');
    await page.getByRole('option').first().waitFor();
    expect(await overflow(page)).toEqual([]);
    await context.close();
  });
});

describe('the pages Pagefind reads', () => {
  it('hold every page marked for the index (src/lib/search/indexed-pages.ts)', () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .map((p) => p.split(sep).join('/'))
      .filter((p) => p.endsWith('.html'));
    const marked = pages.filter((p) => readFileSync(join(DIST, p), 'utf8').includes('data-pagefind-body'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((p) => !isIndexedPage(p))).toEqual([]);
  });
});
