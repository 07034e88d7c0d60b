/**
 * Serves the built site (dist/) on 127.0.0.1 for the site tests, with Astro's own
 * static preview server, and tells the tests where through SITE_ORIGIN.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the site tests (npm test does).');
  }
  const port = Number(process.env.SITE_PORT ?? 4329);
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
  project.provide('siteOrigin', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}
