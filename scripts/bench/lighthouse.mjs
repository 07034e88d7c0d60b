// Lighthouse (mobile) scores for representative pages of the built site.
//   node scripts/bench/lighthouse.mjs [path ...]     (after `npm run build`; npm run bench calls it)
// Writes bench-results/lighthouse.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.ts';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/documents/the-personal-is-political/', '/concepts/solidarity/', '/bibliography/', '/graph/', '/search/', '/my-list/'];
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4341 } });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_FLAGS,
});
const results = [];
try {
  for (const path of paths) {
    const { lhr } = await lighthouse(`http://127.0.0.1:${server.port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    results.push({ path, scores, failing });
    console.log(
      `${path.padEnd(48)} ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join('  ')}${failing.length ? `\n    below 1: ${failing.join(', ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify(results, null, 2));
