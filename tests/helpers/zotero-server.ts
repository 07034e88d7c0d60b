/**
 * Zotero's own translation-server (../shared/zotero-translation-server), started once for the
 * site tests so that they can ask what Zotero saves from a page (/web) or imports from an
 * export file (/import), rather than guess it. ZOTERO_ORIGIN points at a server already
 * running (e.g. while iterating); otherwise one is started on ZOTERO_PORT (default 1970) and
 * stopped after the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const SERVER_DIR = resolve(process.cwd(), '..', 'shared', 'zotero-translation-server');

export default function setup(project: TestProject) {
  const given = process.env.ZOTERO_ORIGIN;
  if (given) {
    project.provide('zoteroOrigin', given.replace(/\/$/, ''));
    return;
  }
  if (!existsSync(join(SERVER_DIR, 'start.sh'))) {
    throw new Error(`Zotero's translation-server is missing: expected ${SERVER_DIR}/start.sh (the shared folder beside the project).`);
  }
  const port = process.env.ZOTERO_PORT ?? '1970';
  // start.sh installs the server on first use (a minute or two), then returns once it answers.
  // A clean environment: under Vitest, NODE_ENV=test would make the server load its test
  // configuration instead of the one start.sh gives it.
  const { NODE_ENV: _env, NODE_OPTIONS: _options, ...env } = process.env;
  execFileSync('bash', [join(SERVER_DIR, 'start.sh'), port], { stdio: ['ignore', 'ignore', 'inherit'], env });
  project.provide('zoteroOrigin', `http://127.0.0.1:${port}`);
  return () => {
    execFileSync('bash', [join(SERVER_DIR, 'stop.sh'), port], { stdio: 'ignore', env });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    zoteroOrigin: string;
  }
}
