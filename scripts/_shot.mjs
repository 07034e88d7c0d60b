import { preview } from 'astro';
import { chromium } from 'playwright-core';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4335 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
page.on('console', m => console.log('console', m.type(), m.text()));
await page.goto(`http://127.0.0.1:${server.port}${process.argv[2]}`);
await page.locator(process.argv[3]).first().screenshot({ path: process.argv[4] });
await browser.close(); await server.stop();
