/**
 * A whole curated list as one file: RIS, BibTeX (biblatex) or CSL-JSON, each item the record the
 * site already exports for it (format.ts, made once per work and reused), with the list's own
 * facts about it (its section, its importance, the lecturer's note, where to read it here) in
 * the fields Zotero keeps. What Zotero keeps was found with its translation-server
 * (tests/site/reading-lists-zotero.test.ts keeps it true; docs/reading-lists.md):
 *
 * - RIS: `KW` lines become tags (commas kept), `N1` a child note;
 * - BibTeX: `keywords` become tags, split at every comma and semicolon (braces do not protect
 *   them), `note` a child note;
 * - CSL-JSON: `note` becomes Extra, line by line (`keyword` and `annote` are dropped).
 *
 * So the note carries everything in words, and the tags carry what a reader sorts by. The
 * access date of web texts is left out, as in every download: a file cannot know when it is read.
 */
import { toBibtex, toCslJson, toRis } from '../citations/format.ts';
import { withoutAccessed } from '../citations/exports.ts';
import { toPlainText } from '../content/plain-text.ts';
import type { ResolvedItem, ResolvedSection } from './items.ts';

export interface ListIdentity {
  title: string;
  /** The list's page, in full (`https://…/lists/start-here/`). */
  url: string;
  origin: string;
}

/** What the list says of one item, part by part: "Reading list: …", "Section: …", "Importance: …", "Note: …", "Passage: …", "Read here: …". */
export function annotationParts(list: ListIdentity, section: ResolvedSection, s: number, item: ResolvedItem, i: number): string[] {
  const note = item.note ? plainNote(item.note) : undefined;
  return [
    `Reading list: ${list.title} (${list.url}), section ${s + 1}, item ${i + 1}`,
    `Reading list section: ${section.title}`,
    `Importance: ${item.importance}`,
    ...(note ? [`Note: ${note}`] : []),
    ...(item.passage ? [`Passage: ${item.passage.label} (${item.passage.pinpoint})`] : []),
    `Read here: ${list.origin}${item.href}`,
  ];
}

/** The tags an item carries: its importance and its section. */
export const itemTags = (section: ResolvedSection, item: ResolvedItem): string[] => [
  `Importance: ${item.importance}`,
  `Reading list section: ${section.title}`,
];

/** A note's Markdown as one line of plain text. */
const plainNote = (markdown: string): string => toPlainText(markdown, 'markdown').replace(/\s+/g, ' ').trim();

/** The record as a download carries it: under the item's own key, without an access date. */
const exportRecord = (item: ResolvedItem) => ({ ...withoutAccessed(item.record), id: item.id });

interface Entry {
  section: ResolvedSection;
  s: number;
  item: ResolvedItem;
  i: number;
}
const entriesOf = (sections: readonly ResolvedSection[]): Entry[] =>
  sections.flatMap((section, s) => section.items.map((item, i) => ({ section, s, item, i })));

/** RIS values are one line each. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`;

export function listToRis(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  const records = entriesOf(sections).map(({ section, s, item, i }) => {
    const record = toRis([exportRecord(item)]).trimEnd();
    const end = record.lastIndexOf('\nER  -');
    if (end < 0) throw new Error(`RIS export of ${item.id}: the record has no end (ER)`);
    const added = [...itemTags(section, item).map((t) => risLine('KW', t)), risLine('N1', annotationParts(list, section, s, item, i).join(' · '))];
    return `${record.slice(0, end)}\n${added.join('\n')}${record.slice(end)}`;
  });
  return records.length ? `${records.join('\n\n')}\n` : '';
}

/** biblatex's specials outside verbatim fields, as format.ts escapes them, and braces. */
const bibtexText = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([&%$#_{}])/g, '\\$1');

export function listToBibtex(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  return entriesOf(sections)
    .map(({ section, s, item, i }) => {
      const entry = toBibtex([exportRecord(item)]);
      const lines = entry.trimEnd().split('\n');
      if (lines.at(-1) !== '}') throw new Error(`BibTeX export of ${item.id}: the entry does not end with "}"`);
      // A note the record already has (citation-js's) goes first in the one note field.
      const noteAt = lines.findIndex((l) => l.startsWith('\tnote = {'));
      const own =
        noteAt >= 0
          ? lines
              .splice(noteAt, 1)[0]!
              .replace(/^\tnote = \{/, '')
              .replace(/\},$/, '')
          : undefined;
      const note = [own, bibtexText(annotationParts(list, section, s, item, i).join(' · '))].filter(Boolean).join(' · ');
      // Zotero splits keywords at commas and semicolons: inside one tag they become dashes.
      const keywords = itemTags(section, item).map((t) => bibtexText(t.replace(/\s*[,;]\s*/g, ' – ')));
      lines.splice(lines.length - 1, 0, `\tkeywords = {${keywords.join(', ')}},`, `\tnote = {${note}},`);
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

export function listToCslJson(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  const entries = entriesOf(sections);
  const records = JSON.parse(toCslJson(entries.map(({ item }) => exportRecord(item)))) as Record<string, unknown>[];
  const annotated = records.map((record, n) => {
    const { section, s, item, i } = entries[n]!;
    const lines = [...annotationParts(list, section, s, item, i)];
    return { ...record, note: [record.note, ...lines].filter(Boolean).join('\n') };
  });
  return `${JSON.stringify(annotated, null, 2)}\n`;
}
