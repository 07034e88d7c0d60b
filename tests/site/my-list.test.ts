/**
 * "My list" in real Chromium: saving texts, concepts and cited works from the pages that
 * show them, the list page (read, reorder, remove, clear), its exports and its copy, by
 * keyboard, with and without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import type { Page } from 'playwright-core';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';

const origin = inject('siteOrigin');
const chromium = useChromium();
import { STORAGE_KEY } from '../../src/client/reading-list/storage-key';

const pressed = (page: Page, selector: string) => page.locator(`${selector} .save-button`).first().getAttribute('aria-pressed');
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').map((i: { id: string }) => i.id), STORAGE_KEY);

/** Saves a text and a work from its page, a work from the bibliography and a concept, waiting for each. */
async function saveFour(page: Page): Promise<void> {
  const press = async (selector: string, key?: 'Enter' | 'Space') => {
    const button = page.locator(`${selector} .save-button`).first();
    if (key) {
      await button.focus();
      await page.keyboard.press(key);
    } else await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
  };
  await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
  await press('[data-save="document:solidarity-is-not-a-dirty-word"]', 'Enter');
  await press('#ref-lipsky2010', 'Space');
  await page.goto(origin + '/bibliography/');
  await press('li[data-save="work:fraser2013"]');
  await page.goto(origin + '/concepts/mutual-aid/');
  await press('[data-save="concept:mutual-aid"]');
}

