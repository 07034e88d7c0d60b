// Benchmark: build time and what each page makes a reader download, then the other
// measurements (each its own script, also runnable alone):
//   citation formatting cost   scripts/bench/citations.ts
//   theory map draw time       measured here (performance mark 'graph:drawn' on /graph/)
//   theory map at 2,000 nodes  scripts/bench/graph-stress.mjs
//   search                     scripts/bench/search.mjs
//   Lighthouse mobile scores   scripts/bench/lighthouse.mjs
//   npm run bench                  (builds once, then measures everything)
//   npm run bench -- --no-build    (measures the dist/ there is)
//   npm run bench -- --pages-only  (only build time and page bytes)
// For each page it loads the built site in Chromium, records every response, and reports
// raw and gzip bytes by kind (HTML, CSS, JS, fonts, other). Results: bench-results/*.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { preview } from 'astro';
import { timedBuild } from './build.mjs';
import { launchChromium } from '../chromium.ts';

const args = new Set(process.argv.slice(2));
const results = { date: new Date().toISOString(), node: process.version };

if (!args.has('--no-build')) {
  // Built for the address it is served from below, as a deployment with SITE_URL set would be.
  results.buildSeconds = timedBuild('http://127.0.0.1:4331');
  console.log(`build: ${results.buildSeconds} s`);
}
if (!existsSync('dist/index.html')) throw new Error('dist/ missing: run without --no-build');

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4331 } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await launchChromium();

const kindOf = (type, url) => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'fonts';
  if (url.endsWith('.json')) return 'json';
  return 'other';
};

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) =>
    bodies.push(
      r
        .body()
        .then((b) => ({ url: r.url(), kind: kindOf(r.request().resourceType(), r.url()), bytes: b.length, gzip: gzipSync(b, { level: 9 }).length }))
        .catch(() => null),
    ),
  );
  const t0 = performance.now();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Scroll to the end so lazily used fonts (italic) are fetched too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const loadMs = performance.now() - t0;
  const responses = (await Promise.all(bodies)).filter(Boolean);
  const byKind = {};
  for (const r of responses) {
    // Fonts (woff2) are already compressed: servers send them as they are.
    const sent = r.kind === 'fonts' ? r.bytes : r.gzip;
    byKind[r.kind] ??= { files: 0, raw: 0, gzip: 0 };
    byKind[r.kind].files += 1;
    byKind[r.kind].raw += r.bytes;
    byKind[r.kind].gzip += sent;
  }
  const total = Object.values(byKind).reduce((a, k) => ({ raw: a.raw + k.raw, gzip: a.gzip + k.gzip }), { raw: 0, gzip: 0 });
  await context.close();
  return { path, byKind, total, loadMs: Math.round(loadMs) };
}

const paths = ['/', '/about/', '/bibliography/', '/concepts/', '/concepts/solidarity/', '/graph/', '/search/'];
const { readdirSync } = await import('node:fs');
for (const slug of readdirSync('dist/documents').sort()) paths.push(`/documents/${slug}/`);
results.pages = [];
for (const p of paths) results.pages.push(await measure(p));

// "Cite this passage": what a document page's always-loaded part costs is in the table
// above; this is what the reader then fetches on first use (pointer on the text, a "Cite"
// button pressed): the panel's script, stylesheet and the document's passages.json.
async function passageCiteOnFirstUse(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const bodies = [];
  page.on('response', (r) =>
    bodies.push(
      r
        .body()
        .then((b) => ({ url: r.url().replace(origin, ''), gzip: gzipSync(b, { level: 9 }).length }))
        .catch(() => null),
    ),
  );
  await page.locator('.prose').hover();
  await page.locator('.prose .pc').first().click();
  await page.locator('.passage-cite').waitFor();
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  return { path, files, gzip: files.reduce((a, f) => a + f.gzip, 0) };
}
results.passageCite = await passageCiteOnFirstUse('/documents/the-personal-is-political/');

// Theory map: time from navigation to the first drawn map, median of 5 cold loads.
async function graphDrawnMs() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/graph/`, { waitUntil: 'load' });
  // The interactive map starts on the reader's first move towards it: hover it.
  const moved = await page.evaluate(() => performance.now());
  await page.locator('[data-graph-app]').hover();
  const ms = await page.waitForFunction(() => performance.getEntriesByName('graph:drawn')[0]?.startTime, null, { timeout: 15000 }).then((h) => h.jsonValue());
  const { fcp, load } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
  }));
  const js = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => r.name),
  );
  await context.close();
  return { ms, fcp, afterLoad: ms - load, afterMove: ms - moved, js };
}
const runs = [];
let graphScripts = [];
for (let i = 0; i < 5; i++) {
  const r = await graphDrawnMs();
  runs.push(r);
  graphScripts = r.js;
}
const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
results.graphDrawnMs = {
  // The static map (SVG drawn at build time) is on screen at first contentful paint.
  staticAtFirstPaint: median(runs.map((r) => r.fcp)),
  // The interactive Cytoscape map, from the reader's first move towards it (a hover right
  // after the load event here).
  median: median(runs.map((r) => r.ms)),
  afterLoad: median(runs.map((r) => r.afterLoad)),
  afterMove: median(runs.map((r) => r.afterMove)),
  runs: runs.map((r) => Math.round(r.ms)),
};

await browser.close();
await server.stop();

const kb = (n) => (n / 1024).toFixed(1);
console.log('\npage                                                      total raw KB  total gzip KB   html gz  css gz  js gz  fonts');
for (const r of results.pages) {
  const k = (name) => kb(r.byKind[name]?.gzip ?? 0);
  console.log(
    `${r.path.padEnd(58)}${kb(r.total.raw).padStart(12)}${kb(r.total.gzip).padStart(15)}${k('html').padStart(10)}${k('css').padStart(8)}${k('js').padStart(7)}${k('fonts').padStart(7)}`,
  );
}
const reading = results.pages.filter((p) => p.path.startsWith('/documents/'));
const heaviest = reading.reduce((a, b) => (a.total.gzip > b.total.gzip ? a : b));
console.log(`\nheaviest reading page: ${heaviest.path} ${kb(heaviest.total.gzip)} KB gzip with fonts (target ≤ 60 KB; no script is needed to read)`);
const pc = results.passageCite;
console.log(`cite this passage, on first use (${pc.path}): ${kb(pc.gzip)} KB gzip more: ${pc.files.map((f) => `${f.url} ${f.gzip} B`).join(', ')}`);
const g = results.graphDrawnMs;
console.log(
  `theory map: static map on screen at first paint, ${g.staticAtFirstPaint} ms; interactive map drawn ${g.afterMove} ms after the reader first moves to it (hovered right after load: ${g.median} ms after navigation; medians of 5)`,
);
console.log(`  scripts /graph/ loads: ${graphScripts.map((u) => u.replace(origin, '')).join(', ')}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pages.json', JSON.stringify(results, null, 2));
console.log('written: bench-results/pages.json');

if (!args.has('--pages-only')) {
  const run = (label, cmd, cmdArgs) => {
    console.log(`\n== ${label} ==`);
    execFileSync(process.execPath, [cmd, ...cmdArgs], { stdio: 'inherit' });
  };
  run('citation formatting (build-time cost)', 'scripts/bench/citations.ts', []);
  run('theory map at 2,000 nodes', 'scripts/bench/graph-stress.mjs', ['2000']);
  run('search', 'scripts/bench/search.mjs', ['--no-build']);
  run('Lighthouse (mobile)', 'scripts/bench/lighthouse.mjs', []);
}
