/**
 * The curated reading lists on the built site, in Chromium without JavaScript: each page shows
 * the list's facts and its sections in order, each item with its importance, Harvard reference,
 * note and links that resolve (passages to an anchor that exists); axe-core finds nothing in
 * light or dark. Zotero's own translation-server imports every download with each item's
 * section, importance and note, and offers the list page's items as a pick-list. A list page
 * and a document page print as handouts with a running head and foot and page numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';
import { zoteroImport, zoteroWeb, type ZoteroItem } from '../helpers/zotero';
import { readContent } from '../../src/lib/content/read-content';
import { IMPORTANCE_LABELS } from '../../src/lib/reading-lists/items';
import { LISTS_KEY } from '../../src/client/reading-list/storage-key';

const origin = inject('siteOrigin');
const chromium = useChromium();
const lists = readContent().content.readingLists;
const PDF_DIR = join(process.cwd(), 'test-results', 'print');

// Zotero's notes are HTML.
const decodeEntities = (html: string) => html.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
const tagsOf = (item: ZoteroItem) => ((item.tags ?? []) as { tag: string }[]).map((t) => t.tag);
const notesOf = (items: ZoteroItem[], parent: ZoteroItem) =>
  items.filter((n) => n.itemType === 'note' && n.parentItem === parent.key).map((n) => String(n.note));

const itemsOf = (slug: string) => lists.find((l) => l.slug === slug)!.sections.flatMap((s) => s.items);

describe('the list pages, without JavaScript', () => {
  it('the home page points first-years to Start here, and /lists/ names every list', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await expect(page.locator('.start-here a[href="/lists/start-here/"]').textContent()).resolves.toBe('Start here');
    await page.goto(`${origin}/lists/`);
    const names = await page.locator('.curated-lists h2 a').allTextContents();
    expect(names[0]).toBe('Start here');
    expect(names.sort()).toEqual(lists.map((l) => l.title).sort());
    await context.close();
  });

  it.each(lists.map((l) => l.slug))(
    '/lists/%s/ shows the facts, the sections in order and every item with its reference, importance and note',
    async (slug) => {
      const list = lists.find((l) => l.slug === slug)!;
      const context = await chromium.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${origin}/lists/${slug}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(list.title);
      const facts = await page.locator('.list-facts').textContent();
      for (const fact of [list.module, list.audience, list.author]) expect(facts).toContain(fact);
      expect(await page.locator('.list-section > h2').allTextContents()).toEqual(list.sections.map((s) => s.title));
      const items = page.locator('.list-item');
      await expect(items.count()).resolves.toBe(itemsOf(slug).length);
      for (const [i, item] of itemsOf(slug).entries()) {
        const li = items.nth(i);
        await expect(li.locator('.importance').textContent()).resolves.toBe(IMPORTANCE_LABELS[item.importance]);
        const reference = (await li.locator('.list-ref').textContent())!;
        // A Harvard reference: a year or "no date" in brackets; never the sentinel access date.
        expect(reference, `${slug} item ${i}`).toMatch(/\((\d{4}[a-z]?|no date)\)/);
        expect(reference).not.toContain('1900');
        if (item.passage) expect(reference).toContain(`Read para. ${item.passage.paragraph.slice(2)}.`);
        if (item.note) expect((await li.locator('.list-note').textContent())!.replace(/\s+/g, ' ')).toContain(item.note.replace(/\*/g, '').slice(0, 30));
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(lists.map((l) => l.slug))('every link of /lists/%s/ to a page of the site resolves, passages to their anchor', async (slug) => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/lists/${slug}/`);
    const hrefs = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
    expect(hrefs.length).toBeGreaterThan(itemsOf(slug).length / 2);
    for (const href of hrefs) {
      const [path, anchor] = href.split('#');
      // The My list link carries the list in its fragment (a share link), not an anchor: its own test opens it.
      if (path === '/my-list/') continue;
      const res = await fetch(`${origin}${path}`);
      expect(res.status, href).toBe(200);
      if (anchor) expect(await res.text(), href).toContain(`id="${anchor}"`);
    }
    // Every passage item links to its paragraph.
    for (const item of itemsOf(slug).filter((i) => i.passage)) expect(hrefs).toContain(`/documents/${item.passage!.document}/#${item.passage!.paragraph}`);
    await context.close();
  });

  it.each(['/lists/', ...lists.map((l) => `/lists/${l.slug}/`)].flatMap((path) => (['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme }))))(
    'axe-core finds nothing on $path ($colorScheme)',
    async ({ path, colorScheme }) => {
      const context = await chromium.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      expect(await axeViolations(page, `${path} ${colorScheme}`)).toEqual([]);
      await context.close();
    },
  );
});

describe('a curated list taken into My list', () => {
  it('Add this list to My list opens it in My list, readable, and adds it as a new list with its sections, importance and notes', async () => {
    const list = lists.find((l) => l.slug === 'start-here')!;
    const context = await chromium.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${origin}/lists/start-here/`);
    await page.getByRole('link', { name: 'Add this list to My list' }).click();
    const panel = page.getByRole('region', { name: 'A reading list shared with you' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-shared-list-title]').textContent()).toBe(list.title);
    expect(await panel.locator('h3').allTextContents()).toEqual(list.sections.map((s) => s.title));
    await panel.getByRole('button', { name: 'Add as a new list' }).click();
    await expect.poll(() => page.locator('[data-items] h2').allTextContents()).toEqual(list.sections.map((s) => s.title));
    const stored = await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key) ?? '{"lists":[]}') as {
        lists: { title: string; items: { id: string; importance?: string; note?: string }[] }[];
      };
      return state.lists.find((l) => l.title === 'Start here');
    }, LISTS_KEY);
    const firstNote = list.sections[0]!.items[0]!.note!;
    expect(stored?.items[0]).toMatchObject({
      id: `document:${list.sections[0]!.items[0]!.document}`,
      importance: 'essential',
      note: firstNote.replace(/\s+/g, ' ').trim(),
    });
    // A passage item arrives as its text, the passage named in its note.
    const passage = list.sections.flatMap((s) => s.items).find((i) => i.passage)!;
    expect(stored?.items.find((i) => i.id === `document:${passage.passage!.document}`)?.note).toContain(`Read para. ${passage.passage!.paragraph.slice(2)}.`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['ris', 'bib', 'json'] as const)('My list’s %s download of it keeps, in Zotero, each item’s section, importance and note', async (format) => {
    const list = lists.find((l) => l.slug === 'start-here')!;
    const context = await chromium.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}/lists/start-here/`);
    await page.getByRole('link', { name: 'Add this list to My list' }).click();
    await page.getByRole('button', { name: 'Add as a new list' }).click();
    await expect.poll(() => page.locator('[data-items] h2').allTextContents()).toEqual(list.sections.map((s) => s.title));
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
    const imported = await zoteroImport(readFileSync(await file.path(), 'utf8'));
    await context.close();
    const records = imported.filter((i) => i.itemType !== 'note');
    // One record per text, concept or work: a passage arrives as its text (curatedAsMyList).
    const first = list.sections[0]!.items[0]!;
    const said = (record: ZoteroItem) => decodeEntities(format === 'json' ? String(record.extra) : notesOf(imported, record).join('\n'));
    expect(records.length).toBeGreaterThan(10);
    expect(said(records[0]!)).toContain(`Reading list: ${list.title}, section 1, item 1`);
    expect(said(records[0]!)).toContain(`Reading list section: ${list.sections[0]!.title}`);
    expect(said(records[0]!)).toContain(`Importance: ${first.importance}`);
    expect(said(records[0]!)).toContain(first.note!.replace(/\s+/g, ' ').slice(0, 40));
    if (format !== 'json') expect(tagsOf(records[0]!)).toContain(`Importance: ${first.importance}`);
    if (format === 'ris') expect(tagsOf(records[0]!)).toContain(`Reading list section: ${list.sections[0]!.title}`);
    for (const record of records) expect(said(record)).toMatch(/Importance: (essential|recommended|further)/);
  });
});

