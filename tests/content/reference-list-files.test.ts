/**
 * Every printed reference list is whole: each entry's text is on its line of the source and no
 * printed entry is missing, checked against the source lines themselves. That each entry's key
 * names a record, that entries keep the source's order and that a duplicate print points back
 * to the first are rules of the schema (src/content/schemas/reference-lists.ts), checked for
 * every list in tests/content/checks.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, readSourceLines } from '../../src/lib/documents/sources';
import { documentSlugs } from '../../src/lib/content/files';

interface List {
  document: string;
  source: string;
  heading: string | null;
  entries: { key: string; line: number; printed: string; duplicateOf?: number }[];
  unlisted: { key: string; line: number; mention: string }[];
}
const dir = join(process.cwd(), 'src/content/reference-lists');
const lists = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as List);
const stripBullet = (s: string) => s.replace(/^\s*-\s+/, '').trim();

describe('reference lists', () => {
  it('exist once for each of the eight documents', () => {
    const docs = lists.map((l) => l.document);
    expect(new Set(docs)).toEqual(documentSlugs());
    expect(docs).toHaveLength(8);
  });

  it.each(lists.map((l) => [l.document, l] as const))('%s: every printed entry is on its line, none missing', (_slug, list) => {
    const file = list.source.replace(/^sources\//, '');
    const lines = readSourceLines(file);
    const part = loadManifest(file).parts.find((p) => p.page === `/documents/${list.document}/`);
    expect(part, 'manifest part for the document').toBeDefined();
    if (list.heading === null) {
      expect(list.entries).toEqual([]);
      return;
    }
    // The printed list: the lines after its heading to the end of the document's part, or of
    // the part that the list's own page publishes (the printed entries reach that page).
    const listPart = loadManifest(file).parts.find((p) => p.page === `/documents/${list.document}/references/`);
    const last = (listPart ?? part!).lines[1];
    const headingLine = lines.findIndex((l, i) => i + 1 >= part!.lines[0] && i + 1 <= last && l.trim() === list.heading) + 1;
    expect(headingLine, `heading "${list.heading}" in ${file}`).toBeGreaterThan(0);
    const printedLines = lines.map((text, i) => ({ n: i + 1, text })).filter(({ n, text }) => n > headingLine && n <= last && text.trim() !== '');
    // Each printed line is covered by at least one entry, and each entry's text is on its line.
    for (const { n, text } of printedLines) {
      const onLine = list.entries.filter((e) => e.line === n);
      expect(onLine.length, `${file}:${n} "${text.slice(0, 60)}" has no entry`).toBeGreaterThan(0);
      for (const e of onLine) expect(stripBullet(text)).toContain(stripBullet(e.printed));
    }
    expect(list.entries.every((e) => e.line > headingLine && e.line <= last)).toBe(true);
  });

  it('merges the duplicated Harvey (2005) entry of The personal is political and keeps both prints', () => {
    const tpip = lists.find((l) => l.document === 'the-personal-is-political')!;
    const harvey = tpip.entries.filter((e) => e.key === 'harvey2005');
    expect(harvey).toHaveLength(2);
    expect(harvey[1]!.duplicateOf).toBe(harvey[0]!.line);
  });
});
