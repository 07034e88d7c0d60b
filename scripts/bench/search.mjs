// Benchmark: what search costs.
//   node scripts/bench/search.mjs              (builds first)
//   node scripts/bench/search.mjs --no-build   (measures the dist/ there is)
// Reports
//   1. the Pagefind index shipped in dist/pagefind/: files and bytes, by part, and the part
//      this site's search can fetch (Pagefind's own UI bundles are written but never used);
//   2. the header's script: the JavaScript every page gets for the search box (raw, gzip);
//   3. the bytes a first search loads: Chromium's network log on a document page from the
//      first keystroke ("/" then the query) to the first results shown;
//   4. the time from keypress to results: median (and 90th and 95th percentiles) over 20 queries,
//      typed into the header box and into the search page; the first, cold search apart.
// Results: bench-results/search.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { preview } from 'astro';
import { timedBuild } from './build.mjs';
import { launchChromium } from '../chromium.ts';

const args = new Set(process.argv.slice(2));
const results = { date: new Date().toISOString(), node: process.version };

if (!args.has('--no-build')) {
  results.buildSeconds = timedBuild();
}
if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/pagefind/ missing: run without --no-build');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

// 1. The index on disk.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const partOf = (rel) => {
  if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(rel)) return 'Pagefind UI bundles (unused)';
  if (rel.startsWith('index/')) return 'word index chunks';
  if (rel.startsWith('fragment/')) return 'page fragments';
  if (rel.startsWith('filter/')) return 'filter chunks';
  if (rel.startsWith('wasm.')) return 'WebAssembly';
  return 'loader, entry and metadata';
};
const files = walk('dist/pagefind').map((path) => ({ rel: path.slice('dist/pagefind/'.length), bytes: statSync(path).size }));
const parts = {};
for (const f of files) {
  const p = (parts[partOf(f.rel)] ??= { files: 0, bytes: 0 });
  p.files += 1;
  p.bytes += f.bytes;
}
const total = files.reduce((n, f) => n + f.bytes, 0);
const unused = parts['Pagefind UI bundles (unused)']?.bytes ?? 0;
results.index = {
  files: files.length,
  bytes: total,
  usable: { files: files.length - (parts['Pagefind UI bundles (unused)']?.files ?? 0), bytes: total - unused },
  parts,
};
console.log(`\nPagefind index in dist/pagefind: ${files.length} files, ${kb(total)}; usable by the search: ${kb(total - unused)}`);
for (const [name, p] of Object.entries(parts)) console.log(`  ${name.padEnd(30)} ${String(p.files).padStart(3)} files ${kb(p.bytes).padStart(10)}`);

// 2. The header's script (every page).
const about = readFileSync('dist/about/index.html', 'utf8');
const headerSrc = [...about.matchAll(/<script[^>]+src="([^"]*HeaderSearch[^"]*)"/g)].map((m) => m[1]);
const headerFiles = new Set();
const addWithImports = (src) => {
  const file = join('dist', src);
  if (headerFiles.has(file) || !existsSync(file)) return;
  headerFiles.add(file);
  // Static imports only: dynamic ones load when the box is opened.
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n])\s*import\s*(?:[\w{}\s,*]+from\s*)?["'](\.\/[^"']+)["']/g))
    addWithImports(join(src, '..', m[1]));
};
headerSrc.forEach(addWithImports);
const inline = [...about.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.includes('data-site-search'));
const headerBytes = [...headerFiles].map((f) => readFileSync(f));
if (inline.length) headerBytes.push(...inline.map((s) => Buffer.from(s)));
results.headerScript = {
  files: [...headerFiles].map((f) => f.slice('dist'.length)),
  inline: inline.length,
  bytes: headerBytes.reduce((n, b) => n + b.length, 0),
  gzip: headerBytes.reduce((n, b) => n + gz(b), 0),
};
console.log(
  `\nheader script on every page: ${results.headerScript.files.join(', ') || '(inline)'}: ${results.headerScript.bytes} B, ${results.headerScript.gzip} B gzip`,
);

// 3 and 4 in Chromium.
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4332) } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await launchChromium();

