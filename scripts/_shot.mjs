import { preview } from 'astro';
import { launchChromium } from './bench-lib.mjs';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4351 } });
const browser = await launchChromium();
const o = 'http://127.0.0.1:4351';
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w ?? 1100, height: s.h ?? 900 }, colorScheme: s.dark ? 'dark' : 'light' });
  if (s.init) await ctx.addInitScript(s.init);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(o + s.url);
  if (s.click) for (const c of s.click) await page.locator(c).first().click();
  if (s.scroll) await page.locator(s.scroll).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: s.out, fullPage: !!s.full });
  await ctx.close();
}
await browser.close(); await server.stop();
