/** The built site in real Chromium: pages render without errors and pass axe-core. */
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchForErrors, axeViolations, axeViolationsInBothSchemes } from '../helpers/browser';

const origin = inject('siteOrigin');
const chromium = useChromium();

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const context = await chromium.newContext({ viewport, javaScriptEnabled: true });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  return { context, page, errors, response };
}

describe('home', () => {
  it('lists the eight documents in three groups', async () => {
    const { context, page, errors } = await open('/');
    const items = page.locator('.reading-item h3 a');
    expect(await items.count()).toBe(8);
    const groups = await page.locator('.reading-group > h2').allTextContents();
    expect(groups).toEqual(['Research', 'Practice writing', 'Student essays']);
    // No script is needed to read: the only one is the header search island (a module).
    const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('type')));
    expect(scripts.every((t) => t === 'module')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('document pages', () => {
  it('each renders title, body, references, cite block and pager with no console errors', async () => {
    const { context, page } = await open('/');
    const hrefs = await page.locator('.reading-item h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await context.close();
    expect(hrefs).toHaveLength(8);
    for (const href of hrefs) {
      const { context, page, errors, response } = await open(href);
      expect(response?.status(), href).toBe(200);
      expect(await page.locator('h1').count(), href).toBe(1);
      expect(await page.locator('.prose p[id^="p-"]').count(), href).toBeGreaterThan(5);
      expect(await page.locator('.pager a').count(), href).toBeGreaterThan(0);
      expect(await page.locator('#references').count(), href).toBe(1);
      expect(await page.locator('#cite-harvard').textContent(), href).toMatch(/\((\d{4}|no date)\)/);
      // The only script is the cite-this island (plus JSON-LD data, which is not code).
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((s) => s.map((e) => e.getAttribute('type')));
      expect(
        scripts.every((t) => t === 'module'),
        href,
      ).toBe(true);
      expect(errors, href).toEqual([]);
      await context.close();
    }
  });

  it('a paragraph link scrolls to that passage', async () => {
    const { context, page } = await open('/documents/solidarity-is-not-a-dirty-word/#p-12');
    const box = await page.locator('#p-12').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(200);
    await context.close();
  });

  it('every page fits a 320 px screen: nothing wider than the viewport', async () => {
    const { context, page } = await open('/');
    const hrefs = await page.locator('.reading-item h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await context.close();
    for (const href of ['/', '/about/', ...hrefs, '/documents/the-personal-is-political/references/', '/lists/', '/lists/start-here/']) {
      const { context, page } = await open(href, { width: 320, height: 640 });
      // Elements whose right edge passes the viewport (overflow hidden by a parent counts too).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *, header *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-scroll'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`)
          .slice(0, 5),
      );
      expect(wide, href).toEqual([]);
      await context.close();
    }
  });
});

describe('reading without JavaScript', () => {
  it('shows the whole text, the references and the citations, with a placeholder access date', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + '/documents/essay-holly-clarke/');
    expect(await page.locator('.prose p[id^="p-"]').count()).toBeGreaterThan(10);
    expect(await page.locator('.reference-list li').count()).toBeGreaterThan(10);
    expect(await page.locator('#cite-harvard').textContent()).toContain('[date accessed]');
    // Copy buttons need JavaScript, so they stay hidden without it.
    expect(await page.locator('.copy-button:visible').count()).toBe(0);
    await context.close();
  });
});

describe('404', () => {
  it('answers unknown paths with the not-found page', async () => {
    const { context, page, response } = await open('/does-not-exist/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('the check itself reports a violation when there is one', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/about/');
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
    expect((await axeViolations(page, 'planted')).join('\n')).toMatch(/^image-alt \(planted\): img$/m);
    await context.close();
  });

  it.each([
    '/',
    '/documents/solidarity-is-not-a-dirty-word/',
    '/documents/essay-charlotte-pitt/',
    '/documents/the-personal-is-political/references/',
    '/about/',
    '/does-not-exist/',
  ])('%s has no violations', async (path) => {
    expect(await axeViolationsInBothSchemes(chromium, origin + path)).toEqual([]);
  });
});
