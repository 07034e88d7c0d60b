/**
 * What a document's reference list shows: each printed entry in the source's order, the
 * work formatted in Harvard (Cite Them Right), the entry as printed, any correction of a
 * source error, and links back to every passage that cites it.
 */
import { toPlainText } from '../content/plain-text.ts';
import { referenceAnchor } from '../../plugins/remark-citations.ts';
import type { CitationOccurrence } from '../../plugins/document-facts.ts';
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { readerNotes } from './editorial-notes.ts';
import { documentWorkKeys, pick } from './bibliography.ts';
import { formatEntries } from './format.ts';

export interface ReferenceListData {
  heading: string | null;
  entries: { key: string; line: number; printed: string; duplicateOf?: number | undefined; note?: string | undefined }[];
  unlisted: { key: string; line: number; mention: string; note?: string | undefined }[];
}

export interface ReferenceEntryView {
  key: string;
  /** Anchor of the entry; only the first print of a work carries it. */
  anchor: string | undefined;
  /** Formatted reference (HTML from citeproc). */
  html: string;
  /** The entry as the source prints it, as plain text. */
  printed: string;
  corrections: { field: string; printed: string; corrected: string; note: string }[];
  /** Values the source does not print, added and marked as inferred. */
  inferences: string[];
  /** Details the sources leave uncertain, shown as unverified. */
  doubts: string[];
  /** Each citation of this work in the document, in order. */
  citedAt: { id: string; passage: string | undefined }[];
  /** Set when the source prints the entry a second time. */
  duplicateOfLine: number | undefined;
  note: string | undefined;
}

export interface ReferenceListView {
  heading: string;
  entries: ReferenceEntryView[];
  /** Works named in the text but missing from the printed list (including works only cited in the text). */
  unlisted: ReferenceEntryView[];
}

/**
 * The entry as printed, as plain text. Parsing Markdown is the costliest step of a list; a
 * document's page and its list's page show the same entries, and many lists print the same
 * works alike, so what was parsed is kept (the most recent few thousand entries, so that a
 * corpus of any size keeps a bounded number).
 */
const PRINTED_KEPT = 5000;
const printedTexts = new Map<string, string>();
function printedText(printed: string): string {
  let text = printedTexts.get(printed);
  if (text === undefined) {
    text = toPlainText(printed, 'markdown').replace(/\s+/g, ' ').trim();
    if (printedTexts.size >= PRINTED_KEPT) printedTexts.delete(printedTexts.keys().next().value!);
    printedTexts.set(printed, text);
  }
  return text;
}

export function buildReferenceList(
  document: string,
  list: ReferenceListData,
  works: ReadonlyMap<string, CslItem>,
  formatted: ReadonlyMap<string, string>,
  citations: readonly CitationOccurrence[],
): ReferenceListView {
  const seen = new Set<string>();
  const view = (key: string, printed: string, extra: Partial<ReferenceEntryView> = {}): ReferenceEntryView => {
    const work = works.get(key);
    if (!work) throw new Error(`reference list names unknown work "${key}"`);
    const first = !seen.has(key);
    seen.add(key);
    // Corrections made to this document's print of the work; a duplicated entry is shown
    // by `duplicateOfLine` instead.
    const relevant = (work.custom?.corrections ?? []).filter((c) => (c.document === undefined || c.document === document) && c.field !== 'entry');
    return {
      key,
      anchor: first ? referenceAnchor(key) : undefined,
      html: formatted.get(key) ?? '',
      printed: printedText(printed),
      corrections: relevant.map(({ field, printed: p, corrected, note }) => ({ field, printed: p, corrected, note })),
      ...readerNotes(work),
      citedAt: first ? citations.filter((c) => c.key === key).map(({ id, passage }) => ({ id, passage })) : [],
      duplicateOfLine: undefined,
      note: undefined,
      ...extra,
    };
  };
  const entries = list.entries.map((e) => view(e.key, e.printed, { duplicateOfLine: e.duplicateOf, note: e.note }));
  const unlistedKeys = [
    ...list.unlisted.map((u) => u.key),
    // Works cited in the text that no list names: shown rather than silently dropped.
    ...citations.map((c) => c.key).filter((k) => !list.entries.some((e) => e.key === k) && !list.unlisted.some((u) => u.key === k)),
  ];
  const unlisted = [...new Set(unlistedKeys)]
    .filter((k) => !seen.has(k))
    .map((k) => {
      const named = list.unlisted.find((u) => u.key === k);
      return view(k, named?.mention ?? '', { note: named?.note });
    });
  return { heading: list.heading ?? 'References', entries, unlisted };
}

const NO_LIST: ReferenceListData = { heading: null, entries: [], unlisted: [] };

/**
 * A document's reference list as its pages show it (the document page and the list's own
 * page), formatted in Harvard, with the works it holds: those the source lists and those the
 * text cites without listing them. A document without a printed list shows its citations only.
 */
export function documentReferenceList(
  document: string,
  list: ReferenceListData | undefined,
  citations: readonly CitationOccurrence[],
  works: ReadonlyMap<string, CslItem>,
): { view: ReferenceListView; works: CslItem[] } {
  const printed = list ?? NO_LIST;
  const held = pick(
    works,
    documentWorkKeys(
      printed,
      citations.map((c) => c.key),
    ),
  );
  return { view: buildReferenceList(document, printed, works, formatEntries(held, 'harvard'), citations), works: held };
}
