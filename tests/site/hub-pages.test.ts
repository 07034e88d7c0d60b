/**
 * The hub pages that stay small as the corpus grows (lib/site/hub-limits.ts): each work's
 * own page, the bibliography index that links to it, and each concept's page of passages;
 * that they hold what the texts hold, that their links land, that old anchors still reach
 * what they named, and axe-core in both colour schemes. (Below the thresholds, which the
 * 8-text site is, the home page, the map's lists and the index are one page each.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { readPage, distFileFor } from '../helpers/dist';
import { bibliographyRecords, documentSlugs } from '../helpers/content-records';
import { useChromium, watchForErrors, axeViolationsInBothSchemes } from '../helpers/browser';

const origin = inject('siteOrigin');
const chromium = useChromium();
const keys = [...bibliographyRecords.keys()];
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const pages = new Map<string, Root>();
const page = (path: string): Root => {
  if (!pages.has(path)) pages.set(path, readPage(path));
  return pages.get(path)!;
};
const ids = new Map<string, Set<string>>();
const idsOn = (path: string) => {
  if (!ids.has(path)) ids.set(path, new Set(selectAll('[id]', page(path)).map((el) => String(el.properties.id))));
  return ids.get(path)!;
};

/** A work's pages: the first, then …/2/ and on while they exist. */
function workPages(key: string): string[] {
  const found = [`/bibliography/${key}/`];
  while (existsSync(distFileFor(`/bibliography/${key}/${found.length + 1}/`))) found.push(`/bibliography/${key}/${found.length + 1}/`);
  return found;
}

/** Where a same-site link leads that does not: the page missing, or the id not on it. */
function brokenLinks(path: string): string[] {
  const broken: string[] = [];
  for (const a of selectAll('main a[href]', page(path))) {
    const href = String(a.properties.href);
    if (href.startsWith('mailto:')) continue;
    const url = new URL(href, `http://site${path}`);
    if (url.host !== 'site') continue;
    if (!/\/$/.test(url.pathname)) {
      if (!existsSync(join(process.cwd(), 'dist', url.pathname))) broken.push(`${path}: ${href} (no file)`);
      continue;
    }
    if (!existsSync(distFileFor(url.pathname))) broken.push(`${path}: ${href} (no page)`);
    else if (url.hash && !idsOn(url.pathname).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${href} (no such id)`);
  }
  return broken;
}

/** How often each document's text cites a work: its citation links to the reference entry. */
function citationsIn(slug: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const a of selectAll('.prose a.citation', page(`/documents/${slug}/`))) {
    const key = String(a.properties.href).replace('#ref-', '');
    found.set(key, [...(found.get(key) ?? []), String(a.properties.id)]);
  }
  return found;
}

describe('a work’s own page', () => {
  it('exists for every work, with its reference in both styles, its exports and, for a titled work, its COinS', () => {
    for (const key of keys) {
      const tree = page(`/bibliography/${key}/`);
      expect(select('h1', tree), key).toBeTruthy();
      expect(selectAll('section[aria-labelledby="reference"] .ref', tree), key).toHaveLength(2);
      expect(select(`[data-save="work:${key}"] > .ref`, tree), key).toBeTruthy();
      for (const format of ['bib', 'ris', 'json']) expect(select(`a[href="/bibliography/${key}.${format}"]`, tree), `${key}.${format}`).toBeTruthy();
      expect(selectAll('.Z3988', tree).length, key).toBe(bibliographyRecords.get(key)!.title ? 1 : 0);
    }
  });

  it('lists every citation the texts make of the work, each linking to it, with the sentence it stands in', () => {
    const inTexts = new Map(documentSlugs.map((slug) => [slug, citationsIn(slug)]));
    for (const key of keys) {
      const listed = workPages(key).flatMap((p) =>
        selectAll('.citing-passages a.passage-link', page(p)).map((a) => ({ href: String(a.properties.href), li: a })),
      );
      const expected = documentSlugs.flatMap((slug) => (inTexts.get(slug)!.get(key) ?? []).map((id) => `/documents/${slug}/#${id}`));
      expect(
        listed.map((l) => l.href),
        key,
      ).toEqual(expected);
    }
    // Each sentence is in the paragraph of its citation.
    for (const p of workPages('lipsky2010')) {
      for (const li of selectAll('.citing-passages > li', page(p))) {
        const href = String(select('a', li)!.properties.href);
        const [path, id] = href.split('#') as [string, string];
        const citation = select(`[id="${id}"]`, page(path))!;
        const paragraph = selectAll('.prose [id^="p-"]', page(path)).find((el) => select(`[id="${id}"]`, el) === citation) as Element;
        expect(flat(toString(paragraph)), href).toContain(flat(toString(select('q', li)!)));
      }
    }
  });

  it('names the texts that list the work without citing it', () => {
    // basw2014 style: a work in a reference list that no passage cites says so.
    const listedOnly = keys.filter((k) => /^Listed/.test(toString(select('header .meta', page(`/bibliography/${k}/`))!)));
    expect(listedOnly.length).toBeGreaterThan(0);
    for (const key of listedOnly) expect(toString(page(`/bibliography/${key}/`)), key).toContain('not cited in the text');
  });

  it('is reached from the index by its heading, and reads without JavaScript', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(origin + '/bibliography/');
    await tab.locator('#lipsky2010').getByRole('link', { name: 'Lipsky (2010)' }).click();
    await tab.waitForURL('**/bibliography/lipsky2010/');
    expect(await tab.locator('h1').textContent()).toBe('Lipsky (2010)');
    expect(await tab.locator('.citing-text h3').allTextContents()).toHaveLength(2);
    await context.close();
  });

  it('saves the work to My list and cites it', async () => {
    const context = await chromium.newContext();
    const tab = await context.newPage();
    const errors = watchForErrors(tab);
    await tab.goto(origin + '/bibliography/lipsky2010/');
    const entry = tab.locator('[data-save="work:lipsky2010"]');
    await entry.locator('.save-button').click();
    await expect.poll(() => entry.locator('.save-button').getAttribute('aria-pressed')).toBe('true');
    await entry.locator('.cite-button').click();
    await entry.locator('.cite-panel').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the bibliography index', () => {
  it('lists every work once, each linking to its page, with its counts', () => {
    for (const path of ['/bibliography/', '/bibliography/apa/']) {
      const headings = selectAll('.bibliography-list > li > h2[id]', page(path));
      expect(headings.map((h) => h.properties.id).sort(), path).toEqual([...keys].sort());
      for (const h of headings) expect(select('a', h)!.properties.href, path).toBe(`/bibliography/${h.properties.id}/`);
    }
    // The passages themselves are on the works' pages.
    expect(selectAll('.cited-by', page('/bibliography/'))).toHaveLength(0);
    expect(toString(select('li:has(> #lipsky2010) .ref-meta', page('/bibliography/'))!)).toMatch(/Cited twice in 2 texts/);
  });

  it('keeps an old link, /bibliography/#<key>, on the work, one link from its page', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(origin + '/bibliography/#alexander2009');
    expect(await tab.locator('li:has(> #alexander2009) .ref-note.missing').textContent()).toMatch(/^Title not known/);
    expect(await tab.locator('#alexander2009 a').getAttribute('href')).toBe('/bibliography/alexander2009/');
    expect(await tab.evaluate(() => location.pathname)).toBe('/bibliography/');
    await context.close();
  });
});

