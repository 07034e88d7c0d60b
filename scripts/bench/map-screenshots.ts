// Screenshots of the theory map for a look by eye: /graph/ at 1280 and 390 px wide, light and
// dark, after the interactive map has drawn (the desktop one after the reader's first move),
// into bench-results/screenshots/. Also reports, for each, how many labels are drawn and the
// smallest on screen, and whether any two drawn labels' boxes (as Cytoscape measured them) overlap.
//   node scripts/bench/map-screenshots.ts [path=/graph/]   (after a build; SITE_PORT to move the server off 4342)
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';

const path = process.argv[2] ?? '/graph/';
const port = Number(process.env.SITE_PORT ?? 4342);
const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
const browser = await launchChromium();
mkdirSync('bench-results/screenshots', { recursive: true });
const report = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__atlasGraph!;
    const zoom = cy.zoom();
    const ext = cy.extent();
    const drawn = cy.nodes().filter((n) => !n.hasClass('quiet') && !n.hasClass('hidden') && n.style('label') !== '');
    const inView = drawn.filter((n) => {
      const b = n.boundingBox({ includeLabels: false });
      const [x, y] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2];
      return x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
    });
    const boxes = inView.map((n) => ({ id: n.id(), b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.b, boxes[j]!.b];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      }
    const sizes = inView.map((n) => parseFloat(String(n.style('font-size'))) * zoom);
    return {
      zoom: Math.round(zoom * 1000) / 1000,
      labels: inView.length,
      smallestPx: sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : null,
      overlaps,
    };
  });
const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
try {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.locator('[data-graph-canvas]').scrollIntoViewIfNeeded();
      await page.locator('[data-graph-canvas]').hover({ position: { x: 5, y: 5 } });
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-graph-app]')?.dataset.state === 'drawn', undefined, { timeout: 20_000 });
      await page.waitForTimeout(600);
      const first = await report(page);
      const file = `bench-results/screenshots/${name}-${width}-${scheme}.png`;
      await page.locator('[data-graph-canvas]').screenshot({ path: file });
      await page.screenshot({ path: file.replace('.png', '-page.png') });
      console.log(file, JSON.stringify(first));
      if (scheme === 'light') {
        // Twice as close, about the middle of the canvas: more labels, none overlapping.
        await page.evaluate(() => {
          const cy = window.__atlasGraph!;
          cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        });
        await page.waitForTimeout(800);
        const closer = file.replace('.png', '-zoomed.png');
        const zoomed = await report(page);
        await page.locator('[data-graph-canvas]').screenshot({ path: closer });
        console.log(closer, JSON.stringify(zoomed));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
