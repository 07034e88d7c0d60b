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
import { KEPT_PREFIX, LISTS_KEY, V1_KEY } from '../../src/client/reading-list/storage-key';
import { load as loadYaml } from 'js-yaml';
import { readingListSchema } from '../../src/content/schemas/reading-lists';
import { contentRefs } from '../../src/content/schemas/shared';
import { readdirSync } from 'node:fs';

const pressed = (page: Page, selector: string) => page.locator(`${selector} .save-button`).first().getAttribute('aria-pressed');
/** The items of the current list, as stored. */
const storedItems = (page: Page) =>
  page.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key) ?? '{"lists":[]}');
    return (state.lists.find((l: { id: string }) => l.id === state.current)?.items ?? []) as {
      id: string;
      reference: { text: string }[];
      note?: string;
      importance?: string;
      section?: string;
    }[];
  }, LISTS_KEY);
const stored = async (page: Page) => (await storedItems(page)).map((i) => i.id);

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
    await expect
      .poll(() => page.locator('p[role="status"]').last().textContent())
      .toMatch(/^Saved Solidarity is not a dirty word.* to My reading list \(1 item\)\.$/);
    await page.getByRole('button', { name: 'Save Lipsky, M. (2010) to my list', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Saved Lipsky, M. (2010) to My reading list (2 items).');
    expect(await stored(page)).toEqual(['document:solidarity-is-not-a-dirty-word', 'work:lipsky2010']);
    // The same work is shown as saved wherever it appears.
    await page.goto(origin + '/bibliography/');
    expect(await pressed(page, 'li[data-save="work:lipsky2010"]')).toBe('true');
    expect(await pressed(page, 'li[data-save="work:fraser2013"]')).toBe('false');
    await page.locator('li[data-save="work:lipsky2010"] .save-button').click();
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Removed Lipsky, M. (2010) from My reading list (1 item).');
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
    const text = (await storedItems(page))[0]!.reference.map((s) => s.text).join('');
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
    // Saved in the first format (one flat list), which is migrated as it is read.
    await page.evaluate(([key, item]) => localStorage.setItem(key as string, JSON.stringify([item])), [V1_KEY, old] as const);
    await page.goto(origin + '/bibliography/');
    const saved = async () => (await storedItems(page))[0]!;
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
    const items = page.locator('[data-items] li[data-id]');
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
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Moved Fraser, N. (2013) up.');
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
    await expect.poll(() => page.locator('[data-items] li[data-id]').count()).toBe(3);
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
    await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key)!);
      state.lists[0].items.push({ id: 'work:x' });
      localStorage.setItem(key, JSON.stringify(state));
    }, LISTS_KEY);
    await page.goto(origin + '/my-list/');
    expect(await page.locator('[data-summary]').textContent()).toBe('4 items, 0 read. Some saved data could not be read: see above.');
    expect(await page.locator('[data-kept-items] li').textContent()).toContain('1 item of “My reading list” could not be read');
    const clear = page.locator('[data-clear]');
    await clear.click();
    expect(await stored(page)).toHaveLength(5);
    expect(await clear.textContent()).toBe('Press again to confirm');
    await clear.click();
    expect(await stored(page)).toEqual([]);
    // The entry that could not be read is not lost with the clearing: it is kept aside.
    expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, KEPT_PREFIX)).toBe(1);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('my-list-title');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await stored(page)).toHaveLength(4);
    expect(await page.locator('[data-items] li[data-id]').count()).toBe(4);
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
    expect(link).toMatch(new RegExp(`^${origin}/my-list/#l=[A-Za-z0-9_-]+$`));
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
    expect(await panel.locator('[data-shared-summary]').textContent()).toBe('4 items. Adding it makes a new list of your own; your lists stay as they are.');
    expect(await panel.locator('[data-shared-items] li').count()).toBe(4);
    expect(await axeViolations(other, 'shared list')).toEqual([]);
    expect(await panel.locator('[data-shared-items] .ref i').first().textContent()).toBe('Critical and Radical Social Work: An International Journal');
    await panel.getByRole('button', { name: 'Add as a new list' }).click();
    // A new list of the receiver's own, beside theirs (which keeps its one item).
    expect(await stored(other)).toEqual(['document:solidarity-is-not-a-dirty-word', 'work:lipsky2010', 'work:fraser2013', 'concept:mutual-aid']);
    expect(await other.locator('[data-list-select] option').allTextContents()).toEqual(['My reading list (1 item)', 'My reading list (2) (4 items)']);
    await expect.poll(() => other.locator('[data-status]').textContent()).toBe('Added My reading list (2) as a new list, now shown below.');
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
    await page.evaluate(() => (location.hash = '#l=AgAAcutshort'));
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
      // With a section, a note, the handout details open and a kept copy of unreadable data on show.
      await page.getByRole('textbox', { name: 'New section (a week or a theme)' }).fill('Week 1');
      await page.getByRole('button', { name: 'Add section' }).click();
      await page.getByRole('combobox', { name: 'Section: Lipsky, M. (2010)' }).selectOption({ label: 'Week 1' });
      await page.getByRole('textbox', { name: 'Note: Lipsky, M. (2010)' }).fill('Chapter 1.');
      await page.getByRole('textbox', { name: 'Note: Lipsky, M. (2010)' }).press('Tab');
      await page.locator('[data-details] summary').click();
      await page.evaluate(
        (prefix) => localStorage.setItem(`${prefix}2026-01-01T00:00:00.000Z`, '{"kept":"2026-01-01T00:00:00.000Z","problems":["x"],"raw":"{"}'),
        KEPT_PREFIX,
      );
      await page.reload();
      await page.locator('[data-details] summary').click();
      await expect.poll(() => page.locator('[data-kept]').isVisible()).toBe(true);
      expect(await page.locator('[data-items] h2').allTextContents()).toEqual(['Week 1']);
      expect(await axeViolations(page, colorScheme)).toEqual([]);
      await context.close();
    }
  });
});

