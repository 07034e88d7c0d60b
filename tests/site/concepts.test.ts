/** Concept pages and in-text concept links on the built site, in Chromium. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchForErrors, axeViolationsInBothSchemes } from '../helpers/browser';
import { selectAll } from 'hast-util-select';
import { DIST, readPage } from '../helpers/dist';
import { readContent } from '../../src/lib/content/read-content';

const origin = inject('siteOrigin');
const chromium = useChromium();

interface Graph {
  nodes: { id: string; kind: string; mentions?: number; url: string }[];
  edges: {
    id: string;
    note?: string;
    weight: number;
    source: string;
    target: string;
    kind: string;
    passages?: { url: string }[];
    origin?: { year: number; creditedIn?: { url: string } };
  }[];
}
const graph = JSON.parse(readFileSync(join(DIST, 'graph.json'), 'utf8')) as Graph;
const conceptFiles = readdirSync(join(process.cwd(), 'src/content/concepts'));

describe('the quick checks read the documents as the build does', () => {
  // scripts/content/check-*.ts run the content rules on documents read from their MDX
  // (src/lib/content/read-content.ts); what they count must be what the pages number and the map links.
  const { content } = readContent();
  it.each(content.documents.map((d) => [d.id, d] as const))('%s: same passages and concept mentions as the built page', (id, d) => {
    expect(selectAll('.prose [id^="p-"]', readPage(`/documents/${id}/`)).length).toBe(d.passageCount);
    const counts = new Map<string, number>();
    for (const m of d.mentions) counts.set(`concept:${m.concept}`, (counts.get(`concept:${m.concept}`) ?? 0) + 1);
    const built = new Map(graph.edges.filter((e) => e.kind === 'appears-in' && e.target === `document:${id}`).map((e) => [e.source, e.weight]));
    expect(counts).toEqual(built);
  });
});

describe('graph.json', () => {
  it('has every concept, the eight documents and the thinkers, with typed edges', () => {
    expect(graph.nodes.filter((n) => n.kind === 'concept')).toHaveLength(conceptFiles.length);
    expect(graph.nodes.filter((n) => n.kind === 'document')).toHaveLength(8);
    expect(graph.nodes.filter((n) => n.kind === 'thinker').length).toBeGreaterThan(10);
    const kinds = new Set(graph.edges.map((e) => e.kind));
    for (const k of ['appears-in', 'coined-by', 'extends', 'contrasts-with', 'draws-on']) expect(kinds, k).toContain(k);
  });
  it('dates each thinker link by the original work and names a later edition as such', () => {
    const lipsky = graph.edges.find((e) => e.id === 'coined-by:street-level-bureaucracy:thinker:michael-lipsky')!;
    expect(lipsky.origin?.year).toBe(1980);
    expect(lipsky.note).toBe(
      'Street-Level Bureaucracy: Dilemmas of the Individual in Public Services (1980). The corpus cites the 2010 updated edition, not the original of 1980.',
    );
    for (const e of graph.edges.filter((x) => x.kind === 'coined-by' || x.kind === 'shaped-by')) expect(e.origin?.year, e.id).toBeGreaterThan(1500);
  });
  it('has every concept in at least one document, or a reason why not', () => {
    for (const n of graph.nodes.filter((x) => x.kind === 'concept')) {
      if ((n.mentions ?? 0) > 0) continue;
      const file = readFileSync(join(process.cwd(), 'src/content/concepts', `${n.id.slice('concept:'.length)}.mdx`), 'utf8');
      expect(file, n.id).toMatch(/^absentBecause: .+/m);
    }
  });
  it('points every relation, and every passage crediting a thinker, at a passage that exists on its page', () => {
    const credits = graph.edges.flatMap((e) => (e.origin?.creditedIn ? [{ url: e.origin.creditedIn.url }] : []));
    expect(credits.length).toBeGreaterThan(20);
    for (const e of [...graph.edges.filter((x) => x.passages), { passages: credits }]) {
      for (const p of e.passages!) {
        const [path, hash] = p.url.split('#');
        const html = readFileSync(join(DIST, path!, 'index.html'), 'utf8');
        expect(html, p.url).toContain(`id="${hash}"`);
      }
    }
  });
});

describe('concept pages', () => {
  it('show definition, origin with a formatted key work, related concepts and every passage', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/concepts/street-level-bureaucracy/');
    expect(await page.locator('h1').textContent()).toBe('Street-level bureaucracy');
    expect(await page.locator('#definition + .prose').textContent()).toMatch(/Lipsky/);
    expect(await page.locator('#origin ~ ul .ref').first().textContent()).toMatch(/^Lipsky, M\. \(2010\)/);
    // The idea is dated by the original work; the 2010 reference is named as a later edition.
    const lipsky = (await page.locator('.origin-list > li').first().textContent())!.replace(/\s+/g, ' ');
    expect(lipsky).toContain('Michael Lipsky coined the term. Original work: Street-Level Bureaucracy: Dilemmas of the Individual in Public Services (1980).');
    expect(lipsky).toContain('The corpus cites the 2010 updated edition, not the original of 1980.');
    expect(await page.locator('.origin-list > li a[href="/documents/solidarity-is-not-a-dirty-word/#p-16"]').count()).toBe(1);
    expect(await page.locator('#related ~ dl a').count()).toBeGreaterThan(0);
    const passage = page.locator('.passages a.passage-link').first();
    const href = await passage.getAttribute('href');
    expect(href).toMatch(/^\/documents\/[a-z-]+\/#p-\d+$/);
    await passage.click();
    await page.waitForURL((u) => u.hash.startsWith('#p-'));
    expect(await page.locator(`${new URL(page.url()).hash}`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('credit no one with a paper whose source names no author, and mark credits from outside the corpus', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/concepts/social-identity-approach/');
    const items = await page.locator('.origin-list > li').allTextContents();
    const drury = items.find((t) => t.includes('John Drury'))!.replace(/\s+/g, ' ');
    expect(drury).toContain('Outside the corpus: the texts on this site cite nothing of it.');
    expect(drury).toContain('Credited from outside the corpus');
    for (const item of items) expect(item).not.toMatch(/Frontiers in Public Health/);
    // The paper is listed apart, with the missing authors said in words.
    const apart = page.locator('#origin ~ p.origin-place', { hasText: 'without its authors' });
    expect(await apart.count()).toBe(1);
    expect(await page.locator('#origin ~ ul.reference-list li[data-save="work:frontiersnd"]').count()).toBe(1);
    await context.close();
  });

  it('can be cited like documents', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/concepts/mutual-aid/');
    expect(await page.locator('#cite-harvard').textContent()).toMatch(/^Solidarity Atlas \(\d{4}\) Mutual aid/);
    await context.close();
  });

  it('are reached from the concept links in a document', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(origin + '/documents/solidarity-is-not-a-dirty-word/');
    const link = page.locator('.prose a.concept-link[href="/concepts/deterritorialisation/"]').first();
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL('**/concepts/deterritorialisation/');
    expect(await page.locator('h1').textContent()).toBe('Deterritorialisation');
    await context.close();
  });

  it.each(['/concepts/', '/concepts/solidarity/', '/concepts/double-movement/', '/concepts/social-identity-approach/'])(
    '%s has no axe violations',
    async (path) => {
      expect(await axeViolationsInBothSchemes(chromium, origin + path)).toEqual([]);
    },
  );
});
