// Shared by the bench scripts: the timed site build. (Chromium: scripts/chromium.ts, which
// the tests use too.)
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Builds the site as deployed at `siteUrl` (where the bench serves it), so pages are measured as a correctly configured deployment serves them. */
export function timedBuild(siteUrl) {
  const t0 = performance.now();
  const env = siteUrl ? { ...process.env, SITE_URL: siteUrl } : process.env;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
  return Number(((performance.now() - t0) / 1000).toFixed(2));
}
