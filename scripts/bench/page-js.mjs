// The JavaScript a built page loads before any press: each module script it names and the
// files those import statically (dynamic import() waits for first use), with gzip -9 bytes.
// Used for what a document page pays for list features (docs/my-list.md):
//   node scripts/bench/page-js.mjs dist /documents/the-personal-is-political/
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [dist, page] = process.argv.slice(2);
const html = readFileSync(`${dist}${page}index.html`, 'utf8');
const seen = new Set();
const queue = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
while (queue.length) {
  const f = queue.shift();
  if (seen.has(f)) continue;
  seen.add(f);
  const text = readFileSync(dist + f, 'utf8');
  const gz = gzipSync(text, { level: 9 }).length;
  total += gz;
  console.log(f, gz);
  // static imports only (dynamic import() is fetched on first use)
  for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) queue.push('/_astro/' + m[1].slice(2));
}
console.log('total', total);
