import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(process.argv[2] ?? 'http://127.0.0.1:8765/a/');
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ excerptLength: 20 });
  const filters = await pf.filters();
  const r = await pf.search(q);
  const data = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
  return { filters, count: r.results.length, data: data.map((d) => ({ url: d.url, meta: d.meta, filters: d.filters, anchors: d.anchors?.slice(0,5), locations: d.locations, sub: d.sub_results?.map(s => ({url: s.url, title: s.title, locations: s.locations})) })) };
}, process.argv[3] ?? 'humpty');
console.log(JSON.stringify(out, null, 1).slice(0, 3000));
await browser.close();
