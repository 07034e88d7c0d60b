/**
 * Nothing lost: every sentence of every source reaches the built page its manifest names.
 * Reads dist/ (after `npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { findMissingSentences, manifestProblems, partSourceText } from '../../src/lib/documents/fidelity';
import { listSourceFiles, loadManifest, readSourceLines } from '../../src/lib/documents/sources';
import { mainText, readPage } from '../helpers/dist';

const files = listSourceFiles();

describe('sources', () => {
  it('keeps the five seed texts, each with a manifest', () => {
    expect(files).toHaveLength(5);
    for (const f of files) expect(() => loadManifest(f), f).not.toThrow();
  });
});

describe.each(files)('%s', (file) => {
  const manifest = loadManifest(file);
  const lines = readSourceLines(file);

  it('has a manifest that gives every line a page or a reason', () => {
    expect(manifestProblems(manifest, lines.length)).toEqual([]);
  });

  const pageParts = manifest.parts.filter((p) => p.page);
  it.each(pageParts.map((p) => [p.page!, p] as const))('reaches %s in full', (page, part) => {
    const text = mainText(readPage(page));
    const missing = findMissingSentences(partSourceText(lines, part), text).map((m) => `${m.problem}: ${m.sentence}`);
    expect(missing, `sentences of ${file} lines ${part.lines.join('-')} not on ${page}`).toEqual([]);
  });
});
