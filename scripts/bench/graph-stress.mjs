// Theory map at scale: serves /graph/ with a synthetic graph of N nodes in place of
// /graph.json (intercepted in the browser, so the site's code is unchanged) and measures
// the time from the reader's first move to the drawn map, and frames per second while
// zooming and panning, and for a neighbourhood highlight.
// It also prints where the time to the drawn map goes, from the marks map.ts leaves.
//   node scripts/bench/graph-stress.mjs [nodes=2000]   (after `npm run build`; BENCH_PORT to move the server off 4342)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { launchChromium } from '../chromium.ts';

const N = Number(process.argv[2] ?? 2000);
const real = JSON.parse(readFileSync('dist/graph.json', 'utf8'));

/** Deterministic synthetic graph shaped like the real one: many concepts, texts and thinkers, ~3 edges a node. */
function synthetic(n) {
  let seed = 42;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const domains = [...new Set(real.nodes.filter((x) => x.domain).map((x) => x.domain))];
  const relationKinds = [...new Set(real.edges.map((e) => e.kind))];
  const nodes = Array.from({ length: n }, (_, i) => {
    const kind = i % 10 === 0 ? 'document' : i % 3 === 0 ? 'thinker' : 'concept';
    const angle = rnd() * Math.PI * 2;
    const r = Math.sqrt(rnd()) * 1000;
    return {
      id: `${kind}:n${i}`,
      kind,
      label: `${kind} ${i}`,
      url: '/concepts/solidarity/',
      size: 1 + Math.floor(rnd() * 10),
      x: Math.cos(angle) * r,
      y: Math.sin(angle) * r,
      ...(kind === 'concept' ? { domain: domains[i % domains.length], summary: 'Synthetic.' } : {}),
    };
  });
  const edges = [];
  for (let i = 0; i < n * 3; i++) {
    const a = nodes[Math.floor(rnd() * n)];
    const b = nodes[Math.floor(rnd() * n)];
    if (a === b) continue;
    edges.push({ id: `e${i}`, source: a.id, target: b.id, kind: relationKinds[i % relationKinds.length], label: 'synthetic', weight: 1 });
  }
  return { nodes, edges };
}

const graph = synthetic(N);
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4342) } });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route('**/graph.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(graph) }));
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.port}/graph/`, { waitUntil: 'load' });
const moved = await page.evaluate(() => performance.now());
await page.locator('[data-graph-app]').hover();
const drawn = await page.waitForFunction(() => performance.getEntriesByName('graph:drawn')[0]?.startTime, null, { timeout: 60000 }).then((h) => h.jsonValue());

/**
 * The time to the drawn map in steps, from map.ts's marks: its code loaded (Cytoscape
 * included), the data fetched and indexed, the elements built, Cytoscape constructed, the
 * controls wired, and the first frame (styling, measuring and drawing every element).
 */
const STEPS = [
  ['code', 'graph:start'],
  ['data', 'graph:loaded'],
  ['elements', 'graph:elements'],
  ['cytoscape', 'graph:created'],
  ['controls', 'graph:ready'],
  ['firstFrame', 'graph:drawn'],
];
const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
const breakdown = {};
let previous = moved;
for (const [step, mark] of STEPS) {
  if (marks[mark] === undefined) continue;
  breakdown[step] = Math.round(marks[mark] - previous);
  previous = marks[mark];
}

/**
 * Frames per second while the reader zooms (mouse wheel) or pans (drag) for about two
 * seconds: real input events, so Cytoscape's viewport optimisations apply as they would.
 */
async function fps(gesture) {
  const box = await page.locator('[data-graph-canvas]').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => {
      window.__frames += 1;
      if (window.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.mouse.move(cx, cy);
  if (gesture === 'pan') await page.mouse.down();
  for (let i = 0; Date.now() - t0 < 2000; i++) {
    if (gesture === 'zoom') await page.mouse.wheel(0, i % 40 < 20 ? -40 : 40);
    else await page.mouse.move(cx + 120 * Math.sin(i / 10), cy + 80 * Math.cos(i / 10));
    await page.waitForTimeout(16);
  }
  if (gesture === 'pan') await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__counting = false;
    return window.__frames;
  });
  return Math.round((frames * 1000) / (Date.now() - t0));
}
const zoomFps = await fps('zoom');
const panFps = await fps('pan');
const highlightMs = await page.evaluate(() => {
  const cy = window.__atlasGraph;
  const node = cy.nodes()[0];
  const t0 = performance.now();
  node.emit('mouseover');
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)))));
});
const result = {
  nodes: graph.nodes.length,
  edges: graph.edges.length,
  drawnAfterMoveMs: Math.round(drawn - moved),
  breakdownMs: breakdown,
  zoomFps,
  panFps,
  highlightMs,
};
console.log(
  `${result.nodes} nodes, ${result.edges} edges: drawn ${result.drawnAfterMoveMs} ms after the first move; ${zoomFps} fps zooming, ${panFps} fps panning; hover highlight ${highlightMs} ms (Chromium without GPU)`,
);
console.log(
  `  to the drawn map (ms): ${Object.entries(breakdown)
    .map(([step, ms]) => `${step} ${ms}`)
    .join(', ')}`,
);
await browser.close();
await server.stop();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/graph-stress.json', JSON.stringify(result, null, 2));
