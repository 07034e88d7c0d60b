/**
 * Citing any listed work in real Chromium: the Cite panel of a work on the bibliography (in
 * either style), a document's reference list, a concept's key works and My list; what each
 * Copy button puts on the clipboard; the keyboard path; axe with the panel open, light and
 * dark; and the bibliography in APA without JavaScript.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';
import { formatInText, formatReference } from '../../src/lib/citations/format';
import type { CslItem } from '../../src/content/schemas/bibliography';
import type { StyleName } from '../../src/lib/citations/styles';
// A list in the first format, which the page migrates as it loads.
import { V1_KEY as STORAGE_KEY } from '../../src/client/reading-list/storage-key';

const origin = inject('siteOrigin');
const chromium = useChromium();

const dir = join(process.cwd(), 'src/content/bibliography');
const work = (key: string) => JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CslItem;
const keys = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
/** What a reader's own list needs for a work with no namesake: the work formatted alone. */
const inText = (key: string, style: StyleName) => formatInText([work(key)], style).get(key)!;

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const clipboard = (page: Page) =>
  page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = item!.types.includes('text/plain') ? await (await item!.getType('text/plain')).text() : '';
    const html = item!.types.includes('text/html') ? await (await item!.getType('text/html')).text() : '';
    return { text, html };
  });
const status = (page: Page) => page.locator('p[role="status"]').last().textContent();

/** Presses the entry's Cite button and waits for its panel, which takes focus. */
async function openPanel(entry: Locator): Promise<Locator> {
  await entry.locator('.cite-button').click();
  const panel = entry.locator('.cite-panel');
  await panel.waitFor({ state: 'visible' });
  expect(await entry.locator('.cite-button').getAttribute('aria-expanded')).toBe('true');
  return panel;
}

async function newPage(options: Parameters<typeof chromium.newContext>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.newContext(options);
  const page = await context.newPage();
  return { context, page, errors: watchForErrors(page) };
}

