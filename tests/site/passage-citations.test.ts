/**
 * Citing a passage in real Chromium: paragraph numbers on wide screens, phones and paper;
 * "Cite this passage" by keyboard; a quotation by selection; copied text read back from the
 * clipboard; axe in light and dark with the panel open; a strict Content Security Policy.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import type { Locator, Page } from 'playwright-core';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';
import { DIST, readPage } from '../helpers/dist';

const origin = inject('siteOrigin');
const chromium = useChromium();
const MANUSCRIPT = '/documents/the-personal-is-political/';
const slugs = readdirSync(join(DIST, 'documents')).sort();

/** The text a copy button put on the clipboard. */
async function copyRow(page: Page, label: string, scope: Page | Locator = page): Promise<string> {
  const status = page.locator('.prose + [role="status"]');
  await status.evaluate((s) => (s.textContent = ''));
  await scope.getByRole('button', { name: `Copy ${label}`, exact: true }).click();
  await expect.poll(() => status.textContent()).toContain('copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Selects `words` inside passage `id` as a reader would with the mouse. */
async function selectWords(page: Page, id: string, words: string, endId = id, endWords = words): Promise<void> {
  await page.evaluate(
    ([id, words, endId, endWords]) => {
      const find = (pid: string, w: string) => {
        const walker = document.createTreeWalker(document.getElementById(pid)!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(w);
          if (at >= 0) return { n, at };
        }
        throw new Error(`"${w}" not in #${pid}`);
      };
      const start = find(id!, words!);
      const end = find(endId!, endWords!);
      const range = document.createRange();
      range.setStart(start.n, start.at);
      range.setEnd(end.n, end.at + endWords!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [id, words, endId, endWords],
  );
}

describe('paragraph numbers', () => {
  it.each(slugs)('%s: the n-th number links to p-n, so the counter that draws it shows n', (slug) => {
    const tree = readPage(`/documents/${slug}/`);
    const passages = selectAll('.prose [id^="p-"]', tree);
    const numbers = selectAll('.prose a.pn', tree);
    expect(numbers.length).toBe(passages.length);
    numbers.forEach((a, i) => {
      expect(a.properties.href).toBe(`#p-${i + 1}`);
      expect(a.properties.ariaHidden).toBe('true');
      expect(a.properties.tabIndex).toBe(-1);
    });
    // The one line that says what the numbers count.
    expect(selectAll('.pn-note', tree)).toHaveLength(1);
  });

  it.each([
    ['wide screen', { width: 1280, height: 900 }, 'screen'],
    ['phone', { width: 390, height: 844 }, 'screen'],
    ['print', { width: 794, height: 1123 }, 'print'],
  ] as const)('shows the numbers on a %s', async (_name, viewport, media) => {
    const context = await chromium.newContext({ viewport });
    const page = await context.newPage();
    await page.emulateMedia({ media });
    await page.goto(origin + MANUSCRIPT);
    const shown = await page.evaluate(() => {
      const prose = document.querySelector('.prose')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.prose .pn')].map((a) => {
        const box = a.getBoundingClientRect();
        const style = getComputedStyle(a);
        const digits = getComputedStyle(a, '::before').content;
        return {
          id: a.parentElement!.id,
          width: box.width,
          inMargin: box.right <= prose.left,
          visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) === 1,
          digits,
          fontPx: parseFloat(style.fontSize),
        };
      });
    });
    expect(shown.length).toBeGreaterThan(30);
    for (const n of shown) {
      expect(n.visible, n.id).toBe(true);
      expect(n.digits, n.id).toBe('counter(pn)');
      // Drawn digits give the empty link its width.
      expect(n.width, n.id).toBeGreaterThan(5);
      expect(n.fontPx, n.id).toBeGreaterThanOrEqual(media === 'print' ? 10 : 11);
      // In the margin on a wide screen; before the words on a phone and on paper.
      expect(n.inMargin, n.id).toBe(viewport.width === 1280);
    }
    await context.close();
  });
});

describe('cite this passage', () => {
  it('cites a paragraph by keyboard: in-text forms with the pinpoint, references and link, each copied', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + MANUSCRIPT);
    // Reach the button by Tab from the previous one (past the links in the paragraph), as a
    // keyboard user would.
    await page.getByRole('button', { name: 'Cite paragraph 11', exact: true }).focus();
    const button = page.getByRole('button', { name: 'Cite paragraph 12', exact: true });
    for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: 'Cite paragraph 12', exact: true });
    await panel.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // The panel follows the button: the next Tab goes into it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.passage-cite')?.id)).toBe('passage-cite-12');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(Hill and Laredo, 2020, para. 12)');

    expect(await copyRow(page, 'Harvard (Cite Them Right) narrative citation')).toBe('Hill and Laredo (2020, para. 12)');
    expect(await copyRow(page, 'APA 7th edition in-text citation')).toBe('(Hill & Laredo, 2020, para. 12)');
    expect(await copyRow(page, 'APA 7th edition narrative citation')).toBe('Hill and Laredo (2020, para. 12)');
    const harvard = await page.locator('#cite-harvard').innerText();
    expect(await copyRow(page, 'Harvard (Cite Them Right) reference')).toBe(harvard.trim());
    expect(harvard).toContain('European Journal of Social Work');
    expect(await copyRow(page, 'APA 7th edition reference')).toBe((await page.locator('#cite-apa').innerText()).trim());
    expect(await copyRow(page, 'link to this passage')).toBe(`${origin}${MANUSCRIPT}#p-12`);
    // What the numbers count is said in the panel too (the manuscript's pages differ).
    expect(await panel.textContent()).toContain('published article’s pages and paragraphs may differ');

    // Escape closes it and gives focus back to the button.
    await page.getByRole('button', { name: 'Copy link to this passage' }).focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.passage-cite').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('quotes selected words with their citation in both styles, ready to paste', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const words = await page.evaluate(() => document.getElementById('p-12')!.textContent.trim().split(/\s+/).slice(2, 9).join(' '));
    await selectWords(page, 'p-12', words);
    const bar = page.getByRole('region', { name: 'Quotation with citation' });
    await bar.waitFor();
    expect(await bar.textContent()).toContain('Quote from paragraph 12');
    const bare = words.replace(/[.,;:]+$/, '');
    expect(await copyRow(page, 'Harvard (Cite Them Right) quotation')).toBe(`‘${bare}’ (Hill, Bell and Laredo, 2024, para. 12)`);
    expect(await copyRow(page, 'APA 7th edition quotation')).toBe(`“${bare}” (Hill et al., 2024, para. 12)`);

    // Over two paragraphs: a range pinpoint, with each style's plural label.
    await selectWords(page, 'p-12', words, 'p-13', 'the');
    await expect.poll(() => bar.textContent()).toContain('Quote from paragraphs 12–13');
    expect(await copyRow(page, 'Harvard (Cite Them Right) quotation')).toMatch(/ \(Hill, Bell and Laredo, 2024, paras 12–13\)$/);
    expect(await copyRow(page, 'APA 7th edition quotation')).toMatch(/ \(Hill et al\., 2024, paras\. 12–13\)$/);
    // The page's own controls are not part of the quotation.
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toMatch(/\bCite\b/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives keyboard users the quotation through the passage action', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(origin + '/documents/essay-holly-clarke/');
    await selectWords(page, 'p-3', await page.evaluate(() => document.getElementById('p-3')!.textContent.trim().split(/\s+/).slice(0, 5).join(' ')));
    await page.getByRole('button', { name: 'Cite paragraph 3', exact: true }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: /Words to quote/ });
    await field.waitFor();
    expect((await field.inputValue()).split(' ')).toHaveLength(5);
    // Words typed or pasted into the field are quoted too.
    await field.fill('the corona virus pandemic');
    expect(await copyRow(page, 'APA 7th edition quotation', page.locator('.passage-cite'))).toBe('“the corona virus pandemic” (Clarke, n.d., para. 3)');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe in %s with the panel and the quotation bar open', async (colorScheme) => {
    const context = await chromium.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + MANUSCRIPT);
    await page.getByRole('button', { name: 'Cite paragraph 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Cite paragraph 2', exact: true }).waitFor();
    await selectWords(page, 'p-5', 'social');
    await page.getByRole('region', { name: 'Quotation with citation' }).waitFor();
    expect(await axeViolations(page, colorScheme)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from a click on the passage number, which still goes to the passage', async () => {
    const context = await chromium.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(origin + MANUSCRIPT);
    await page.locator('#p-7 > .pn').click();
    await page.getByRole('group', { name: 'Cite paragraph 7', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('#p-7');
    await context.close();
  });

  it('says so on the page when the citation forms cannot be fetched', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.route('**/passages.json', (route) => route.abort());
    await page.goto(origin + MANUSCRIPT);
    await page.getByRole('button', { name: 'Cite paragraph 3', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Could not load the passage citation');
    expect(await page.locator('.passage-cite[role="group"]').count()).toBe(0);
    await context.close();
  });

  it('works under a strict Content Security Policy', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    // The site's own policy: scripts and styles from the site only, no style attributes.
    await page.route(origin + MANUSCRIPT, async (route) => {
      const response = await route.fetch();
      const csp = "default-src 'self'; script-src 'self'; style-src-elem 'self' 'unsafe-inline'; style-src-attr 'none'; img-src 'self' data:";
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(origin + MANUSCRIPT);
    await page.getByRole('button', { name: 'Cite paragraph 4', exact: true }).click();
    await page.getByRole('group', { name: 'Cite paragraph 4', exact: true }).waitFor();
    expect(await copyRow(page, 'Harvard (Cite Them Right) in-text citation')).toBe('(Hill and Laredo, 2020, para. 4)');
    await selectWords(page, 'p-6', 'social');
    await page.getByRole('region', { name: 'Quotation with citation' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
