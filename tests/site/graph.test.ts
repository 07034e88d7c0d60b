/** The theory map (/graph/) and the local graph of concept pages, in real Chromium. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, watchForErrors, axeViolations } from '../helpers/browser';
import { copiesOfTexts } from '../helpers/synthetic-graph';
import type { ConceptGraph, GraphNode } from '../../src/lib/graph/concept-graph';
import { splitGraph, type MapLayers } from '../../src/lib/graph/split';

const origin = inject('siteOrigin');
const chromium = useChromium();
let graph: ConceptGraph;

beforeAll(async () => {
  graph = (await (await fetch(`${origin}/graph.json`)).json()) as ConceptGraph;
});

/** Opens the map and waits for its first frame. */
async function openMap(path = '/graph/', options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await chromium.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(origin + path, { waitUntil: 'load' });
  // The static drawing is there at once; the interactive map starts when the reader moves to it.
  // (At once when the address holds a view, and on a phone once the map is in view.)
  const wide = (options.viewport?.width ?? 1280) > 640;
  if (wide && !/[?&](node|focus|text|hide|hide-links)=/.test(path)) expect(await page.locator('[data-graph-preview]').isVisible()).toBe(true);
  await page.locator('[data-graph-app]').hover();
  await page.waitForSelector('[data-graph-app][data-state="drawn"]', { timeout: 15_000 });
  expect(await page.locator('[data-graph-preview]').count()).toBe(0);
  return { context, page, errors };
}

/** The selected node is drawn on the highlight layer, over the map. */
const selectedIds = (page: Page) => page.evaluate(() => window.__atlasGraphHighlight!.nodes('.selected').map((n) => n.id()));

/** What the highlight layer shows: its elements, and whether the veil over the map is drawn (and how light it is). */
const highlightState = (page: Page) =>
  page.evaluate(() => {
    const layer = window.__atlasGraphHighlight!;
    const veil = document.querySelector<HTMLElement>('[data-graph-highlight]')!;
    // "rgba(…)" or "color(srgb r g b / a)": channels 0–255 or 0–1, then the alpha.
    const numbers = (getComputedStyle(veil).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const [r = 0, g = 0, b = 0] = numbers.length === 4 && numbers.slice(0, 3).every((n) => n <= 1) ? numbers.map((n) => n * 255) : numbers;
    return {
      ids: layer
        .elements()
        .map((e) => e.id())
        .sort(),
      highlighted: layer.elements('.highlighted').length,
      veilAlpha: numbers.length === 4 ? numbers[3]! : numbers.length === 3 ? 1 : 0,
      veilLightness: (r + g + b) / 3 / 255,
    };
  });

/** The concept most mentioned in the texts: certainly on the map and easy to find. */
const topConcept = (): GraphNode => graph.nodes.filter((n) => n.kind === 'concept').sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0))[0]!;