describe('a concept’s passages', () => {
  const graph = JSON.parse(readFileSync(join(process.cwd(), 'dist', 'graph.json'), 'utf8')) as {
    edges: { kind: string; source: string; target: string; weight: number }[];
  };
  const mentions = (concept: string) =>
    new Map(graph.edges.filter((e) => e.kind === 'appears-in' && e.source === `concept:${concept}`).map((e) => [e.target.replace('document:', ''), e.weight]));
  const named = [...new Set(graph.edges.filter((e) => e.kind === 'appears-in').map((e) => e.source.replace('concept:', '')))];

  it('are on a page of their own for every concept a text names, text by text, with the counts of the map', () => {
    expect(named.length).toBeGreaterThan(20);
    for (const concept of named) {
      const tree = page(`/concepts/${concept}/passages/`);
      const texts = selectAll('section.appearance', tree).map((s) => {
        const id = String(select('h2', s)!.properties.id).replace('appears-', '');
        return [id, Number(/\((\d+) mentions?\)/.exec(toString(select('h2', s)!))![1])] as const;
      });
      expect(new Map(texts), concept).toEqual(mentions(concept));
      expect(selectAll('.passages > li q', tree).length, concept).toBeGreaterThan(0);
    }
  });

  it('are one link from the concept page, which still has each text’s old anchor (#appears-<slug>) and counts', () => {
    for (const concept of named) {
      const tree = page(`/concepts/${concept}/`);
      expect(select(`a[href="/concepts/${concept}/passages/"]`, tree), concept).toBeTruthy();
      for (const [doc, count] of mentions(concept)) {
        const heading = select(`#appears-${doc}`, tree);
        expect(heading, `${concept}: ${doc}`).toBeTruthy();
        expect(toString(heading!), `${concept}: ${doc}`).toContain(`(${count} mention`);
      }
    }
  });
});

