// The scale benchmark: how the build and the pages grow with the corpus.
//   npm run bench:scale -- 1000             (N documents: the 8 real texts and copies of them)
//   npm run bench:scale -- 1000 --no-floor  (skip the bare Astro + MDX + Pagefind floor)
//   npm run bench:scale -- 1000 --keep      (keep the temporary copies, to look at dist/)
//   npm run bench:scale -- 1000 --no-browser   (skip the search and map measurements in Chromium)
//   npm run bench:scale -- 1000 --no-incremental (skip the rebuild after one document changes)
//
// It never touches src/content: it copies the project's tracked files into a temporary folder
// and adds copies of the real texts there, each with a new slug, title and order, keeping its
// body (so its citations and concept mentions) and its reference list. It builds that copy and,
// as the floor, a bare Astro + MDX + Pagefind site the script writes, over the same MDX files,
// one after the other with cold caches. It reports wall time, CPU time and peak memory (GNU
// time: the largest resident set of any one process), the ratio to the floor, and the size of
// every kind of page (raw and gzip, the largest of each kind), into bench-results/scale-N.json.
// Then, in Chromium on the built copy, what a first search loads and how fast results follow a
// keypress (scripts/bench/search.mjs) and the data the theory map loads
// (scripts/bench/map-data.mjs); and the time of a second build after one document changes
// (Astro's caches warm). It is a benchmark, not a test: it checks the budgets for N in
// scripts/bench/budgets.json and says which hold, and exits 0 either way.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as yaml from 'js-yaml';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const withFloor = !args.includes('--no-floor');
const keep = args.includes('--keep');
const withBrowser = !args.includes('--no-browser');
const withIncremental = !args.includes('--no-incremental');
const root = process.cwd();
const DOCUMENTS = 'src/content/documents';
const LISTS = 'src/content/reference-lists';

/** Copies the project's tracked files (as they are in the working tree) and a hard-linked node_modules without caches. */
function copyProject(to) {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(f)) continue;
    mkdirSync(join(to, dirname(f)), { recursive: true });
    copyFileSync(f, join(to, f));
  }
  linkNodeModules(to);
}

function linkNodeModules(to) {
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(to, 'node_modules')]);
  // Astro and Vite caches would make the build warm (and hard links would share them).
  for (const cache of ['.astro', '.vite']) rmSync(join(to, 'node_modules', cache), { recursive: true, force: true });
}

/** Adds copies of the real texts until the corpus holds `n` documents; returns the slugs of all. */
function synthesise(site, n) {
  const originals = readdirSync(join(site, DOCUMENTS))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const slugs = originals.map((f) => f.replace(/\.mdx$/, ''));
  for (let i = 0; slugs.length < n; i++) {
    const file = originals[i % originals.length];
    const slug = file.replace(/\.mdx$/, '');
    const copy = `${slug}-copy-${Math.floor(i / originals.length) + 1}`;
    const raw = readFileSync(join(site, DOCUMENTS, file), 'utf8');
    const end = raw.indexOf('\n---', 4);
    const data = yaml.load(raw.slice(4, end));
    data.title = `${data.title} (copy ${Math.floor(i / originals.length) + 1})`;
    data.order = 1000 + i;
    writeFileSync(join(site, DOCUMENTS, `${copy}.mdx`), `---\n${yaml.dump(data, { lineWidth: -1 })}---${raw.slice(end + 4)}`);
    const list = join(site, LISTS, `${slug}.json`);
    if (existsSync(list))
      writeFileSync(join(site, LISTS, `${copy}.json`), JSON.stringify({ ...JSON.parse(readFileSync(list, 'utf8')), document: copy }, null, 2));
    slugs.push(copy);
  }
  return slugs;
}