describe('saving', () => {
  it('saves a text and a cited work from the text’s page by keyboard, and announces it', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    expect(await pressed(page, '[data-save="document:solidarity-is-not-a-dirty-word"]')).toBe('false');
    // Under the page's title the button's name is plain; in a list of works it names the work.
    await page.getByRole('button', { name: 'Save to my list', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pressed(page, '[data-save="document:solidarity-is-not-a-dirty-word"]')).toBe('true');
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toMatch(/^Saved Solidarity is not a dirty word.* to My list \(1 item\)\.$/);
    await page.getByRole('button', { name: 'Save Lipsky, M. (2010) to my list', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Saved Lipsky, M. (2010) to My list (2 items).');
    expect(await stored(page)).toEqual(['document:solidarity-is-not-a-dirty-word', 'work:lipsky2010']);
    // The same work is shown as saved wherever it appears.
    await page.goto(origin + '/bibliography/');
    expect(await pressed(page, 'li[data-save="work:lipsky2010"]')).toBe('true');
    expect(await pressed(page, 'li[data-save="work:fraser2013"]')).toBe('false');
    await page.locator('li[data-save="work:lipsky2010"] .save-button').click();
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Removed Lipsky, M. (2010) from My list (1 item).');
    expect(await stored(page)).toEqual(['document:solidarity-is-not-a-dirty-word']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a text from the home reading list, giving a web text today as its access date', async () => {
    const context = await chromium.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.clock.setFixedTime(new Date('2026-03-07T12:00:00'));
    await page.goto(origin + '/');
    const button = page.getByRole('button', { name: 'Save Essay by Charlotte Pitt to my list', exact: true });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    const text = await page.evaluate(
      (key) =>
        JSON.parse(localStorage.getItem(key)!)[0]
          .reference.map((s: { text: string }) => s.text)
          .join(''),
      STORAGE_KEY,
    );
    expect(text).toMatch(/^Pitt, C\./);
    expect(text).toContain('(Accessed: 7 March 2026)');
    expect(text).not.toContain('[date accessed]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps open tabs in step', async () => {
    const context = await chromium.newContext();
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(origin + '/bibliography/');
    await second.goto(origin + '/documents/the-personal-is-political/');
    await first.locator('li[data-save="work:ahmed2017"] .save-button').click();
    await expect.poll(() => pressed(second, '#ref-ahmed2017')).toBe('true');
    await context.close();
  });

  it('says so, and can try again, when the save action cannot be fetched', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.route('**/save-action.*.js', (route) => route.abort());
    await page.goto(origin + '/bibliography/');
    const button = page.locator('li[data-save="work:fraser2013"] .save-button');
    await button.click();
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toMatch(/^Could not save/);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.unroute('**/save-action.*.js');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('says so when the browser will not store the list', async () => {
    const context = await chromium.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(origin + '/bibliography/');
    await page.locator('li[data-save="work:fraser2013"] .save-button').click();
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Your browser would not keep the list: storage is full or turned off.');
    await page.goto(origin + '/my-list/');
    expect(await page.locator('[data-summary]').textContent()).toMatch(/^This browser will not keep a list/);
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    expect(await page.locator('[data-actions]').isVisible()).toBe(false);
    await context.close();
  });

  it('brings a saved work up to date when the site has corrected its reference', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    const old = {
      id: 'work:lipsky2010',
      label: 'Lipsky, M. (2010)',
      reference: [{ text: 'Lipsky, M. (2010) Old wording. updated.' }],
      added: '2026-01-01T00:00:00.000Z',
      read: true,
    };
    await page.evaluate(([key, item]) => localStorage.setItem(key as string, JSON.stringify([item])), [STORAGE_KEY, old] as const);
    await page.goto(origin + '/bibliography/');
    const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!)[0], STORAGE_KEY);
    await expect
      .poll(async () => (await saved()).reference.map((r: { text: string }) => r.text).join(''))
      .toBe(
        'Lipsky, M. (2010) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services. Updated edn. New York: Russell Sage Foundation. Originally published 1980.',
      );
    expect(await saved()).toMatchObject({ added: '2026-01-01T00:00:00.000Z', read: true });
    await context.close();
  });

  it('shows no Save button without JavaScript', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/documents/the-personal-is-political/');
    expect(await page.locator('button', { hasText: 'Save' }).count()).toBe(0);
    await page.goto(origin + '/my-list/');
    await expect.poll(() => page.locator('[data-needs-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-needs-js]').textContent()).toContain('needs JavaScript');
    expect(await page.locator('[data-my-list]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the list page', () => {
  it('lists what was saved, in order, with Harvard references and links', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    expect(await page.locator('[data-needs-js]').isVisible()).toBe(false);
    const items = page.locator('[data-items] > li');
    expect(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).toEqual([
      'document:solidarity-is-not-a-dirty-word',
      'work:lipsky2010',
      'work:fraser2013',
      'concept:mutual-aid',
    ]);
    expect(await page.locator('[data-summary]').textContent()).toBe('4 items, 0 read.');
    // The reference keeps its italics and links from the page it was saved from.
    expect(await items.nth(1).locator('.ref i').first().textContent()).toBe('Street-Level Bureaucracy: Dilemmas of the Individual in Public Services');
    expect(await items.nth(0).locator('.ref a').getAttribute('href')).toBe('https://doi.org/10.1332/20498608Y2024D000000022');
    expect(await items.nth(1).getByRole('link', { name: 'In the bibliography Lipsky, M. (2010)' }).getAttribute('href')).toBe('/bibliography/lipsky2010/');
    expect(await items.nth(3).locator('.ref').textContent()).toMatch(/Mutual aid.*Accessed: \d{1,2} \w+ 20\d\d\)\.$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks read, reorders and removes by keyboard, keeping focus in the list', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    await page.getByRole('checkbox', { name: 'Read: Lipsky, M. (2010)' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-summary]').textContent()).toBe('4 items, 1 read.');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.id)).toBe('work:lipsky2010');

    await page.getByRole('button', { name: 'Move up: Fraser, N. (2013)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Moved Fraser, N. (2013) to place 2 of 4.');
    expect(await stored(page)).toEqual(['document:solidarity-is-not-a-dirty-word', 'work:fraser2013', 'work:lipsky2010', 'concept:mutual-aid']);
    await page.keyboard.press('Enter');
    // At the top, Up is disabled, so focus goes to the same item's Down button.
    expect(await stored(page)).toEqual(['work:fraser2013', 'document:solidarity-is-not-a-dirty-word', 'work:lipsky2010', 'concept:mutual-aid']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: Fraser, N. (2013)');

    await page.getByRole('button', { name: 'Remove: Lipsky, M. (2010)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Removed Lipsky, M. (2010). Undo is above the list.');
    expect(await stored(page)).toEqual(['work:fraser2013', 'document:solidarity-is-not-a-dirty-word', 'concept:mutual-aid']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove: the concept Mutual aid');
    expect(await page.locator('[data-summary]').textContent()).toBe('3 items, 0 read.');
    // A change after the removal survives the undo, which puts the item back where it was, read mark and all.
    await page.getByRole('checkbox', { name: 'Read: Fraser, N. (2013)' }).check();
    expect(await page.locator('[data-undo-text]').textContent()).toBe('Removed Lipsky, M. (2010).');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await stored(page)).toEqual(['work:fraser2013', 'document:solidarity-is-not-a-dirty-word', 'work:lipsky2010', 'concept:mutual-aid']);
    expect(await page.locator('[data-summary]').textContent()).toBe('4 items, 2 read.');
    expect(await page.locator('[data-undo]').isVisible()).toBe(false);
    await context.close();
  });

  it('redraws when another tab changes the list, keeping focus where it was', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    await page.getByRole('button', { name: 'Remove: the concept Mutual aid' }).focus();
    const other = await context.newPage();
    await other.goto(origin + '/bibliography/');
    await other.locator('li[data-save="work:fraser2013"] .save-button').click();
    await expect.poll(() => page.locator('[data-items] > li').count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove: the concept Mutual aid');
    await context.close();
  });

  it('downloads the list as BibTeX, RIS and CSL-JSON that parse, one record per item', async () => {
    const context = await chromium.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    const download = async (format: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    };
    const bib = await download('bib');
    expect(bib.name).toBe('my-reading-list.bib');
    const entries = parseBibtex(bib.text, { sentenceCase: false }).entries;
    expect(entries.map((e) => e.fields.title)).toEqual([
      'Solidarity is not a dirty word: exploring and locating solidarity as a theory and model for a radical community social work practice',
      'Street-Level Bureaucracy: Dilemmas of the Individual in Public Services',
      'The Fortunes of Feminism: From State-Managed Capitalism to Neoliberal Crisis',
      'Mutual aid',
    ]);
    expect(entries[0]!.fields.doi).toBe('10.1332/20498608Y2024D000000022');
    const ris = readRis((await download('ris')).text);
    expect(ris?.map((r: Record<string, unknown>) => r.TY as string[] | string)).toHaveLength(4);
    const csl = JSON.parse((await download('json')).text) as { id: string; title: string }[];
    expect(csl.map((c) => c.title)).toEqual(entries.map((e) => e.fields.title));
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Downloaded 4 items as CSL-JSON.');
    await context.close();
  });

  it('copies the list as an alphabetical Harvard reference list', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    await page.getByRole('button', { name: 'Copy as Harvard list' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Your list is copied as a Harvard reference list.');
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.slice(0, 12))).toEqual(['Fraser, N. (', 'Hill, D., Be', 'Lipsky, M. (', 'Solidarity A']);
    // Also as HTML, so that a word processor keeps the titles in italics.
    const html = await page.evaluate(async () => {
      const [clip] = await navigator.clipboard.read();
      return clip!.types.includes('text/html') ? (await clip!.getType('text/html')).text() : '';
    });
    expect(html).toContain('<p>Fraser, N. (2013) <i>The Fortunes of Feminism: From State-Managed Capitalism to Neoliberal Crisis</i>. London: Verso.</p>');
    await context.close();
  });

  it('shows the list selected for copying by hand where the clipboard is refused', async () => {
    const context = await chromium.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    await page.getByRole('button', { name: 'Copy as Harvard list' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Could not copy\. The list is selected/);
    const box = page.getByRole('textbox', { name: 'Your list as a Harvard reference list' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await box.inputValue()).split('\n')).toHaveLength(4);
    expect(
      await page.evaluate(
        () =>
          window.getSelection()?.toString() ||
          (document.activeElement as HTMLTextAreaElement).value.slice(
            (document.activeElement as HTMLTextAreaElement).selectionStart,
            (document.activeElement as HTMLTextAreaElement).selectionEnd,
          ),
      ),
    ).toMatch(/^Fraser, N\. \(2013\)/);
    await context.close();
  });

  it('clears only on a second press, and says what could not be read', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await saveFour(page);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify([...JSON.parse(localStorage.getItem(key)!), { id: 'work:x' }])), STORAGE_KEY);
    await page.goto(origin + '/my-list/');
    expect(await page.locator('[data-summary]').textContent()).toBe(
      '4 items, 0 read. 1 saved entry could not be read (changed outside this site?) and is left out; the next change to the list drops it.',
    );
    const clear = page.locator('[data-clear]');
    await clear.click();
    expect(await stored(page)).toHaveLength(5);
    expect(await clear.textContent()).toBe('Press again to clear');
    await clear.click();
    expect(await stored(page)).toEqual([]);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('my-list-title');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await stored(page)).toHaveLength(4);
    expect(await page.locator('[data-items] > li').count()).toBe(4);
    await context.close();
  });

  it('passes a list on as a link: the receiver sees it and adds it to their own, once', async () => {
    const sender = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await sender.newPage();
    await saveFour(page);
    await page.goto(origin + '/my-list/');
    await page.getByRole('button', { name: 'Copy a link to this list' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${origin}/my-list/#share=[A-Za-z0-9_-]+$`));
    await sender.close();

    // Someone else, with one of the four already saved.
    const receiver = await chromium.newContext();
    const other = await receiver.newPage();
    const errors = watchForErrors(other);
    await other.goto(origin + '/bibliography/');
    await other.locator('li[data-save="work:fraser2013"] .save-button').click();
    await expect.poll(() => stored(other)).toEqual(['work:fraser2013']);
    await other.goto(link);
    const panel = other.getByRole('region', { name: 'A reading list shared with you' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-shared-summary]').textContent()).toBe('4 items, 1 of them already on your list.');
    expect(await panel.locator('[data-shared-items] > li').count()).toBe(4);
    expect(await axeViolations(other, 'shared list')).toEqual([]);
    expect(await panel.locator('[data-shared-items] .ref i').first().textContent()).toBe('Critical and Radical Social Work: An International Journal');
    await panel.getByRole('button', { name: 'Add 3 items to my list' }).click();
    expect(await stored(other)).toEqual(['work:fraser2013', 'document:solidarity-is-not-a-dirty-word', 'work:lipsky2010', 'concept:mutual-aid']);
    await expect.poll(() => other.locator('[data-status]').textContent()).toBe('Added 3 items to your list.');
    expect(await panel.isVisible()).toBe(false);
    expect(new URL(other.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await receiver.close();
  });

  it('says when a shared link is damaged', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    // Pasted into the address bar of the open page: only the fragment changes.
    await page.evaluate(() => (location.hash = '#share=AAAAcutshort'));
    const panel = page.getByRole('region', { name: 'A reading list shared with you' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-shared-summary]').textContent()).toMatch(/could not be read/);
    expect(await panel.getByRole('button', { name: /^Add/ }).isVisible()).toBe(false);
    await context.close();
  });

  it('has no axe violations with items, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await chromium.newContext({ colorScheme });
      const page = await context.newPage();
      await saveFour(page);
      await page.goto(origin + '/my-list/');
      await page.getByRole('checkbox', { name: 'Read: Lipsky, M. (2010)' }).check();
      expect(await axeViolations(page, colorScheme)).toEqual([]);
      await context.close();
    }
  });
});
