/**
 * Every recorded doubt and inference reaches readers under its entry, wherever the entry is
 * shown (the bibliography, each reference list naming the work, each concept's key works),
 * and no DOI or URL known to be incomplete is a live link anywhere on the built site.
 * Reads dist/ (after `npm run build`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { DIST, readPage } from '../helpers/dist';
import type { CslItem } from '../../src/content/schemas/bibliography';

const root = process.cwd();
const records = readdirSync(join(root, 'src/content/bibliography')).map(
  (f) => JSON.parse(readFileSync(join(root, 'src/content/bibliography', f), 'utf8')) as CslItem,
);
const byKey = new Map(records.map((r) => [r.id, r]));
const lists = readdirSync(join(root, 'src/content/reference-lists')).map(
  (f) =>
    JSON.parse(readFileSync(join(root, 'src/content/reference-lists', f), 'utf8')) as {
      document: string;
      entries: { key: string; duplicateOf?: number; note?: string }[];
      unlisted: { key: string; note?: string }[];
    },
);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const notesOf = (key: string) => {
  const c = byKey.get(key)?.custom;
  return { doubts: (c?.doubts ?? []).map((d) => d.note), inferences: (c?.inferences ?? []).map((i) => i.note) };
};
/** Checks that each note is in the entry's own "Unverified" / "Inferred" paragraph. */
function expectNotesUnder(entry: Element | undefined, key: string, where: string) {
  expect(entry, `${where}: no entry for ${key}`).toBeDefined();
  const { doubts, inferences } = notesOf(key);
  const doubtText = flat(
    selectAll('.ref-note.doubt', entry)
      .map((e) => toText(e))
      .join(' '),
  );
  const inferenceText = flat(
    selectAll('.ref-note.inference', entry)
      .map((e) => toText(e))
      .join(' '),
  );
  for (const d of doubts) expect(doubtText, `${where}, ${key}`).toContain(flat(d));
  if (doubts.length) expect(doubtText, `${where}, ${key}`).toMatch(/^Unverified:/);
  for (const i of inferences) expect(inferenceText, `${where}, ${key}`).toContain(flat(i));
  if (inferences.length) expect(inferenceText, `${where}, ${key}`).toMatch(/^Inferred:/);
}
const withNotes = records.filter((r) => r.custom?.doubts?.length || r.custom?.inferences?.length);

describe('doubts and inferences shown to readers', () => {
  it('there are notes to show (the check below is not empty)', () => {
    expect(withNotes.length).toBeGreaterThan(50);
    expect(records.filter((r) => r.custom?.inferences?.length).length).toBeGreaterThan(3);
  });

  it('on /bibliography/, under each work', () => {
    const page = readPage('/bibliography/');
    for (const r of withNotes) {
      const entry = selectAll('li[data-save]', page).find((li) => select(`h2[id="${r.id}"]`, li));
      expectNotesUnder(entry, r.id, '/bibliography/');
    }
  });

  it('on each work’s own page, under its reference', () => {
    for (const r of withNotes)
      expectNotesUnder(select('section[aria-labelledby="reference"]', readPage(`/bibliography/${r.id}/`)), r.id, `/bibliography/${r.id}/`);
  });

  it.each(lists.map((l) => [l.document, l] as const))('in the reference list of %s, under each work it names, with the list’s own notes', (slug, list) => {
    const page = readPage(`/documents/${slug}/references/`);
    const reading = readPage(`/documents/${slug}/`);
    for (const key of new Set([...list.entries.map((e) => e.key), ...list.unlisted.map((u) => u.key)])) {
      const entry = select(`section.references li[id="ref-${key}"]`, page);
      expectNotesUnder(entry, key, `${slug}/references/`);
      // The reading page flags each doubt under the entry and links to where it is spelt out.
      const { doubts, inferences } = notesOf(key);
      const readingEntry = select(`section.references li[id="ref-${key}"]`, reading);
      expect(readingEntry, `${slug}: no entry for ${key}`).toBeDefined();
      const flag = select('.ref-note.doubt', readingEntry);
      if (doubts.length) {
        expect(flat(toText(flag!)), `${slug}, ${key}`).toMatch(/^Unverified: (one detail|\d+ details), explained in the annotated list\.$/);
        expect(select('a', flag)?.properties.href, `${slug}, ${key}`).toBe(`references/#ref-${key}`);
      } else expect(flag, `${slug}, ${key}`).toBeUndefined();
      for (const i of inferences) expect(flat(toText(readingEntry!)), `${slug}, ${key}`).toContain(flat(i));
      for (const note of [...list.entries, ...list.unlisted]
        .filter((e) => e.key === key && e.note && !('duplicateOf' in e && e.duplicateOf))
        .map((e) => e.note!)) {
        expect(flat(toText(entry!)), `${slug}, ${key}`).toContain(flat(note));
      }
    }
  });

  it('under each key work on concept pages', () => {
    let checked = 0;
    for (const f of readdirSync(join(root, 'src/content/concepts'))) {
      const slug = f.replace(/\.mdx$/, '');
      const page = readPage(`/concepts/${slug}/`);
      for (const li of selectAll('section[aria-labelledby="origin"] li[data-save^="work:"]', page)) {
        const key = String(li.properties.dataSave).slice('work:'.length);
        expectNotesUnder(li, key, `/concepts/${slug}/`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('links known not to work', () => {
  const dead = records.flatMap((r) =>
    (r.custom?.doubts ?? []).filter((d) => d.incomplete).map((d) => ({ key: r.id, field: d.field, value: d.field === 'DOI' ? r.DOI! : r.URL! })),
  );
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );

  it('are never an <a href> on any built page, though they are still shown', () => {
    expect(dead.length).toBeGreaterThan(0);
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const tree: Root = readPage('/' + file.slice(DIST.length + 1).replace(/index\.html$/, ''));
      for (const a of selectAll('a[href]', tree)) {
        const href = String(a.properties.href).toLowerCase();
        for (const d of dead) expect(href.endsWith(d.value.toLowerCase()), `${file}: ${d.key}'s ${d.field} is a link`).toBe(false);
      }
    }
    const bibliography = flat(toText(readPage('/bibliography/')));
    for (const d of dead) expect(bibliography, d.key).toContain(d.value);
  });
});