describe('the theory map', () => {
  it('draws every node with the build-time positions, marks graph:drawn, and the canvas is not blank', async () => {
    const { context, page, errors } = await openMap();
    const info = await page.evaluate(() => {
      const cy = window.__atlasGraph!;
      return { nodes: cy.nodes().length, edges: cy.edges().length, mark: performance.getEntriesByName('graph:drawn').length };
    });
    expect(info.nodes).toBe(graph.nodes.length);
    expect(info.edges).toBe(graph.edges.length);
    expect(info.mark).toBe(1);

    // Positions are the build-time ones, scaled: the relative order of two nodes is kept.
    const [a, b] = [graph.nodes[0]!, graph.nodes[1]!];
    const pos = await page.evaluate(
      ([ia, ib]) => [window.__atlasGraph!.getElementById(ia!).position(), window.__atlasGraph!.getElementById(ib!).position()],
      [a.id, b.id],
    );
    expect(Math.sign(pos[0]!.x - pos[1]!.x)).toBe(Math.sign(a.x - b.x));

    // A screenshot of the canvas has many colours and many pixels that are not the background.
    const png = await page.locator('[data-graph-canvas]').screenshot();
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0) > 30) ink++;
      }
      return { colours: colours.size, inkShare: ink / (data.length / 4) };
    }, png.toString('base64'));
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.inkShare).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects the node clicked on the static drawing once the interactive map is up', async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/graph/', { waitUntil: 'load' });
    const concept = topConcept();
    // The click lands on the drawing: the map only starts loading with this very move.
    await page.locator(`[data-graph-preview] [data-id="${concept.id}"]`).first().click();
    await page.waitForSelector('[data-graph-app][data-state="drawn"]', { timeout: 15_000 });
    await expect.poll(() => selectedIds(page)).toEqual([concept.id]);
    expect(await page.locator('[data-graph-panel-title]').textContent()).toContain(concept.label);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search finds a concept by name; Enter selects it, centres it and opens the panel', async () => {
    const concept = topConcept();
    const { context, page, errors } = await openMap();
    const input = page.getByRole('combobox', { name: 'Find on the map' });
    await input.fill(concept.label.slice(0, 5).toLowerCase());
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // Move to the concept's option with the arrow keys, then Enter.
    const labels = await options.evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
    const at = labels.indexOf(concept.label);
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= at; i++) await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(at).getAttribute('id'));
    await input.press('Enter');

    expect(await selectedIds(page)).toEqual([concept.id]);
    const panel = page.getByRole('complementary', { name: concept.label });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.locator('a[data-panel-open]').getAttribute('href')).toBe(concept.url);
    // Focus moves to the map so that the arrow keys carry on from here.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-graph-canvas'))).toBe(true);
    await expect.poll(() => page.locator('[data-graph-status]').textContent()).toContain(concept.label);
    // Centred: the node is in the middle of the canvas.
    const rendered = await page.evaluate((id) => {
      const cy = window.__atlasGraph!;
      const p = cy.getElementById(id).renderedPosition();
      return { dx: Math.abs(p.x - cy.width() / 2), dy: Math.abs(p.y - cy.height() / 2) };
    }, concept.id);
    expect(rendered.dx).toBeLessThan(5);
    expect(rendered.dy).toBeLessThan(5);
    expect(new URL(page.url()).searchParams.get('node')).toBe(concept.id);

    // The panel lists its links, with the relation named.
    const items = await panel.locator('.panel-list li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is usable from the keyboard: arrows select nodes, Escape clears, Enter opens the page', async () => {
    const { context, page, errors } = await openMap();
    await page.locator('[data-graph-canvas]').focus();
    await page.keyboard.press('ArrowRight');
    const [first] = await selectedIds(page);
    expect(first).toBeTruthy();
    const firstNode = graph.nodes.find((n) => n.id === first)!;
    await expect.poll(() => page.locator('[data-graph-status]').textContent()).toContain(firstNode.label);
    expect(await page.locator('[data-graph-panel-title]').textContent()).toBe(firstNode.label);

    // Right moves to a node to the right (as drawn).
    const anyToTheRight = await page.evaluate((a) => {
      const cy = window.__atlasGraph!;
      const x = cy.getElementById(a!).position().x;
      return cy
        .nodes()
        .toArray()
        .some((n) => n.position().x > x);
    }, first);
    await page.keyboard.press('ArrowRight');
    const [second] = await selectedIds(page);
    if (anyToTheRight) {
      expect(second).not.toBe(first);
      const xs = await page.evaluate(
        ([a, b]) => [window.__atlasGraph!.getElementById(a!).position().x, window.__atlasGraph!.getElementById(b!).position().x],
        [first, second],
      );
      expect(xs[1]!).toBeGreaterThan(xs[0]!);
    } else {
      expect(second).toBe(first);
    }
    await page.keyboard.press('Escape');
    expect(await selectedIds(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const [id] = await selectedIds(page);
    const node = graph.nodes.find((n) => n.id === id)!;
    await Promise.all([page.waitForURL((u) => u.pathname + u.hash === node.url || u.href.endsWith(node.url)), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(new URL(node.url, origin).pathname);
    // Leaving the page may abort requests still in flight (the favicon): not an error.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the panel links through to the concept page, and its buttons move the selection', async () => {
    const concept = topConcept();
    const { context, page, errors } = await openMap(`/graph/?node=${encodeURIComponent(concept.id)}`);
    expect(await selectedIds(page)).toEqual([concept.id]);
    const panel = page.getByRole('complementary', { name: concept.label });
    const neighbour = panel.locator('button[data-node]').first();
    const neighbourId = await neighbour.getAttribute('data-node');
    await neighbour.click();
    expect(await selectedIds(page)).toEqual([neighbourId]);
    await page.goto(`${origin}/graph/?node=${encodeURIComponent(concept.id)}`);
    await page.waitForSelector('[data-graph-app][data-state="drawn"]');
    const link = page.locator('a[data-panel-open]');
    expect(await link.getAttribute('href')).toBe(concept.url);
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === concept.url), link.click()]);
    await page.waitForURL((u) => u.pathname === concept.url);
    expect(new URL(page.url()).pathname).toBe(concept.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain(concept.label);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens on a concept named by its slug, as concept pages link to it (?focus=)', async () => {
    const concept = topConcept();
    const { context, page, errors } = await openMap(`/graph/?focus=${concept.id.slice('concept:'.length)}`);
    expect(await selectedIds(page)).toEqual([concept.id]);
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('hovering a node highlights its neighbourhood over a veil that fades the rest (%s)', async (colorScheme) => {
    const concept = topConcept();
    const { context, page } = await openMap('/graph/', { colorScheme });
    const at = await page.evaluate((id) => window.__atlasGraph!.getElementById(id).renderedPosition(), concept.id);
    const box = (await page.locator('[data-graph-canvas]').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(async () => (await highlightState(page)).veilAlpha).toBeGreaterThan(0.5);
    const state = await highlightState(page);
    const hood = await page.evaluate(
      (id) =>
        window
          .__atlasGraph!.getElementById(id)
          .closedNeighborhood()
          .map((e) => e.id())
          .sort(),
      concept.id,
    );
    // The layer holds exactly the neighbourhood, all highlighted, over a veil in the page's colour.
    expect(state.ids).toEqual(hood);
    expect(state.highlighted).toBe(hood.length);
    if (colorScheme === 'light') expect(state.veilLightness).toBeGreaterThan(0.8);
    else expect(state.veilLightness).toBeLessThan(0.2);
    const views = await page.evaluate(() => [window.__atlasGraph!, window.__atlasGraphHighlight!].map((cy) => ({ zoom: cy.zoom(), pan: cy.pan() })));
    expect(views[1]).toEqual(views[0]);
    // The map itself is not restyled (that is what made highlighting slow on big maps).
    expect(await page.evaluate(() => window.__atlasGraph!.elements('.highlighted, .faded, .selected').length)).toBe(0);

    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(async () => (await highlightState(page)).ids).toEqual([]);
    expect((await highlightState(page)).veilAlpha).toBe(0);

    // The layer follows the map's viewport.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.evaluate(() => window.__atlasGraph!.zoom())).toBeGreaterThan(views[0]!.zoom * 1.2);
    const after = await page.evaluate(() => [window.__atlasGraph!, window.__atlasGraphHighlight!].map((cy) => ({ zoom: cy.zoom(), pan: cy.pan() })));
    expect(after[1]).toEqual(after[0]);
    await context.close();
  });

  it('filters by node kind, link kind and text', async () => {
    const { context, page, errors } = await openMap();
    // Displayed: reading the style brings it up to date (visible() may answer from a cache until the next frame).
    const visible = (selector: string) => page.evaluate((s) => window.__atlasGraph!.elements(s).filter((e) => e.style('display') !== 'none').length, selector);
    await page.getByRole('checkbox', { name: /^Thinkers/ }).uncheck();
    expect(await visible('node[kind = "thinker"]')).toBe(0);
    expect(await visible('edge[kind = "coined-by"]')).toBe(0);
    expect(await visible('node[kind = "concept"]')).toBe(graph.nodes.filter((n) => n.kind === 'concept').length);
    // A highlight leaves out what the filters hide.
    const concept = topConcept();
    await page.evaluate((id) => {
      window.__atlasGraph!.getElementById(id).emit('mouseover');
    }, concept.id);
    const lit = await page.evaluate(() => window.__atlasGraphHighlight!.elements().map((e) => e.data('kind') as string));
    expect(lit).toContain('concept');
    expect(lit.filter((k) => ['thinker', 'coined-by', 'shaped-by'].includes(k))).toEqual([]);
    await page.evaluate((id) => {
      window.__atlasGraph!.getElementById(id).emit('mouseout');
    }, concept.id);
    await page.getByRole('checkbox', { name: /^Thinkers/ }).check();
    await page.getByRole('checkbox', { name: /^appears in/ }).uncheck();
    expect(await visible('edge[kind = "appears-in"]')).toBe(0);
    expect(await visible('node[kind = "document"]')).toBe(graph.nodes.filter((n) => n.kind === 'document').length);
    await page.getByRole('checkbox', { name: /^appears in/ }).check();

    const doc = graph.nodes.find((n) => n.kind === 'document')!;
    const inDoc = new Set(graph.edges.filter((e) => e.kind === 'appears-in' && e.target === doc.id).map((e) => e.source));
    await page.getByLabel('Show the concepts of').selectOption(doc.id);
    const shown = await page.evaluate(() =>
      window
        .__atlasGraph!.nodes('[kind = "concept"]')
        .filter((n) => n.style('display') !== 'none')
        .map((n) => n.id()),
    );
    expect(new Set(shown)).toEqual(inDoc);
    expect(await visible('node[kind = "document"]')).toBe(1);
    await expect.poll(() => page.locator('[data-graph-status]').textContent()).toMatch(/^Showing \d+ of \d+ nodes/);

    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await visible('node')).toBe(graph.nodes.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the panel beside the map on a desktop and below it on a 320 px phone, with nothing too wide', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 320, height: 640 },
    ]) {
      const { context, page } = await openMap('/graph/', { viewport });
      const map = (await page.locator('[data-graph-canvas]').boundingBox())!;
      const panel = (await page.locator('.graph-panel').boundingBox())!;
      if (viewport.width > 1000) expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width);
      else {
        expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height);
        expect(map.height).toBeGreaterThan(viewport.height * 0.5);
      }
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *, header *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('[data-graph-canvas]'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      );
      expect(wide, `${viewport.width}px`).toEqual([]);
      await context.close();
    }
  });

  it('keeps the selection and the filters in the address, and a shared address opens the same view', async () => {
    const { context, page, errors } = await openMap();
    const doc = graph.nodes.find((n) => n.kind === 'document')!;
    const concept = graph.nodes.find(
      (n) => n.kind === 'concept' && graph.edges.some((e) => e.kind === 'appears-in' && e.source === n.id && e.target === doc.id),
    )!;
    await page.getByRole('checkbox', { name: /^Thinkers/ }).uncheck();
    await page.getByLabel('Show the concepts of').selectOption(doc.id);
    await page.evaluate((id) => {
      window.__atlasGraph!.getElementById(id).emit('tap');
    }, concept.id);
    const shared = new URL(page.url());
    expect(Object.fromEntries(shared.searchParams)).toEqual({ node: concept.id, text: doc.id, hide: 'thinker' });
    expect(errors).toEqual([]);
    await context.close();

    // Opened afresh (another reader), the address restores the filters and the selection.
    const again = await openMap(shared.pathname + shared.search);
    const view = await again.page.evaluate(() => {
      const cy = window.__atlasGraph!;
      return {
        shown: cy
          .nodes()
          .filter((n) => n.style('display') !== 'none')
          .map((n) => n.id()),
        thinkers: cy.nodes('[kind = "thinker"]').filter((n) => n.style('display') !== 'none').length,
      };
    });
    expect(await selectedIds(again.page)).toEqual([concept.id]);
    expect(await again.page.getByRole('checkbox', { name: /^Thinkers/ }).isChecked()).toBe(false);
    expect(await again.page.getByLabel('Show the concepts of').inputValue()).toBe(doc.id);
    expect(view.thinkers).toBe(0);
    expect(view.shown).toContain(doc.id);
    expect(view.shown.length).toBeLessThan(graph.nodes.length);
    expect(await again.page.locator('[data-graph-panel-title]').textContent()).toContain(concept.label);
    expect(again.errors).toEqual([]);
    await again.context.close();
  });

  it('centres and fits the view on what a filter leaves', async () => {
    const { context, page, errors } = await openMap();
    const doc = graph.nodes.find((n) => n.kind === 'document')!;
    await page.getByLabel('Show the concepts of').selectOption(doc.id);
    // Every node left is in view, and the view closed in on them.
    const after = await page.evaluate(() => {
      const cy = window.__atlasGraph!;
      const ext = cy.extent();
      const left = cy.nodes().filter((n) => n.style('display') !== 'none');
      const outside = left.nodes().filter((n) => {
        const p = n.position();
        return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
      });
      const b = left.boundingBox({ includeLabels: false });
      return {
        left: left.length,
        outside: outside.map((n) => n.id()),
        // How far the middle of what is left lies from the middle of the view, as a share of the view.
        offCentre: Math.max(Math.abs((b.x1 + b.x2 - ext.x1 - ext.x2) / 2 / ext.w), Math.abs((b.y1 + b.y2 - ext.y1 - ext.y2) / 2 / ext.h)),
      };
    });
    expect(after.left).toBeGreaterThan(1);
    expect(after.outside).toEqual([]);
    expect(after.offCentre).toBeLessThan(0.05);
    expect(new URL(page.url()).searchParams.get('text')).toBe(doc.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Show on the map" on every concept page selects that concept', async () => {
    const concepts = graph.nodes.filter((n) => n.kind === 'concept');
    // Every concept page links to the map with its own concept, and the map has that concept.
    const layer = (await (await fetch(`${origin}/graph/concepts.json`)).json()) as { nodes: { id: string }[] };
    const onMap = new Set(layer.nodes.map((n) => n.id));
    for (const c of concepts) {
      const html = await (await fetch(`${origin}${c.url}`)).text();
      const href = /<a href="(\/graph\/\?focus=[^"]+)"[^>]*>Show on the map</.exec(html)?.[1];
      expect(href, c.url).toBe(`/graph/?focus=${c.id.slice('concept:'.length)}`);
      expect(onMap.has(c.id), c.id).toBe(true);
    }
    // Followed from a concept page, the link opens the map with the concept selected, its panel open.
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    for (const c of [concepts[0]!, concepts[concepts.length - 1]!]) {
      await page.goto(origin + c.url);
      await page.getByRole('link', { name: 'Show on the map' }).click();
      await page.waitForSelector('[data-graph-app][data-state="drawn"]', { timeout: 15_000 });
      await expect.poll(() => selectedIds(page)).toEqual([c.id]);
      expect(await page.locator('[data-graph-panel-title]').textContent()).toContain(c.label);
      expect(new URL(page.url()).searchParams.get('node')).toBe(c.id);
      // The selected concept is in view.
      const inView = await page.evaluate((id) => {
        const cy = window.__atlasGraph!;
        const p = cy.getElementById(id).renderedPosition();
        return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
      }, c.id);
      expect(inView).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches the map from the top of the page in three Tabs or fewer, with a skip link', async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(origin + '/graph/', { waitUntil: 'load' });
    let reached = false;
    for (let tabs = 1; tabs <= 3 && !reached; tabs++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), id: document.activeElement?.id }));
      if (focused.id === 'graph-map') reached = true;
      else if (focused.text === 'Skip to the map') {
        expect(await page.locator('.skip-link:focus').isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        reached = await page.evaluate(() => document.activeElement?.id === 'graph-map');
      }
    }
    expect(reached).toBe(true);
    // Focused, the map starts, and the arrow keys move on it.
    await page.waitForSelector('[data-graph-app][data-state="drawn"]', { timeout: 15_000 });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedIds(page)).toHaveLength(1);
    await context.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('draws readable labels that do not overlap at the first view ($width px)', async (viewport) => {
    const { context, page, errors } = await openMap('/graph/', { viewport });
    const labels = await page.evaluate(() => {
      const cy = window.__atlasGraph!;
      const ext = cy.extent();
      const drawn = cy.nodes().filter((n) => !n.hasClass('quiet') && n.style('label') !== '');
      const boxes = drawn
        .map((n) => ({ id: n.id(), b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }))
        .filter(({ b }) => b.x2 > ext.x1 && b.x1 < ext.x2 && b.y2 > ext.y1 && b.y1 < ext.y2);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.b, boxes[j]!.b];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
        }
      return { count: boxes.length, overlaps, smallest: Math.min(...drawn.map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom())) };
    });
    expect(labels.count).toBeGreaterThanOrEqual(10);
    expect(labels.overlaps).toEqual([]);
    expect(labels.smallest).toBeGreaterThanOrEqual(12.9);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations (%s), before and after selecting a node', async (colorScheme) => {
    const { context, page } = await openMap('/graph/', { colorScheme });
    const check = (when: string) => axeViolations(page, `${colorScheme}, ${when}`);
    expect(await check('on load')).toEqual([]);
    await page.getByRole('combobox', { name: 'Find on the map' }).fill(topConcept().label.slice(0, 4));
    expect(await check('with suggestions')).toEqual([]);
    await page.getByRole('combobox', { name: 'Find on the map' }).press('Enter');
    expect(await check('with a selection')).toEqual([]);
    await context.close();
  });
});

