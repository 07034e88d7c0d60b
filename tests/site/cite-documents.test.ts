/** Citing in real Chromium: cite-this copy buttons, access dates, metadata, exports, the bibliography. */
import { describe, expect, inject, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';

const origin = inject('siteOrigin');
const chromium = useChromium();

describe('cite this', () => {
  it('copies the Harvard citation by keyboard and announces it', async () => {
    const context = await chromium.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const button = page.locator('button[data-copy-target="cite-harvard"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Hill, D\., Bell, M\. and Laredo, E\. \(2024\) ‘Solidarity is not a dirty word/);
    expect(copied).toContain('https://doi.org/10.1332/20498608Y2024D000000022');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still copies where the Clipboard API is missing', async () => {
    const context = await chromium.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    await page.locator('button[data-copy-target="cite-bibtex"]').click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toMatch(/copied|press Ctrl\+C/);
    // The fallback selects the citation so that it can be copied by hand in any case.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('@article{');
    await context.close();
  });

  it("fills a web source's access date with the reader's today", async () => {
    const context = await chromium.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(origin + '/documents/a-citizens-association-for-social-support/');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
    });
    expect(await page.locator('#cite-harvard').textContent()).toContain(`(Accessed: ${today})`);
    expect(await page.locator('#cite-harvard').textContent()).not.toContain('[date accessed]');
    await context.close();
  });

  it('offers .bib and .ris downloads that parse', async () => {
    const bib = await (await fetch(origin + '/documents/solidarity-is-not-a-dirty-word/citation.bib')).text();
    const entry = parseBibtex(bib, { sentenceCase: false }).entries[0]!;
    expect(entry.fields.doi).toBe('10.1332/20498608Y2024D000000022');
    const ris = await (await fetch(origin + '/documents/the-personal-is-political/citation.ris')).text();
    expect(ris).toMatch(/^TY {2}- JOUR$/m);
    expect(ris).toMatch(/^SP {2}- 969$/m);
    expect(ris).toMatch(/^EP {2}- 979$/m);
  });
});

describe('metadata for Zotero and Google Scholar', () => {
  it('describes the 2024 article with Highwire tags, Dublin Core and JSON-LD', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const meta = async (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(await meta('citation_title')).toEqual([
      'Solidarity is not a dirty word: exploring and locating solidarity as a theory and model for a radical community social work practice',
    ]);
    expect(await meta('citation_author')).toEqual(['Hill, Darren', 'Bell, Maxine', 'Laredo, Erika']);
    expect(await meta('citation_publication_date')).toEqual(['2024']);
    expect(await meta('citation_journal_title')).toEqual(['Critical and Radical Social Work: an international journal']);
    expect(await meta('citation_firstpage')).toEqual(['1']);
    expect(await meta('citation_lastpage')).toEqual(['14']);
    expect(await meta('citation_doi')).toEqual(['10.1332/20498608Y2024D000000022']);
    expect(await meta('DC.creator')).toHaveLength(3);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('ScholarlyArticle');
    // No COinS on a document page: Zotero would then offer "multiple items" instead of the document.
    expect(await page.locator('.Z3988').count()).toBe(0);
    await context.close();
  });

  it('describes the undated blog post without inventing a date, citing the organisation as author and saying so', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/documents/keeping-the-social-in-social-work/');
    expect(await page.locator('meta[name="citation_publication_date"]').count()).toBe(0);
    // The trailing comma keeps the organisation's name in one piece in Zotero (see docs/zotero-metadata.md).
    expect(await page.locator('meta[name="citation_author"]').evaluateAll((els) => els.map((e) => e.getAttribute('content')))).toEqual([
      'National Centre for Excellence in Residential Child Care,',
    ]);
    expect(await page.locator('#cite-harvard').textContent()).toMatch(/^National Centre for Excellence in Residential Child Care \(no date\)/);
    expect(await page.locator('#cite-apa').textContent()).toMatch(/^National Centre for Excellence in Residential Child Care\. \(n\.d\.\)/);
    // The page says the source names no person and that the organisation as author is the guides' rule.
    expect(await page.locator('.title-block .authors.missing').textContent()).toContain('No author given in the source');
    expect(await page.locator('.title-block .cited-author').textContent()).toMatch(/guides' rule.*not a name the\s+source\s+prints/s);
    await context.close();
  });
});

describe('in-text citations and reference lists', () => {
  it('link a citation to its entry and the entry back to the passage', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const cite = page.locator('a.citation[href="#ref-lipsky2010"]').first();
    expect(await cite.textContent()).toMatch(/Lipsky/);
    await cite.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ref-lipsky2010');
    const back = page.locator('#ref-lipsky2010 .backlinks a').first();
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#cite-lipsky2010-1$/);
    await context.close();
  });

  it('show the correction of a source error', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/documents/the-personal-is-political/');
    const entry = page.locator('#ref-crenshaw2013');
    expect(await entry.locator('.ref').textContent()).toContain('(2013)');
    expect(await entry.locator('.correction').textContent()).toContain('“2103”');
    // The entry as printed is on the list's own page, one link away.
    await page.goto(origin + '/documents/the-personal-is-political/references/');
    expect(await page.locator('#ref-crenshaw2013 .as-printed').textContent()).toContain('(2103)');
    await context.close();
  });
});

describe('bibliography page', () => {
  it('filters by citing document and sorts by year, keeping the state in the URL', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/bibliography/');
    const total = await page.locator('.bibliography-list > li').count();
    expect(total).toBeGreaterThanOrEqual(120);
    await page.selectOption('#bib-doc', 'essay-omar-mohamed');
    const visible = page.locator('.bibliography-list > li:not([hidden])');
    expect(await visible.count()).toBe(11);
    expect(await page.locator('[data-bib-status]').textContent()).toBe(`Showing 11 of ${total} works.`);
    await page.selectOption('#bib-sort', 'year-desc');
    const years = await visible.evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.year || 0)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(page.url()).toContain('doc=essay-omar-mohamed');
    await page.reload();
    expect(await page.locator('.bibliography-list > li:not([hidden])').count()).toBe(11);
    await context.close();
  });

  it('links each work to its own page, which lists its citing passages; both pass axe-core', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    // A work the source names only by author and year says its title is not known.
    await page.goto(origin + '/bibliography/#alexander2009');
    expect(await page.locator('li:has(> #alexander2009) .ref-note.missing').textContent()).toMatch(
      /^Title not known: the citing text gives only author and year/,
    );
    expect(await page.locator('li:has(> #lipsky2010) .ref-note.missing').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#lipsky2010 a').click();
    await page.waitForURL('**/bibliography/lipsky2010/');
    expect(await page.locator('.citing-text').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
