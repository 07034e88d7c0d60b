// Build-time cost of citation formatting: every bibliography record in Harvard and APA (HTML),
// and the BibTeX, RIS and CSL-JSON exports, timed over several runs.
//   npx node scripts/bench/citations.ts      (npm run bench calls it)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatEntries, toBibtex, toCslJson, toRis } from '../../src/lib/citations/format.ts';
import type { CslItem } from '../../src/content/schemas/bibliography.ts';

const dir = join(process.cwd(), 'src/content/bibliography');
const items = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CslItem);
const time = (label: string, fn: () => unknown, runs = 5) => {
  fn(); // warm-up: style parsing and engine creation happen once per build too
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${t[Math.floor(runs / 2)]!.toFixed(1)} ms`);
};
console.log(`${items.length} records`);
const t0 = performance.now();
formatEntries(items.slice(0, 1), 'harvard');
console.log(`${'first use (register styles, build engine)'.padEnd(40)} ${(performance.now() - t0).toFixed(1)} ms`);
time('Harvard, all records (HTML)', () => formatEntries(items, 'harvard'));
time('APA, all records (HTML)', () => formatEntries(items, 'apa'));
time('BibTeX export', () => toBibtex(items));
time('RIS export', () => toRis(items));
time('CSL-JSON export', () => toCslJson(items));
