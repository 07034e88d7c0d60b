/**
 * A whole curated list as one file: RIS, BibTeX (biblatex) or CSL-JSON, each item the record the
 * site already exports for it (format.ts, made once per work and reused), with the list's own
 * facts about it (its section, its importance, the lecturer's note, where to read it here) in
 * the fields Zotero keeps (annotate.ts; tests/site/reading-lists.test.ts keeps it true).
 *
 * So the note carries everything in words, and the tags carry what a reader sorts by. The
 * access date of web texts is left out, as in every download: a file cannot know when it is read.
 */
import { toBibtex, toCslJson, toRis } from '../citations/format.ts';
import { withoutAccessed } from '../citations/exports.ts';
import { toPlainText } from '../content/plain-text.ts';
import type { ResolvedItem, ResolvedSection } from './items.ts';
import { annotateBibtex, annotateCsl, annotateRis } from './annotate.ts';

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

export function listToRis(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  const records = entriesOf(sections).map(({ section, s, item, i }) =>
    annotateRis(toRis([exportRecord(item)]), itemTags(section, item), annotationParts(list, section, s, item, i), item.id),
  );
  return records.length ? `${records.join('\n\n')}\n` : '';
}

export function listToBibtex(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  return entriesOf(sections)
    .map(({ section, s, item, i }) =>
      annotateBibtex(toBibtex([exportRecord(item)]), itemTags(section, item), annotationParts(list, section, s, item, i), item.id),
    )
    .join('\n');
}

export function listToCslJson(list: ListIdentity, sections: readonly ResolvedSection[]): string {
  const entries = entriesOf(sections);
  const records = JSON.parse(toCslJson(entries.map(({ item }) => exportRecord(item)))) as Record<string, unknown>[];
  const annotated = records.map((record, n) => {
    const { section, s, item, i } = entries[n]!;
    return annotateCsl(record, annotationParts(list, section, s, item, i));
  });
  return `${JSON.stringify(annotated, null, 2)}\n`;
}
