/**
 * The Cite blocks carry the address the page is served from. The site is built for one
 * origin (SITE_URL, a host's variable, or http://localhost:4321 without either); a page
 * served from another origin must not hand readers citations that point to the built one.
 * Chromium loads the same built files under two origins (requests are answered by the test
 * server), so the test holds whatever origin the build was given.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { select } from 'hast-util-select';
import { readPage } from '../helpers/dist';
import { useChromium, watchForErrors } from '../helpers/browser';

const served = inject('siteOrigin');
const chromium = useChromium();
const MIRROR = 'http://mirror.solidarity-atlas.test';
const PAGE = '/documents/essay-holly-clarke/';

const builtOrigin = String(select('[data-cite-this]', readPage(PAGE))?.properties.dataBuiltOrigin);

/** Answers every request to `origin` with the built site, as if it were served there. */
async function serveAs(context: BrowserContext, origin: string) {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await fetch(served + url.pathname + url.search);
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  });
}

describe('Cite blocks use the page’s own address', () => {
  it('knows the origin the site was built for', () => {
    expect(builtOrigin).toMatch(/^https?:\/\/[^/]+$/);
  });

  it('rewrites the citations, their links and the downloads when the page is served from elsewhere', async () => {
    const context = await chromium.newContext({ acceptDownloads: true });
    await serveAs(context, MIRROR);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(MIRROR + PAGE);
    for (const id of ['cite-harvard', 'cite-apa', 'cite-bibtex', 'cite-ris']) {
      const text = (await page.locator(`#${id}`).textContent())!;
      expect(text, id).toContain(MIRROR + PAGE);
      expect(text, id).not.toContain(builtOrigin + '/');
    }
    expect(await page.locator('#cite-harvard a').getAttribute('href')).toBe(MIRROR + PAGE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads a[href$=".bib"]').click()]);
    const bib = readFileSync(await download.path(), 'utf8');
    expect(bib).toContain(`url = {${MIRROR}${PAGE}}`);
    expect(bib).not.toContain(builtOrigin + '/');
    expect(download.suggestedFilename()).toBe('citation.bib');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves them as built when the page is served from the built origin', async () => {
    const context = await chromium.newContext();
    await serveAs(context, builtOrigin);
    const page = await context.newPage();
    await page.goto(builtOrigin + PAGE);
    expect(await page.locator('#cite-harvard').textContent()).toContain(builtOrigin + PAGE);
    expect(await page.locator('#cite-harvard a').getAttribute('href')).toBe(builtOrigin + PAGE);
    await context.close();
  });
});
