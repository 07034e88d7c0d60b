// Theory map at scale: serves /graph/ with a big map in place of the real map files
// (intercepted in the browser, so the site's code is unchanged) and measures the time from the
// reader's first move to the drawn map, and frames per second while zooming and panning, and
// for a neighbourhood highlight, in two maps of N nodes:
//   - every node drawn: a synthetic graph of N nodes (concepts, texts and thinkers, ~3 edges a
//     node), served as a first layer that draws every text;
//   - texts in clusters: the real map's texts copied until the map has N nodes, split as the
//     build splits a big corpus (src/lib/graph/split.ts): the first draw is the concept layer
//     with the clusters; then every cluster is opened (all N nodes drawn) and measured again.
// It also prints where the time to the drawn map goes, from the marks map.ts leaves, and the
// map's data in gzip KB. It reports; it asserts nothing.
//   node scripts/bench/graph-stress.mjs [nodes=2000]   (after `npm run build`; BENCH_PORT to move the server off 4342)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchChromium } from '../chromium.ts';
import { splitGraph } from '../../src/lib/graph/split.ts';
import { copiesOfTexts } from '../../tests/helpers/synthetic-graph.ts';

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

/** The time to the drawn map in steps, from map.ts's marks (see below). */
const STEPS = [
  ['code', 'graph:start'],
  ['data', 'graph:loaded'],
  ['elements', 'graph:elements'],
  ['cytoscape', 'graph:created'],
  ['controls', 'graph:ready'],
  ['firstFrame', 'graph:drawn'],
];

/**
 * Frames per second while the reader zooms (mouse wheel) or pans (drag) for about two
 * seconds: real input events, so Cytoscape's viewport optimisations apply as they would.
 */
async function fps(page, gesture) {
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

const kb = (value) => +(gzipSync(JSON.stringify(value), { level: 9 }).length / 1024).toFixed(1);

/**
 * Opens /graph/ with a split map's files served in place of the real ones, and measures the
 * first draw after the reader's first move and the frame rates on it; with `openAll`, then
 * opens every cluster of texts and measures the time until they are drawn and the frame rates
 * again (zooming is left out there: it would open and close clusters by itself).
 */
async function measure(browser, port, { overview, chunks, textIndex }, { openAll = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const files = new Map([...chunks].map(([name, chunk]) => [`/graph/texts/${name}.json`, chunk]));
  if (textIndex) files.set('/graph/texts/index.json', textIndex);
  await context.route('**/graph/concepts.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(overview) }));
  await context.route('**/graph/texts/*.json', (route) => {
    const body = files.get(new URL(route.request().url()).pathname);
    return body ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/graph/`, { waitUntil: 'load' });
  const moved = await page.evaluate(() => performance.now());
  await page.locator('[data-graph-app]').hover();
  const drawn = await page
    .waitForFunction(() => performance.getEntriesByName('graph:drawn')[0]?.startTime, null, { timeout: 60000 })
    .then((h) => h.jsonValue());
  // Where the time to the drawn map goes: its code loaded (Cytoscape included), the data fetched
  // and indexed, the elements built, Cytoscape constructed, the controls wired, and the first
  // frame (styling, measuring and drawing every element).
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  const breakdownMs = {};
  let previous = moved;
  for (const [step, mark] of STEPS) {
    if (marks[mark] === undefined) continue;
    breakdownMs[step] = Math.round(marks[mark] - previous);
    previous = marks[mark];
  }
  const count = () => page.evaluate(() => ({ nodes: window.__atlasGraph.nodes().length, edges: window.__atlasGraph.edges().length }));
  const first = {
    ...(await count()),
    drawnAfterMoveMs: Math.round(drawn - moved),
    breakdownMs,
    zoomFps: await fps(page, 'zoom'),
    panFps: await fps(page, 'pan'),
  };
  first.highlightMs = await page.evaluate(() => {
    const cy = window.__atlasGraph;
    const node = cy.nodes()[0];
    const t0 = performance.now();
    node.emit('mouseover');
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)))));
  });
  let opened;
  if (openAll) {
    // Every cluster opened at once (their files loaded, their texts drawn), until the next frame is drawn.
    const ms = await page.evaluate(async () => {
      window.__atlasGraph.emit('mouseout');
      const t0 = performance.now();
      await window.__atlasGraphOpen();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return Math.round(performance.now() - t0);
    });
    opened = { ...(await count()), openedAllMs: ms, panFps: await fps(page, 'pan') };
  }
  await context.close();
  return { first, opened };
}

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4342) } });
const browser = await launchChromium();

const everyNode = splitGraph(synthetic(N), { drawEveryTextUpTo: Infinity });
const copies = copiesOfTexts(real, N - real.nodes.filter((n) => n.kind !== 'document').length);
const clustered = splitGraph(copies);
const allDrawn = await measure(browser, server.port, everyNode);
const inClusters = await measure(browser, server.port, clustered, { openAll: true });
await browser.close();
await server.stop();

const result = {
  everyNodeDrawn: { ...allDrawn.first, dataGzipKB: kb(everyNode.overview) },
  textsInClusters: {
    texts: copies.nodes.filter((n) => n.kind === 'document').length,
    clusters: clustered.chunks.size,
    firstLoadGzipKB: kb(clustered.overview),
    allClustersGzipKB: +[...clustered.chunks.values()].reduce((s, c) => s + kb(c), 0).toFixed(1),
    textNamesGzipKB: clustered.textIndex ? kb(clustered.textIndex) : 0,
    first: inClusters.first,
    everyClusterOpen: inClusters.opened,
  },
};
const line = (r) =>
  `${r.nodes} nodes, ${r.edges} edges: drawn ${r.drawnAfterMoveMs} ms after the first move; ${r.zoomFps} fps zooming, ${r.panFps} fps panning; hover highlight ${r.highlightMs} ms`;
const steps = (r) =>
  `  to the drawn map (ms): ${Object.entries(r.breakdownMs)
    .map(([step, ms]) => `${step} ${ms}`)
    .join(', ')}`;
const c = result.textsInClusters;
console.log(
  `Every node drawn (Chromium without GPU), data ${result.everyNodeDrawn.dataGzipKB} KB gzip:\n  ${line(result.everyNodeDrawn)}\n${steps(result.everyNodeDrawn)}`,
);
console.log(
  `Texts in clusters: ${c.texts} texts in ${c.clusters} clusters; data ${c.firstLoadGzipKB} KB gzip first, ${c.allClustersGzipKB} KB for every cluster, ${c.textNamesGzipKB} KB for the texts' names`,
);
console.log(`  first draw: ${line(c.first)}\n${steps(c.first)}`);
console.log(
  `  every cluster open: ${c.everyClusterOpen.nodes} nodes, ${c.everyClusterOpen.edges} edges, drawn ${c.everyClusterOpen.openedAllMs} ms after asking; ${c.everyClusterOpen.panFps} fps panning`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/graph-stress.json', JSON.stringify(result, null, 2));