describe('links on the hub pages', () => {
  it('all land: pages, files and anchors', () => {
    const paths = [
      '/',
      '/graph/',
      '/bibliography/',
      '/bibliography/apa/',
      ...keys.flatMap(workPages),
      ...[...new Set(selectAll('a[href$="/passages/"]', page('/graph/')).map((a) => String(a.properties.href)))],
      '/concepts/solidarity/',
      '/concepts/solidarity/passages/',
    ];
    expect(paths.flatMap(brokenLinks)).toEqual([]);
  });
});

describe('accessibility (axe-core), light and dark', () => {
  it.each(['/bibliography/', '/bibliography/lipsky2010/', '/bibliography/alexander2009/', '/concepts/solidarity/', '/concepts/solidarity/passages/'])(
    '%s has no violations',
    async (path) => {
      expect(await axeViolationsInBothSchemes(chromium, origin + path)).toEqual([]);
    },
  );
});

/**
 * Past the thresholds: the 8-text site is below them all, so these run on a larger build,
 * such as the scale bench's (`npm run bench:scale -- 200 --keep`, then in its site folder
 * `npx vitest run --project site tests/site/hub-pages.test.ts -t "past the thresholds"`).
 */
describe.runIf(existsSync(distFileFor('/texts/research/')))('past the thresholds (a large corpus)', () => {
  const groupPages = (group: string) => {
    const found = [`/texts/${group}/`];
    while (existsSync(distFileFor(`/texts/${group}/${found.length + 1}/`))) found.push(`/texts/${group}/${found.length + 1}/`);
    return found;
  };
  const graphTextPages = () => {
    const found = ['/graph/texts/'];
    while (existsSync(distFileFor(`/graph/texts/${found.length + 1}/`))) found.push(`/graph/texts/${found.length + 1}/`);
    return found;
  };

  it('the home page shows each group’s first texts and links to the group’s pages, which hold every text once', () => {
    const home = page('/');
    const groups = selectAll('.reading-group', home);
    const all: string[] = [];
    for (const g of groups) {
      const id = String(select('h2', g)!.properties.id).replace('group-', '');
      expect(selectAll('.reading-item', g).length, id).toBeLessThanOrEqual(5);
      expect(select(`a[href="/texts/${id}/"]`, g), id).toBeTruthy();
      all.push(...groupPages(id).flatMap((p) => selectAll('.reading-item h2 a, .reading-item h3 a', page(p)).map((a) => String(a.properties.href))));
    }
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(documentSlugs.length);
  });

  it('the map’s lists link to the pages of texts, which hold every text once; the concepts name their first texts and link to the rest', () => {
    expect(selectAll('[id^="list-document-"]', page('/graph/'))).toHaveLength(0);
    const entries = graphTextPages().flatMap((p) => selectAll('[id^="list-document-"]', page(p)).map((el) => String(el.properties.id)));
    expect(entries.length).toBe(documentSlugs.length);
    expect(new Set(entries).size).toBe(entries.length);
    for (const p of graphTextPages()) expect(select(`.text-pages a[href="${p}"]`, page('/graph/')), p).toBeTruthy();
    expect(selectAll('.graph-lists a[href$="/passages/"]', page('/graph/')).length).toBeGreaterThan(0);
  });

  it('the links of the further pages land', () => {
    const further = [
      ...['research', 'practice', 'essays'].flatMap(groupPages),
      ...graphTextPages(),
      ...keys.flatMap(workPages).filter((p) => /\/\d+\/$/.test(p)),
      '/concepts/solidarity/passages/2/',
    ];
    expect(further.flatMap(brokenLinks)).toEqual([]);
  });

  it('old links to a text on the map’s lists, or on a concept page that no longer shows it, are sent to the page that holds it', async () => {
    const last = documentSlugs.at(-1)!;
    const context = await chromium.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/graph/#list-document-${last}`);
    await tab.waitForURL(/\/graph\/texts\//);
    expect(await tab.locator(`#list-document-${last}`).count()).toBe(1);
    const shown = new Set(selectAll('[id^="appears-"]', page('/concepts/solidarity/')).map((el) => String(el.properties.id)));
    const moved = selectAll('[id^="appears-"]', page('/concepts/solidarity/passages/2/'))
      .map((el) => String(el.properties.id))
      .find((id) => !shown.has(id))!;
    await tab.goto(`${origin}/concepts/solidarity/#${moved}`);
    await tab.waitForURL(/\/concepts\/solidarity\/passages\//);
    expect(await tab.locator(`#${moved}`).count()).toBe(1);
    await context.close();
  });

  it.each(['/', '/texts/research/', '/texts/research/2/', '/graph/texts/2/', '/concepts/solidarity/passages/2/'])('%s has no axe violations', async (path) => {
    expect(await axeViolationsInBothSchemes(chromium, origin + path)).toEqual([]);
  });
});
