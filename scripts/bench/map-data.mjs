// Benchmark: what the theory map makes a reader download, by kind, until the interactive map
// is drawn (the reader hovers the map) and the network is idle. The map's data is every JSON
// response; its budget is in scripts/bench/budgets.json (mapDataGzipKB).
//   node scripts/bench/map-data.mjs   (after `npm run build`; BENCH_PORT moves the server off 4333)
// Results: bench-results/map-data.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchChromium } from '../chromium.ts';

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4333) } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const bodies = [];
page.on('response', (r) =>
  bodies.push(
    r
      .body()
      .then((b) => ({ url: r.url().replace(origin, ''), type: r.request().resourceType(), bytes: b.length, gzip: gzipSync(b, { level: 9 }).length }))
      .catch(() => null),
  ),
);
await page.goto(`${origin}/graph/`, { waitUntil: 'networkidle' });
await page.locator('[data-graph-app]').hover();
await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0, null, { timeout: 60_000 });
await page.waitForLoadState('networkidle');
const responses = (await Promise.all(bodies)).filter(Boolean);
const sum = (rs, key) => rs.reduce((n, r) => n + r[key], 0);
const data = responses.filter((r) => r.url.endsWith('.json'));
const html = responses.filter((r) => r.type === 'document');
const results = {
  date: new Date().toISOString(),
  dataFiles: data.map((r) => ({ url: r.url, bytes: r.bytes, gzip: r.gzip })),
  dataGzipKB: +(sum(data, 'gzip') / 1024).toFixed(1),
  htmlGzipKB: +(sum(html, 'gzip') / 1024).toFixed(1),
};
await browser.close();
await server.stop();
console.log(`theory map: ${data.length} data files, ${results.dataGzipKB} KB gzip; /graph/ HTML ${results.htmlGzipKB} KB gzip`);
for (const f of results.dataFiles) console.log(`  ${f.url.padEnd(50)} ${(f.gzip / 1024).toFixed(1).padStart(8)} KB gzip`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/map-data.json', JSON.stringify(results, null, 2));
