// Shared by the bench scripts: the timed site build and Debian Chromium with the flags this
// machine needs (see tests/helpers/browser.ts for the tests' own launcher).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** Runs `astro build` and returns how long it took, in seconds. */
/** Builds the site as deployed at `siteUrl` (where the bench serves it), so pages are measured as a correctly configured deployment serves them. */
export function timedBuild(siteUrl) {
  const t0 = performance.now();
  const env = siteUrl ? { ...process.env, SITE_URL: siteUrl } : process.env;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
  return Number(((performance.now() - t0) / 1000).toFixed(2));
}