/** The floor: a bare Astro + MDX + Pagefind site over the same MDX files (and the figures they import). */
function writeFloor(floor, site) {
  mkdirSync(join(floor, 'src/content'), { recursive: true });
  execFileSync('cp', ['-r', join(site, DOCUMENTS), join(floor, DOCUMENTS)]);
  mkdirSync(join(floor, 'src/components'), { recursive: true });
  execFileSync('cp', ['-r', join(site, 'src/components/figures'), join(floor, 'src/components/figures')]);
  writeFileSync(join(floor, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    join(floor, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ site: 'http://localhost:4321', integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(floor, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { documents: defineCollection({ loader: glob({ base: './${DOCUMENTS}', pattern: '**/*.mdx' }) }) };\n`,
  );
  mkdirSync(join(floor, 'src/pages/documents'), { recursive: true });
  writeFileSync(
    join(floor, 'src/pages/documents/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('documents')).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));\n}\nconst { doc } = Astro.props;\nconst { Content } = await render(doc);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{String(doc.data.title)}</title></head><body><main data-pagefind-body><h1>{String(doc.data.title)}</h1><Content /></main></body></html>\n`,
  );
  writeFileSync(
    join(floor, 'src/pages/index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst docs = await getCollection('documents');\n---\n<html lang="en"><head><meta charset="utf-8" /><title>Texts</title></head><body><ul>{docs.map((d) => <li><a href={\`/documents/\${d.id}/\`}>{String(d.data.title)}</a></li>)}</ul></body></html>\n`,
  );
  linkNodeModules(floor);
}

/** Runs a shell command under GNU time; wall, CPU (user + system) and peak resident memory. */
function timed(cwd, command) {
  const out = join(cwd, '.time');
  execFileSync('/usr/bin/time', ['-o', out, '-f', '%e %U %S %M', 'sh', '-c', command], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const [wall, user, system, maxKb] = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wallSeconds: wall, cpuSeconds: Number((user + system).toFixed(2)), peakMemoryMB: Math.round(maxKb / 1024) };
}

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** The kind of a built file, from its path: one row of the report per kind (further pages of a list, …/2/, one row beside its first page). */
function pageKind(path) {
  return path
    .replace(/\/\d+\/index\.html$/, '/<n>/index.html')
    .replace(/^texts\/[^/]+\//, 'texts/<group>/')
    .replace(/^documents\/[^/]+\//, 'documents/<slug>/')
    .replace(/^concepts\/(?!index\.html)[^/]+\//, 'concepts/<slug>/')
    .replace(/^bibliography\/(?!apa\/|index\.html)[^/.]+\.(cite\.json|bib|ris|json)$/, 'bibliography/<key>.$1')
    .replace(/^bibliography\/(?!apa\/|index\.html|<n>\/)[^/.]+\//, 'bibliography/<key>/')
    .replace(/^sources\/[^/]+$/, 'sources/<file>')
    .replace(/^graph\/texts\/(?!index\.json)[^/]+\.json$/, 'graph/texts/<cluster>.json')
    .replace(/^graph\/local\/[^/]+\.json$/, 'graph/local/<concept>.json');
}

/**
 * The theory map's data (src/lib/graph/layers.ts), gzip KB: what /graph/ loads to draw the map
 * (its first layer), and what the reader may load after it (the clusters' texts, all of them
 * together and the largest, and the names of the texts for search).
 */
function mapData(dist) {
  const gz = (path) => (existsSync(join(dist, path)) ? +(gzipSync(readFileSync(join(dist, path)), { level: 9 }).length / 1024).toFixed(1) : 0);
  const texts = existsSync(join(dist, 'graph/texts'))
    ? readdirSync(join(dist, 'graph/texts'))
        // The clusters' files; the folders beside them are the pages of the texts' list.
        .filter((f) => f.endsWith('.json') && f !== 'index.json')
        .map((f) => gz(`graph/texts/${f}`))
    : [];
  return {
    firstLoadGzipKB: gz('graph/concepts.json'),
    pageGzipKB: gz('graph/index.html'),
    clusterFiles: texts.length,
    allClustersGzipKB: +texts.reduce((s, k) => s + k, 0).toFixed(1),
    largestClusterGzipKB: Math.max(0, ...texts),
    textNamesGzipKB: gz('graph/texts/index.json'),
  };
}

function pageSizes(dist) {
  const kinds = {};
  for (const file of walk(dist)) {
    const path = relative(dist, file);
    if (path.startsWith('_astro/') || path.startsWith('pagefind/') || !/\.(html|json)$/.test(path)) continue;
    const body = readFileSync(file);
    const gzip = gzipSync(body, { level: 9 }).length;
    const kind = pageKind(path);
    const row = (kinds[kind] ??= { files: 0, largest: null, largestRawKB: 0, largestGzipKB: 0 });
    row.files += 1;
    if (gzip / 1024 > row.largestGzipKB)
      Object.assign(row, { largest: path, largestRawKB: +(body.length / 1024).toFixed(1), largestGzipKB: +(gzip / 1024).toFixed(1) });
  }
  return kinds;
}

const work = mkdtempSync(join(tmpdir(), `atlas-scale-${count}-`));
const site = join(work, 'site');
console.log(`scale bench: ${count} documents in ${work}`);
copyProject(site);
const slugs = synthesise(site, count);
const results = { date: new Date().toISOString(), node: process.version, documents: slugs.length };

console.log('building the site…');
results.site = timed(site, 'node node_modules/astro/bin/astro.mjs build --silent');
results.pages = pageSizes(join(site, 'dist'));
results.mapFiles = mapData(join(site, 'dist'));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
if (withBrowser) {
  // The site's own benches, run in the copy: they serve its dist/ and write its bench-results/.
  const bench = (script) =>
    execFileSync(process.execPath, [script, '--no-build'], { cwd: site, stdio: 'inherit', env: { ...process.env, BENCH_PORT: '4371' } });
  bench('scripts/bench/search.mjs');
  const search = readJson(join(site, 'bench-results/search.json'));
  results.search = {
    firstSearchKB: +(Math.max(...search.firstSearch.map((f) => f.sent)) / 1024).toFixed(1),
    keypressP95Ms: Math.max(...search.typing.map((t) => t.p95)),
    typing: search.typing,
  };
  bench('scripts/bench/map-data.mjs');
  results.map = readJson(join(site, 'bench-results/map-data.json'));
}
if (withIncremental) {
  // One document's text changes (a word added to its last paragraph), as an edit would.
  const edited = join(site, DOCUMENTS, `${slugs.at(-1)}.mdx`);
  writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()} Edited.\n`);
  console.log('building again after one document changed…');
  results.incremental = timed(site, 'node node_modules/astro/bin/astro.mjs build --silent');
  results.incremental.ratioToClean = +(results.incremental.wallSeconds / results.site.wallSeconds).toFixed(2);
}
if (withFloor) {
  const floor = join(work, 'floor');
  writeFloor(floor, site);
  console.log('building the floor (bare Astro + MDX + Pagefind)…');
  results.floor = timed(floor, 'node node_modules/astro/bin/astro.mjs build --silent && node node_modules/pagefind/lib/runner/bin.cjs --site dist --silent');
  results.ratio = {
    wall: +(results.site.wallSeconds / results.floor.wallSeconds).toFixed(2),
    memory: +(results.site.peakMemoryMB / results.floor.peakMemoryMB).toFixed(2),
  };
}

/** Each budget of scripts/bench/budgets.json for this N, with the measured value, where measured. */
function checkBudgets() {
  const budget = readJson(join(root, 'scripts/bench/budgets.json')).scale[String(count)];
  if (!budget) return undefined;
  const pages = Object.entries(results.pages);
  const measured = {
    wallRatioToFloor: results.ratio?.wall,
    memoryRatioToFloor: results.ratio?.memory,
    wallSeconds: results.site.wallSeconds,
    peakMemoryMB: results.site.peakMemoryMB,
    htmlPageGzipKB: Math.max(...pages.filter(([k]) => k.endsWith('.html')).map(([, r]) => r.largestGzipKB)),
    readingPageHtmlGzipKB: results.pages['documents/<slug>/index.html']?.largestGzipKB,
    mapDataGzipKB: results.map?.dataGzipKB,
    firstSearchKB: results.search?.firstSearchKB,
    keypressP95Ms: results.search?.keypressP95Ms,
    incrementalRatioToClean: results.incremental?.ratioToClean,
  };
  return Object.entries(budget).map(([name, limit]) => ({
    name,
    limit,
    value: measured[name],
    holds: measured[name] === undefined ? null : measured[name] <= limit,
  }));
}
results.budgets = checkBudgets();

mkdirSync(join(root, 'bench-results'), { recursive: true });
const out = join(root, 'bench-results', `scale-${count}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\n${results.documents} documents`);
console.log(`site:  ${results.site.wallSeconds} s wall, ${results.site.cpuSeconds} s CPU, ${results.site.peakMemoryMB} MB peak`);
if (results.floor)
  console.log(
    `floor: ${results.floor.wallSeconds} s wall, ${results.floor.cpuSeconds} s CPU, ${results.floor.peakMemoryMB} MB peak   ratio ${results.ratio.wall}× wall, ${results.ratio.memory}× memory`,
  );
console.log('\nkind of page                               files   largest gzip KB (raw KB)');
for (const [kind, r] of Object.entries(results.pages).sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${kind.padEnd(44)}${String(r.files).padStart(6)}   ${String(r.largestGzipKB).padStart(8)} (${r.largestRawKB})  ${r.largest}`);
}
if (results.search) console.log(`\nsearch: first search ${results.search.firstSearchKB} KB, keypress to results p95 ${results.search.keypressP95Ms} ms`);
if (results.map) console.log(`map: ${results.map.dataGzipKB} KB gzip of data`);
if (results.incremental)
  console.log(`rebuild after one document changed: ${results.incremental.wallSeconds} s (${results.incremental.ratioToClean} of the clean build)`);
if (results.budgets) {
  console.log(`\nbudgets for ${count} documents (scripts/bench/budgets.json):`);
  for (const b of results.budgets)
    console.log(
      `  ${b.holds === null ? 'not measured' : b.holds ? 'holds' : 'FAILS'}`.padEnd(16) +
        `${b.name.padEnd(26)} ${String(b.value ?? '–').padStart(8)}  (≤ ${b.limit})`,
    );
  console.log(`  ${results.budgets.filter((b) => b.holds).length} of ${results.budgets.length} hold`);
}
const m = results.mapFiles;
console.log(
  `\nthe map (gzip KB): /graph/ loads ${m.firstLoadGzipKB} of data, its page ${m.pageGzipKB}; on demand ${m.clusterFiles} cluster files, ${m.allClustersGzipKB} in all (largest ${m.largestClusterGzipKB}), the texts' names ${m.textNamesGzipKB}`,
);
console.log(`\nwritten: ${relative(root, out)}`);
if (!keep) rmSync(work, { recursive: true, force: true });