describe('lists with sections, notes and importance', () => {
  const names = (dir: string, ext: RegExp) => () => new Set(readdirSync(`src/content/${dir}`).map((f) => f.replace(ext, '')));
  const schema = readingListSchema(
    contentRefs({ concepts: names('concepts', /\.mdx?$/), works: names('bibliography', /\.json$/), documents: names('documents', /\.mdx?$/) }),
  );

  it('builds a list from three pages with sections and notes, keeps it over a reload, shares it and downloads it as a reading-list file', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const press = async (path: string, selector: string) => {
      await page.goto(origin + path);
      const button = page.locator(`${selector} .save-button`).first();
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    };
    await press('/documents/the-personal-is-political/', '[data-save="document:the-personal-is-political"]');
    await press('/bibliography/', 'li[data-save="work:lipsky2010"]');
    await press('/concepts/mutual-aid/', '[data-save="concept:mutual-aid"]');

    await page.goto(origin + '/my-list/');
    const title = page.getByRole('textbox', { name: 'Title of this list' });
    await title.fill('SW1001 week by week');
    await title.press('Tab');
    const section = page.getByRole('textbox', { name: 'New section (a week or a theme)' });
    for (const name of ['Week 1: foundations', 'Week 2: practice']) {
      await section.fill(name);
      await section.press('Enter');
      await expect.poll(() => page.locator('[data-items] h2').allTextContents()).toContain(name);
    }
    const setItem = async (label: string, sectionName: string, importance: string, note?: string) => {
      await page.getByRole('combobox', { name: `Section: ${label}` }).selectOption({ label: sectionName });
      await page.getByRole('combobox', { name: `Importance: ${label}` }).selectOption(importance);
      if (note) {
        const box = page.getByRole('textbox', { name: `Note: ${label}` });
        await box.fill(note);
        await box.press('Tab');
      }
    };
    await setItem('The personal is political', 'Week 1: foundations', 'essential', 'Start here: the argument in one place.');
    await setItem('Lipsky, M. (2010)', 'Week 2: practice', 'further');
    await setItem('the concept Mutual aid', 'Week 1: foundations', 'recommended', 'Compare with solidarity.');
    await expect.poll(async () => (await storedItems(page)).find((i) => i.id === 'concept:mutual-aid')?.note).toBe('Compare with solidarity.');

    await page.reload();
    expect(await title.inputValue()).toBe('SW1001 week by week');
    expect(await page.locator('[data-items] h2').allTextContents()).toEqual(['Week 1: foundations', 'Week 2: practice']);
    const inSection = (n: number) => page.locator('[data-items] ol').nth(n).locator('li[data-id]');
    expect(await inSection(0).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).toEqual([
      'document:the-personal-is-political',
      'concept:mutual-aid',
    ]);
    expect(await inSection(1).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).toEqual(['work:lipsky2010']);
    expect(await page.getByRole('textbox', { name: 'Note: The personal is political' }).inputValue()).toBe('Start here: the argument in one place.');
    expect(await page.getByRole('combobox', { name: 'Importance: Lipsky, M. (2010)' }).inputValue()).toBe('further');

    // The reading-list file: refused until the details are filled in, then in the schema's shape.
    await page.getByRole('button', { name: 'Download as a reading-list file (YAML)' }).click();
    await expect.poll(() => page.locator('[data-export-problems]').textContent()).toContain('Fill in the list’s module, audience, author, introduction');
    await page.locator('[data-details] summary').click();
    for (const [name, value] of [
      ['Module or course', 'SW1001 Foundations of social work'],
      ['Audience', 'First-year BA Social Work students'],
      ['Author', 'A. Lecturer'],
      ['Introduction', 'Read the essential items first.'],
    ] as const) {
      await page.getByRole('textbox', { name, exact: true }).fill(value);
      await page.getByRole('textbox', { name, exact: true }).press('Tab');
    }
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a reading-list file (YAML)' }).click()]);
    expect(file.suggestedFilename()).toBe('sw1001-week-by-week.yaml');
    const parsed = schema.safeParse(loadYaml(readFileSync(await file.path(), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.sections).toEqual([
      {
        title: 'Week 1: foundations',
        items: [
          { document: 'the-personal-is-political', importance: 'essential', note: 'Start here: the argument in one place.' },
          { concept: 'mutual-aid', importance: 'recommended', note: 'Compare with solidarity.' },
        ],
      },
      { title: 'Week 2: practice', items: [{ work: 'lipsky2010', importance: 'further' }] },
    ]);

    await page.getByRole('button', { name: 'Copy a link to this list' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(errors).toEqual([]);
    await context.close();

    // Opened in a fresh browser: readable before adding, then added as a list of their own.
    const receiver = await chromium.newContext();
    const other = await receiver.newPage();
    await other.goto(link);
    const panel = other.getByRole('region', { name: 'A reading list shared with you' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-shared-list-title]').textContent()).toBe('SW1001 week by week');
    expect(await panel.locator('h3').allTextContents()).toEqual(['Week 1: foundations', 'Week 2: practice']);
    expect(await panel.locator('.shared-note').allTextContents()).toEqual(['Start here: the argument in one place.', 'Compare with solidarity.']);
    expect(await panel.getByRole('link', { name: 'Open Lipsky, M. (2010)' }).getAttribute('href')).toBe('/bibliography/lipsky2010/');
    expect(await panel.locator('strong').allTextContents()).toEqual(['Essential', 'Recommended', 'Further reading']);
    expect(await axeViolations(other, 'shared list')).toEqual([]);
    await panel.getByRole('button', { name: 'Add as a new list' }).click();
    await expect.poll(() => other.locator('[data-items] h2').allTextContents()).toEqual(['Week 1: foundations', 'Week 2: practice']);
    const added = await storedItems(other);
    expect(added.map((i) => [i.id, i.importance, i.note ?? null])).toEqual([
      ['document:the-personal-is-political', 'essential', 'Start here: the argument in one place.'],
      ['concept:mutual-aid', 'recommended', 'Compare with solidarity.'],
      ['work:lipsky2010', 'further', null],
    ]);
    // A web page's reference takes today as its access date, as a Save press does.
    expect(added[1]!.reference.map((s) => s.text).join('')).toMatch(/Accessed: \d{1,2} \w+ 20\d\d\)/);
    expect(await other.locator('[data-list-select] option').allTextContents()).toEqual(['My reading list (0 items)', 'SW1001 week by week (3 items)']);
    await receiver.close();
  });

  it('keeps several lists: Save buttons save to the current one; deleting asks twice', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    await page.getByRole('button', { name: 'New list' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('my-list-name');
    await page.keyboard.type('Second');
    await page.keyboard.press('Tab');
    await page.goto(origin + '/bibliography/');
    await page.locator('li[data-save="work:fraser2013"] .save-button').click();
    await expect.poll(() => page.locator('p[role="status"]').last().textContent()).toBe('Saved Fraser, N. (2013) to Second (1 item).');
    await page.goto(origin + '/my-list/');
    expect(await page.locator('[data-list-select] option').allTextContents()).toEqual(['My reading list (0 items)', 'Second (1 item)']);
    await page.getByRole('combobox', { name: 'List' }).selectOption({ label: 'My reading list (0 items)' });
    await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'List' }).selectOption({ label: 'Second (1 item)' });
    const del = page.getByRole('button', { name: 'Delete this list' });
    await del.click();
    expect(await page.locator('[data-list-select] option').count()).toBe(2);
    await page.getByRole('button', { name: 'Press again to confirm' }).click();
    await expect.poll(() => page.locator('[data-list-select] option').allTextContents()).toEqual(['My reading list (0 items)']);
    await context.close();
  });

  it('still opens a link of the first format', async () => {
    const { encodeSharedList } = await import('../../src/lib/reading-list/shared-list');
    const payload = await encodeSharedList([
      {
        id: 'work:lipsky2010',
        label: 'Lipsky, M. (2010)',
        reference: [{ text: 'Lipsky, M. (2010) ' }, { text: 'Street-Level Bureaucracy', italic: true }],
        added: '',
        read: false,
      },
      { id: 'work:nosuchwork2099', label: 'Gone, A. (2099)', reference: [{ text: 'Gone, A. (2099) Removed.' }], added: '', read: false },
    ]);
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/my-list/#share=${payload}`);
    const panel = page.getByRole('region', { name: 'A reading list shared with you' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.ref i').textContent()).toBe('Street-Level Bureaucracy');
    // An item the site no longer has is shown with its reference, and no link to a missing page.
    await expect.poll(() => panel.locator('li').nth(1).locator('.ref-meta').textContent()).toBe('No longer on this site');
    expect(await panel.locator('li').nth(1).locator('a').count()).toBe(0);
    await panel.getByRole('button', { name: 'Add as a new list' }).click();
    await expect.poll(() => stored(page)).toEqual(['work:lipsky2010', 'work:nosuchwork2099']);
    await expect.poll(() => page.locator('li[data-id="work:nosuchwork2099"]').getAttribute('data-gone')).toBe('true');
    await context.close();
  });
});

describe('nothing stored is lost', () => {
  it('keeps unreadable data aside, says so, offers it for download, and never writes over it', async () => {
    const context = await chromium.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    const corrupt = '{"v":2,"current":"l1","lists":[{"id":"l1","title":"Mine","items":[{"id":"work:lipsky2010"';
    await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [LISTS_KEY, corrupt]);
    await page.reload();
    const kept = page.getByRole('region', { name: 'Some saved data could not be read' });
    await expect.poll(() => kept.isVisible()).toBe(true);
    expect(await kept.textContent()).toContain('Nothing has been deleted');
    // Saving goes on, into a fresh list; the unreadable text stays as it was, under its own key.
    await page.goto(origin + '/bibliography/');
    await page.locator('li[data-save="work:fraser2013"] .save-button').click();
    await expect.poll(() => stored(page)).toEqual(['work:fraser2013']);
    const aside = await page.evaluate(
      (prefix) =>
        Object.entries(localStorage)
          .filter(([k]) => k.startsWith(prefix))
          .map(([, v]) => JSON.parse(v).raw),
      KEPT_PREFIX,
    );
    expect(aside).toEqual([corrupt]);
    await page.goto(origin + '/my-list/');
    const [file] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: /^Download the copy/ }).click()]);
    expect(readFileSync(await file.path(), 'utf8')).toBe(corrupt);
    // Deleting the copy asks twice.
    await kept.getByRole('button', { name: 'Delete the copy' }).click();
    expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, KEPT_PREFIX)).toBe(1);
    await kept.getByRole('button', { name: 'Press again to confirm' }).click();
    await expect.poll(() => kept.isVisible()).toBe(false);
    await context.close();
  });

  it('migrates a list of the first format without loss', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    const old = [
      { id: 'work:lipsky2010', label: 'Lipsky, M. (2010)', reference: [{ text: 'Lipsky, M. (2010) x' }], added: '2026-01-01T00:00:00.000Z', read: true },
      { id: 'concept:mutual-aid', label: 'the concept Mutual aid', reference: [{ text: 'Mutual aid' }], added: '2026-01-02T00:00:00.000Z', read: false },
    ];
    await page.evaluate(([key, v]) => localStorage.setItem(key as string, JSON.stringify(v)), [V1_KEY, old] as const);
    await page.reload();
    await expect.poll(() => page.locator('[data-items] li[data-id]').count()).toBe(2);
    expect(await storedItems(page)).toEqual(old);
    expect(await page.evaluate((key) => localStorage.getItem(key), V1_KEY)).toBeNull();
    await context.close();
  });

  it('marks an item the site no longer has, keeping its saved reference, with no link', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/my-list/');
    const state = {
      v: 2,
      current: 'l1',
      lists: [
        {
          id: 'l1',
          title: 'Mine',
          sections: [],
          items: [
            {
              id: 'work:nosuchwork2099',
              label: 'Gone, A. (2099)',
              reference: [{ text: 'Gone, A. (2099) A removed book.' }],
              added: '2026-01-01T00:00:00.000Z',
              read: false,
            },
            { id: 'work:lipsky2010', label: 'Lipsky, M. (2010)', reference: [{ text: 'Lipsky, M. (2010) x' }], added: '2026-01-01T00:00:00.000Z', read: false },
          ],
        },
      ],
    };
    await page.evaluate(([key, v]) => localStorage.setItem(key as string, JSON.stringify(v)), [LISTS_KEY, state] as const);
    await page.reload();
    const gone = page.locator('li[data-id="work:nosuchwork2099"]');
    await expect.poll(() => gone.getAttribute('data-gone')).toBe('true');
    expect(await gone.locator('.ref').textContent()).toBe('Gone, A. (2099) A removed book.');
    expect(await gone.locator('.ref-meta').textContent()).toBe('Cited work no longer on this site: the reference you saved is kept.');
    expect(await gone.locator('a').count()).toBe(0);
    expect(await page.locator('li[data-id="work:lipsky2010"]').getAttribute('data-gone')).toBeNull();
    expect(await page.locator('[data-summary]').textContent()).toBe('2 items, 0 read. 1 is no longer on this site; its saved reference is kept.');
    expect(await axeViolations(page, 'gone item')).toEqual([]);
    await context.close();
  });
});
