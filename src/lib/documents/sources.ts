/** Reading the kept source texts and their manifests from `sources/`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceManifest } from './fidelity.ts';

// Resolved from the project root (where astro, vitest and scripts run): bundling moves this module.
export const SOURCES_DIR = join(process.cwd(), 'sources');

/** The source's lines, 1-based by index + 1; a final newline does not make an extra line. */
export function readSourceLines(file: string, dir = SOURCES_DIR): string[] {
  return readFileSync(join(dir, file), 'utf8').replace(/\n$/, '').split('\n');
}

export function loadManifest(file: string, dir = SOURCES_DIR): SourceManifest {
  return JSON.parse(readFileSync(join(dir, `${file}.manifest.json`), 'utf8')) as SourceManifest;
}

/** Every source text kept in the repository (the seeds), by file name. */
export function listSourceFiles(dir = SOURCES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
    .sort();
}
