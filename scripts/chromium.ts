/**
 * The one Chromium launcher, for the browser tests and the benches alike: Debian's Chromium
 * driven by playwright-core (browser downloads are not possible on these machines), with the
 * flags a headless run in a container needs. Plain TypeScript that Node runs as it is, so the
 * .mjs benches import it too.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: CHROMIUM_PATH, or Debian's package; an error saying how to get it otherwise. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried ${CANDIDATES.join(', ')}); install Debian's chromium or set CHROMIUM_PATH.`);
  return found;
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