describe('the bibliography in either style', () => {
  it('copies a work’s APA reference from /bibliography/apa/, as plain text and with its italics as HTML', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/bibliography/apa/');
    const entry = page.locator('li[data-save="work:lipsky2010"]');
    // The list itself is in APA: the year stands in brackets followed by a full stop.
    expect(await entry.locator('.ref').textContent()).toMatch(/^Lipsky, M\. \(2010\)\. Street-level bureaucracy/);
    const panel = await openPanel(entry);
    // The page's own style comes first.
    expect(await panel.locator('.cite-panel-style-name').allTextContents()).toEqual(['APA 7th edition', 'Harvard (Cite Them Right)']);
    await panel.getByRole('button', { name: 'Copy the APA 7th edition reference of Lipsky (2010)' }).click();
    await expect.poll(() => status(page)).toBe('Copied the APA 7th edition reference of Lipsky (2010).');
    const { text, html } = await clipboard(page);
    expect(text).toBe(formatReference(work('lipsky2010'), 'apa', 'text'));
    expect(text).toMatch(/^Lipsky, M\. \(2010\)\. Street-level bureaucracy: Dilemmas of the individual in public services/);
    expect(html).toMatch(/^Lipsky, M\. \(2010\)\. <i>Street-level bureaucracy: Dilemmas of the individual in public services<\/i>/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the access date the record gives a web page, in the copied Harvard reference', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/bibliography/');
    const panel = await openPanel(page.locator('li[data-save="work:basw2014"]'));
    await panel.getByRole('button', { name: 'Copy the Harvard (Cite Them Right) reference of British Association of Social Workers (2014)' }).click();
    await expect.poll(() => status(page)).toMatch(/^Copied the Harvard/);
    const { text } = await clipboard(page);
    expect(text).toContain('(Accessed: 3 June 2020)');
    expect(text).toBe(formatReference(work('basw2014'), 'harvard', 'text'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows, for a work with a namesake in the corpus, the forms the reader’s list may need instead, and why', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/bibliography/apa/');
    const panel = await openPanel(page.locator('li[data-save="work:hill2019"]'));
    const apa = panel.locator('.cite-panel-style').first();
    expect(await apa.locator('.cite-panel-note').textContent()).toMatch(
      /^If your reference list also has Hill \(1999\) ‘.*’, APA 7th edition tells the works apart/,
    );
    await apa
      .getByRole('button', { name: 'Copy the APA 7th edition parenthetical in-text citation of Hill and Laredo (2019), as the site’s bibliography gives it' })
      .click();
    await expect.poll(async () => (await clipboard(page)).text).toBe('(D. Hill & Laredo, 2019)');
    // The main form is the one a list without the other Hill needs.
    await apa.getByRole('button', { name: 'Copy the APA 7th edition parenthetical in-text citation of Hill and Laredo (2019)', exact: true }).click();
    await expect.poll(async () => (await clipboard(page)).text).toBe('(Hill & Laredo, 2019)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches style by a plain link that keeps the sort and filter chosen', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(origin + '/bibliography/');
    const toApa = page.getByRole('link', { name: 'APA 7th edition' });
    expect(await toApa.getAttribute('href')).toBe('/bibliography/apa/');
    expect(await page.getByRole('link', { name: 'Harvard (Cite Them Right)' }).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('Sort by').selectOption('year-desc');
    await page.getByLabel('Type').selectOption('book');
    expect(await toApa.getAttribute('href')).toBe('/bibliography/apa/?sort=year-desc&type=book');
    await toApa.click();
    await page.waitForURL('**/bibliography/apa/?sort=year-desc&type=book');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('year-desc');
    expect(await page.locator('[data-bib-status]').textContent()).toMatch(/^Showing \d+ of \d+ works\.$/);
    const years = await page
      .locator('[data-bibliography] > li:not([hidden])')
      .evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.year || 0)));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(
      await page.locator('[data-bibliography] > li:not([hidden])').evaluateAll((lis) => lis.every((li) => (li as HTMLElement).dataset.type === 'book')),
    ).toBe(true);
    expect(await page.getByRole('link', { name: 'Harvard (Cite Them Right)' }).getAttribute('href')).toBe('/bibliography/?sort=year-desc&type=book');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in APA without JavaScript: every work, in APA, with links to either style and no Cite buttons', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(origin + '/bibliography/apa/');
    expect(await page.locator('h1').textContent()).toBe('Bibliography');
    expect(await page.title()).toMatch(/^Bibliography \(APA 7th edition\)/);
    expect(await page.locator('[data-bibliography] > li').count()).toBe(keys.length);
    expect(await page.locator('li[data-save="work:lipsky2010"] .ref').textContent()).toBe(formatReference(work('lipsky2010'), 'apa', 'text'));
    expect(await page.getByRole('link', { name: 'APA 7th edition' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Harvard (Cite Them Right)' }).getAttribute('href')).toBe('/bibliography/');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/bibliography\/apa\/$/);
    expect(await page.locator('.cite-button, .save-button').count()).toBe(0);
    await context.close();
  });

  it('leaves the index pages out of the search index: each work is found once, on its own page', async () => {
    const { context, page } = await newPage();
    await page.goto(origin + '/search/');
    // As a string: the test runner would rewrite an import() written here.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('Lipsky');
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(urls).toContain('/bibliography/lipsky2010/');
    expect(urls).not.toContain('/bibliography/');
    expect(urls).not.toContain('/bibliography/apa/');
    await context.close();
  });

  it('serves each work’s forms as a small file, all works included', async () => {
    const response = await fetch(`${origin}/bibliography/lipsky2010.cite.json`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body.length).toBeLessThan(3000);
    const forms = JSON.parse(body) as { key: string; styles: Record<string, { parenthetical: string; narrative: string }> };
    expect(forms.key).toBe('lipsky2010');
    expect(forms.styles.harvard!.narrative).toBe('Lipsky (2010)');
    const statuses = await Promise.all(keys.map((k) => fetch(`${origin}/bibliography/${k}.cite.json`).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});

describe('wherever a work is listed', () => {
  it('copies a narrative in-text citation from a document’s reference list', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const panel = await openPanel(page.locator('#ref-lipsky2010'));
    expect(await panel.locator('.cite-panel-style-name').allTextContents()).toEqual(['Harvard (Cite Them Right)', 'APA 7th edition']);
    await panel.getByRole('button', { name: 'Copy the Harvard (Cite Them Right) narrative in-text citation of Lipsky (2010)' }).click();
    await expect.poll(() => status(page)).toBe('Copied the Harvard (Cite Them Right) narrative in-text citation of Lipsky (2010).');
    const { text } = await clipboard(page);
    expect(text).toBe('Lipsky (2010)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a parenthetical in-text citation from a concept’s key works', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/concepts/street-level-bureaucracy/');
    const entry = page.locator('section[aria-labelledby="origin"] li[data-save^="work:"]').first();
    expect(await entry.getAttribute('data-save')).toBe('work:lipsky2010');
    const panel = await openPanel(entry);
    await panel.getByRole('button', { name: /^Copy the APA 7th edition parenthetical in-text citation of / }).click();
    await expect.poll(() => status(page)).toMatch(/^Copied the APA 7th edition parenthetical in-text citation of /);
    const { text } = await clipboard(page);
    // APA 7 §8.15: a republished work's in-text citation gives both years.
    expect(text).toBe('(Lipsky, 1980/2010)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies from My list: a saved work offers both styles’ forms', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/bibliography/');
    await page.locator('li[data-save="work:lipsky2010"] .save-button').click();
    await expect.poll(() => page.locator('li[data-save="work:lipsky2010"] .save-button').getAttribute('aria-pressed')).toBe('true');
    await page.goto(origin + '/my-list/');
    const entry = page.locator('li[data-id="work:lipsky2010"]');
    const panel = await openPanel(entry);
    await panel.getByRole('button', { name: 'Copy the APA 7th edition narrative in-text citation of Lipsky (2010)' }).click();
    await expect.poll(async () => (await clipboard(page)).text).toBe('Lipsky (1980/2010)');
    await panel.getByRole('button', { name: 'Copy the Harvard (Cite Them Right) reference of Lipsky (2010)' }).click();
    await expect
      .poll(async () => (await clipboard(page)).text)
      .toBe(
        'Lipsky, M. (2010) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services. Updated edn. New York: Russell Sage Foundation. Originally published 1980.',
      );
    // Texts and concepts in the list have their own Cite this blocks; only works get a Cite button here.
    expect(await page.locator('li[data-id^="document:"] .cite-button, li[data-id^="concept:"] .cite-button').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('by keyboard, and for everyone', () => {
  it('opens by keyboard, takes focus, copies, and closes with Escape back to its button', async () => {
    const { context, page, errors } = await newPage(CLIPBOARD);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const entry = page.locator('#ref-lipsky2010');
    const cite = entry.getByRole('button', { name: 'Cite Lipsky, M. (2010)' });
    await cite.focus();
    await page.keyboard.press('Enter');
    const panel = entry.getByRole('group', { name: 'Cite Lipsky (2010)' });
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => panel.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cite.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    // Tab goes to the first Copy button: the Harvard reference.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy the Harvard (Cite Them Right) reference of Lipsky (2010)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => status(page)).toBe('Copied the Harvard (Cite Them Right) parenthetical in-text citation of Lipsky (2010).');
    expect((await clipboard(page)).text).toBe('(Lipsky, 2010)');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isHidden()).toBe(true);
    expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cite.getAttribute('aria-expanded')).toBe('false');
    // Enter again opens the same panel; the Close button shuts it too.
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await panel.getByRole('button', { name: 'Close' }).press('Enter');
    await expect.poll(() => panel.isHidden()).toBe(true);
    expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still copies where the Clipboard API is missing, with the form selected to copy by hand', async () => {
    const context = await chromium.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const panel = await openPanel(page.locator('#ref-lipsky2010'));
    await panel.getByRole('button', { name: 'Copy the APA 7th edition narrative in-text citation of Lipsky (2010)' }).click();
    await expect.poll(() => status(page)).toMatch(/^(Copied |Could not copy: )the APA 7th edition narrative in-text citation of Lipsky \(2010\)/);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(inText('lipsky2010', 'apa').narrative);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a work’s forms cannot be fetched, and opens once they can', async () => {
    const { context, page } = await newPage();
    await page.goto(origin + '/bibliography/');
    await page.route('**/lipsky2010.cite.json', (route) => route.abort());
    const entry = page.locator('li[data-save="work:lipsky2010"]');
    await entry.locator('.cite-button').click();
    await expect.poll(() => status(page)).toBe('Could not load the citation of Lipsky, M. (2010). Check the connection and try again.');
    expect(await entry.locator('.cite-panel').count()).toBe(0);
    await page.unroute('**/lipsky2010.cite.json');
    await openPanel(entry);
    await context.close();
  });

  const pages = [
    { path: '/bibliography/apa/', entry: 'li[data-save="work:hill2019"]' },
    { path: '/documents/solidarity-is-not-a-dirty-word/', entry: '#ref-lipsky2010' },
    { path: '/concepts/street-level-bureaucracy/', entry: 'section[aria-labelledby="origin"] li[data-save^="work:"]' },
    { path: '/my-list/', entry: 'li[data-id="work:lipsky2010"]', save: true },
  ];
  it.each(pages.flatMap((p) => (['light', 'dark'] as const).map((colorScheme) => ({ ...p, colorScheme }))))(
    'has no axe-core violations with a panel open: $path ($colorScheme)',
    async ({ path, entry, save, colorScheme }) => {
      const { context, page, errors } = await newPage({ colorScheme });
      if (save) {
        await page.goto(origin + '/');
        await page.evaluate(
          (key) =>
            localStorage.setItem(
              key,
              JSON.stringify([
                {
                  id: 'work:lipsky2010',
                  label: 'Lipsky, M. (2010)',
                  reference: [{ text: 'Lipsky, M. (2010) ' }, { text: 'Street-Level Bureaucracy', italic: true }],
                  added: new Date().toISOString(),
                  read: false,
                },
              ]),
            ),
          STORAGE_KEY,
        );
      }
      await page.goto(origin + path);
      await openPanel(page.locator(entry).first());
      expect(await axeViolations(page, `${path} ${colorScheme}`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