describe('a map of a thousand texts (the real texts copied, served in place of the real map files)', () => {
  let layers: MapLayers;
  beforeAll(() => {
    layers = splitGraph(copiesOfTexts(graph, 1000));
  });
  const clusterIds = () => layers.overview.nodes.filter((n) => n.file).map((n) => n.id);
  const chunkOf = (id: string) => [...layers.chunks.values()].find((c) => c.cluster === id)!;

  /** Opens /graph/ with the big map's files in place of the real ones, and lists the text files the page asks for. */
  async function openBigMap() {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const requested: string[] = [];
    const json = (body: unknown) => ({ contentType: 'application/json', body: JSON.stringify(body) });
    await context.route('**/graph/concepts.json', (route) => route.fulfill(json(layers.overview)));
    await context.route('**/graph/texts/*.json', (route) => {
      const path = new URL(route.request().url()).pathname;
      requested.push(path);
      const name = path.replace(/^\/graph\/texts\/|\.json$/g, '');
      const body = name === 'index' ? layers.textIndex : layers.chunks.get(name);
      return body ? route.fulfill(json(body)) : route.fulfill({ status: 404 });
    });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(origin + '/graph/', { waitUntil: 'load' });
    await page.locator('[data-graph-app]').hover();
    await page.waitForSelector('[data-graph-app][data-state="drawn"]', { timeout: 15_000 });
    return { context, page, errors, requested };
  }
  const drawnIds = (page: Page) => page.evaluate(() => window.__atlasGraph!.nodes().map((n) => n.id()));

  it('draws the concept layer with the texts in clusters, and loads no text until asked', async () => {
    const { context, page, errors, requested } = await openBigMap();
    expect(layers.overview.total.nodes).toBeGreaterThan(1000);
    expect(clusterIds().length).toBeGreaterThan(3);
    expect((await drawnIds(page)).sort()).toEqual(layers.overview.nodes.map((n) => n.id).sort());
    expect(await page.evaluate(() => window.__atlasGraph!.nodes('[agg]').length)).toBe(clusterIds().length);
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a cluster from its panel: loads its file and draws its texts in its place', async () => {
    const { context, page, errors, requested } = await openBigMap();
    const cluster = layers.overview.nodes.find((n) => n.file)!;
    await page.evaluate((id) => {
      window.__atlasGraph!.getElementById(id).emit('tap');
    }, cluster.id);
    const panel = page.getByRole('complementary', { name: cluster.label });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await axeViolations(page, 'a cluster selected')).toEqual([]);
    await panel.getByRole('button', { name: `Show these ${cluster.texts} texts` }).click();
    const texts = chunkOf(cluster.id).nodes.map((n) => n.id);
    let drawn = new Set<string>();
    await expect
      .poll(
        async () => {
          drawn = new Set(await drawnIds(page));
          return texts.every((id) => drawn.has(id)) && !drawn.has(cluster.id);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(requested).toEqual([cluster.file]);
    await expect.poll(() => page.locator('[data-graph-status]').textContent()).toContain(`Showing the ${cluster.texts} texts`);
    // Each text drawn with its links to the concepts it mentions.
    const edges = await page.evaluate((id) => window.__atlasGraph!.getElementById(id).connectedEdges().length, texts[0]!);
    expect(edges).toBe(chunkOf(cluster.id).appearances.filter((a) => `document:${a[1]}` === texts[0]).length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the clusters in view when the reader zooms in, and closes them when the reader zooms out', async () => {
    const { context, page, errors, requested } = await openBigMap();
    const cluster = layers.overview.nodes.filter((n) => n.file).sort((a, b) => b.texts! - a.texts!)[0]!;
    const first = await page.evaluate(() => window.__atlasGraph!.zoom());
    await page.evaluate(
      ([id, zoom]) => {
        const cy = window.__atlasGraph!;
        cy.zoom({ level: zoom as number, position: cy.getElementById(id as string).position() });
      },
      [cluster.id, first * 3],
    );
    const texts = chunkOf(cluster.id).nodes.map((n) => n.id);
    await expect.poll(async () => new Set(await drawnIds(page)).has(texts[0]!), { timeout: 10_000 }).toBe(true);
    expect(requested).toContain(cluster.file);
    // Not every cluster: only those in view.
    expect(requested.length).toBeLessThan(clusterIds().length);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(async () => new Set(await drawnIds(page)).has(cluster.id), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filtered by a reading-list group, opens its clusters and shows only its texts, their concepts and thinkers', async () => {
    const { context, page, errors } = await openBigMap();
    // The real page offers its 8 texts; a big map's page offers its groups instead (GraphMap.astro).
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-graph-document]')!;
      select.append(new Option('Student essays', 'group:essays'));
    });
    await page.getByLabel('Show the concepts of').selectOption('group:essays');
    const essays = new Set(
      [...layers.chunks.values()]
        .flatMap((c) => c.nodes)
        .filter((n) => n.group === 'essays')
        .map((n) => n.id),
    );
    const shownTexts = () =>
      page.evaluate(() =>
        window
          .__atlasGraph!.nodes('[kind = "document"]')
          .filter((n) => n.style('display') !== 'none')
          .map((n) => n.id()),
      );
    await expect.poll(async () => (await shownTexts()).filter((id) => essays.has(id)).length, { timeout: 10_000 }).toBe(essays.size);
    const inline = layers.overview.nodes.filter((n) => n.kind === 'document' && !n.file && n.group === 'essays').map((n) => n.id);
    expect((await shownTexts()).sort()).toEqual([...essays, ...inline].sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search finds a text not drawn yet by its name, opens its cluster and selects it', async () => {
    const { context, page, errors, requested } = await openBigMap();
    const input = page.getByRole('combobox', { name: 'Find on the map' });
    await input.fill('copy 77');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(requested).toEqual(['/graph/texts/index.json']);
    const id = (await options.first().getAttribute('data-value'))!;
    expect(id).toMatch(/-copy-77$/);
    await input.press('Enter');
    await expect.poll(() => selectedIds(page), { timeout: 10_000 }).toEqual([id]);
    const cluster = layers.textIndex!.clusters[layers.textIndex!.texts.find(([t]) => t === id)![2]]!;
    expect(requested).toContain(layers.overview.nodes.find((n) => n.id === cluster)!.file);
    expect(await page.locator('[data-graph-panel-title]').textContent()).toContain('(copy 77)');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the map without JavaScript', () => {
  it('shows the map as lists: concepts by domain with relations and texts, then texts and thinkers', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/graph/`);
    expect(await page.locator('.graph-app').isVisible()).toBe(false);
    const lists = page.getByRole('region', { name: 'The map as lists' });
    expect(await lists.isVisible()).toBe(true);
    const concepts = graph.nodes.filter((n) => n.kind === 'concept');
    for (const c of concepts) {
      expect(await lists.locator(`#list-${c.id.replace(':', '-')} h4 a`).getAttribute('href'), c.id).toBe(c.url);
    }
    expect(await lists.locator('#texts + ul > li').count()).toBe(graph.nodes.filter((n) => n.kind === 'document').length);
    expect(await lists.locator('#thinkers + ul > li').count()).toBe(graph.nodes.filter((n) => n.kind === 'thinker').length);
    // Every relation is listed on both of its concepts, with its evidence link.
    const relations = graph.edges.filter((e) => !['appears-in', 'coined-by', 'shaped-by'].includes(e.kind));
    for (const r of relations.slice(0, 20)) {
      for (const end of [r.source, r.target]) {
        const entry = lists.locator(`#list-${end.replace(':', '-')}`);
        expect(await entry.locator(`a[href="${r.passages![0]!.url}"]`).count(), `${r.id} on ${end}`).toBeGreaterThan(0);
      }
    }
    await context.close();
  });
});

describe('the local graph on concept pages', () => {
  it('draws the concept and its neighbours, with the same links listed in text', async () => {
    const concept = topConcept();
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${origin}${concept.url}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('[data-local-graph]').count()).toBe(1);
    // The small map loads Cytoscape only when it comes near the viewport.
    expect(await page.evaluate(() => window.__atlasLocalGraphs?.length ?? 0)).toBe(0);
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph][data-state="drawn"]');
    const neighbours = new Set(
      graph.edges.filter((e) => e.source === concept.id || e.target === concept.id).map((e) => (e.source === concept.id ? e.target : e.source)),
    );
    const drawn = await page.evaluate(() => window.__atlasLocalGraphs![0]!.nodes().map((n) => n.id()));
    expect(new Set(drawn)).toEqual(new Set([concept.id, ...neighbours]));
    expect(await page.locator('.local-list a').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
