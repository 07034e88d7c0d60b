/**
 * Publishes each kept source text as it was extracted, so a reader can check the page
 * against it (provenance). Served as UTF-8 plain text at /sources/<file>.txt.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_DIR, listSourceFiles } from '../../lib/documents/sources';

export const getStaticPaths = (() => listSourceFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, params.file!), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