/** Every response from the first keystroke until results show, on a freshly loaded document page. */
async function firstSearchBytes(query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/documents/solidarity-is-not-a-dirty-word/`, { waitUntil: 'networkidle' });
  const bodies = [];
  const before = [];
  page.on('response', (r) =>
    bodies.push(
      r
        .body()
        .then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length, gzip: gz(b) }))
        .catch(() => null),
    ),
  );
  page.on('request', (r) => before.push(r.url()));
  const t0 = performance.now();
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page.waitForFunction((q) => document.querySelector('.qs-status')?.textContent?.includes(`for ${q}`), query);
  const ms = performance.now() - t0;
  const responses = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  // Pagefind's files are compressed already; JavaScript is counted as a server would gzip it.
  const sent = (r) => (/\.(js|css|json)$/.test(r.url) ? r.gzip : r.bytes);
  return {
    query,
    ms: Math.round(ms),
    requests: responses.length,
    bytes: responses.reduce((n, r) => n + r.bytes, 0),
    sent: responses.reduce((n, r) => n + sent(r), 0),
    files: responses.map((r) => ({ url: r.url, bytes: r.bytes, sent: sent(r) })),
  };
}

const QUERIES = [
  'solidarity',
  'mutual aid',
  'austerity',
  'neoliberalism',
  'care',
  'relationship',
  'deterritorialization',
  'organisation',
  'analyze',
  'humpty dumpty approach',
  'the wasp entering an orchid',
  'street-level bureaucracy',
  'poverty',
  'social media',
  'kindness',
  'Lipsky',
  'thematic analysis',
  'individualise',
  'use of self',
  'food bank',
];

/** Keypress (the query's last key) to results shown, in the header box or the search page. */
async function typingTimes(where) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const onPage = where === 'search page';
  await page.goto(`${origin}${onPage ? '/search/' : '/about/'}`, { waitUntil: 'networkidle' });
  const input = onPage ? '#search-q' : '#qs-input';
  const status = onPage ? '[data-search-status]' : '.qs-status';
  if (!onPage) {
    await page.keyboard.press('/');
    await page.locator(input).waitFor();
  }
  const times = [];
  let cold;
  // One warm-up search loads Pagefind and its first chunks: timed apart as the cold search.
  for (const [i, q] of ['kindness', ...QUERIES].entries()) {
    await page.locator(input).fill('');
    await page.locator(input).focus();
    await page.keyboard.type(q.slice(0, -1));
    // Let the search for the prefix finish, so the timing covers the last key alone.
    await page.waitForTimeout(400);
    const ms = await page.evaluate(
      ({ q, input, status }) =>
        new Promise((resolve) => {
          const el = document.querySelector(input);
          const out = document.querySelector(status);
          const t0 = performance.now();
          const done = () => out.textContent.includes(`for ${q}`) && (observer.disconnect(), resolve(performance.now() - t0));
          const observer = new MutationObserver(done);
          observer.observe(out, { childList: true, characterData: true, subtree: true });
          el.value = q;
          el.dispatchEvent(new KeyboardEvent('keydown', { key: q.slice(-1), bubbles: true }));
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { q, input, status },
    );
    if (i === 0) cold = ms;
    else times.push(ms);
  }
  await context.close();
  return {
    where,
    cold: Math.round(cold),
    median: Math.round(median(times)),
    p90: Math.round(percentile(times, 90)),
    p95: Math.round(percentile(times, 95)),
    min: Math.round(Math.min(...times)),
    max: Math.round(Math.max(...times)),
    n: times.length,
  };
}

results.firstSearch = [await firstSearchBytes('solidarity'), await firstSearchBytes('humpty dumpty approach')];
for (const f of results.firstSearch) {
  console.log(
    `\nfirst search "${f.query}" from a document page: ${f.requests} requests, ${kb(f.bytes)} raw, ${kb(f.sent)} sent (JS gzip), ${f.ms} ms to results`,
  );
  for (const file of f.files) console.log(`  ${file.url.padEnd(60)} ${kb(file.sent).padStart(9)}`);
}
results.typing = [await typingTimes('header box'), await typingTimes('search page')];
console.log('\nkeypress to results (searches start at once; one waits at most for the search before it)');
for (const t of results.typing) {
  console.log(
    `  ${t.where.padEnd(12)} median ${t.median} ms, p90 ${t.p90} ms, p95 ${t.p95} ms (min ${t.min}, max ${t.max}, n=${t.n}); cold first search ${t.cold} ms`,
  );
}

await browser.close();
await server.stop();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', JSON.stringify(results, null, 2));
console.log('\nwritten: bench-results/search.json');
