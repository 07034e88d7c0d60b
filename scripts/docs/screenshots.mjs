// Screenshots of built pages at phone and desktop widths, light and dark, for review and
// for the README:  node scripts/docs/screenshots.mjs [path ...]   (after `npm run build`)
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import { launchChromium } from '../chromium.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/documents/solidarity-is-not-a-dirty-word/'];
const out = process.env.SCREENSHOT_DIR ?? 'bench-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4332 } });
const browser = await launchChromium();
const sizes = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };
for (const path of paths) {
  for (const [name, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await server.stop();