describe('the downloads of a whole list, imported by Zotero', () => {
  it.each(lists.flatMap((l) => (['ris', 'bib', 'json'] as const).map((format) => ({ slug: l.slug, format }))))(
    'the $format download of /lists/$slug/: every item, with its section, importance and note',
    async ({ slug, format }) => {
      const res = await fetch(`${origin}/lists/${slug}.${format}`);
      expect(res.status).toBe(200);
      const imported = await zoteroImport(await res.text());
      const records = imported.filter((i) => i.itemType !== 'note');
      const list = lists.find((l) => l.slug === slug)!;
      const expected = list.sections.flatMap((section) => section.items.map((item) => ({ section: section.title, item })));
      expect(records).toHaveLength(expected.length);
      records.forEach((record, n) => {
        const { section, item } = expected[n]!;
        // CSL-JSON's note becomes Extra; RIS N1 and BibTeX note a child note.
        const said = format === 'json' ? String(record.extra) : notesOf(imported, record).join('\n');
        expect(said, `${slug} ${format} ${n}`).toContain(`Reading list section: ${section}`);
        expect(said).toContain(`Importance: ${item.importance}`);
        if (item.note) expect(decodeEntities(said)).toContain(item.note.replace(/\*/g, '').replace(/\s+/g, ' ').slice(0, 30));
        if (format !== 'json') expect(tagsOf(record)).toContain(`Importance: ${item.importance}`);
        if (format === 'ris') expect(tagsOf(record)).toContain(`Reading list section: ${section}`);
      });
    },
  );

  it.each(lists.map((l) => l.slug))('/lists/%s/: Zotero offers the items as a pick-list, one choice per work', async (slug) => {
    const result = await zoteroWeb(`${origin}/lists/${slug}/`);
    expect(result.kind).toBe('choices');
    const choices = result.kind === 'choices' ? Object.values(result.choices) : [];
    // A passage shares its text's record: one choice for both.
    const records = new Set(itemsOf(slug).map((i) => i.document ?? i.passage?.document ?? i.work ?? `concept:${i.concept}`));
    expect(choices).toHaveLength(records.size);
  });

  it('the Harvard list is plain text, every item numbered by section', async () => {
    const res = await fetch(`${origin}/lists/start-here.txt`);
    const text = await res.text();
    const list = lists.find((l) => l.slug === 'start-here')!;
    list.sections.forEach((s, i) => expect(text).toContain(`${i + 1}. ${s.title}`));
    expect(text.match(/^\d+\.\d+ \[/gm)).toHaveLength(itemsOf('start-here').length);
    expect(text).not.toContain('1900');
  });
});

describe('a printed handout', () => {
  /** pdftotext's text of each page of the PDF (poppler-utils). */
  const pagesOf = (pdf: string): string[] =>
    execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());

  it.each([
    { path: '/lists/start-here/', title: 'Start here (reading list)', date: 'Revised 28 November 2026', file: 'list-start-here.pdf' },
    { path: '/documents/solidarity-is-not-a-dirty-word/', title: 'Solidarity is not a dirty word', date: '2024', file: 'document-solidarity.pdf' },
  ])('$path prints with its title, address, date and page numbers on every page, and no screen controls', async ({ path, title, date, file }) => {
    mkdirSync(PDF_DIR, { recursive: true });
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    // The page prints the address it was built for (SITE_URL, or Astro's preview address when none is given), not the test server's.
    const address = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(address).toMatch(new RegExp(`^https?://[^/]+${path.replace(/[/.]/g, '\\$&')}$`));
    const pdf = join(PDF_DIR, file);
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await context.close();
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(title);
      expect(text).toContain(`Solidarity Atlas · ${date}`);
      expect(text).toContain(String(address));
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      for (const control of ['Take the list with you', 'Skip to content', 'Save to my list', 'Search']) expect(text).not.toContain(control);
    });
  });

  it('keeps each section title with its first item', () => {
    const list = lists.find((l) => l.slug === 'start-here')!;
    const pages = pagesOf(join(PDF_DIR, 'list-start-here.pdf'));
    for (const section of list.sections) {
      const on = pages.find((p) => p.includes(section.title));
      expect(on, section.title).toBeDefined();
      const after = on!.slice(on!.indexOf(section.title));
      expect(after, section.title).toMatch(/ESSENTIAL|Recommended|Further reading/);
    }
  });
});
