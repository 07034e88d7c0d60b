/**
 * The reader's own reading list ("My list"): what they saved from the site to read next.
 * It lives in the reader's browser (localStorage), so this module is the part that does not
 * need a browser: reading the stored list back safely, changing it, and combining the
 * build-time exports of the saved items into one file. No citation library is involved:
 * every item's BibTeX, RIS and CSL-JSON is a static file written at build time.
 */

export type SavedKind = 'document' | 'concept' | 'work';

/** A run of a formatted reference: its text, and whether it is set in italics or is a link. */
export interface ReferenceSegment {
  text: string;
  italic?: true;
  href?: string;
}

export interface SavedItem {
  /** `document:<slug>`, `concept:<slug>` or `work:<bibliography key>`. */
  id: string;
  /** Short name for announcements and buttons, e.g. "Lipsky (2010)". */
  label: string;
  /** The Harvard (Cite Them Right) reference as shown on the page it was saved from. */
  reference: ReferenceSegment[];
  /** When it was saved (ISO 8601). */
  added: string;
  read: boolean;
}

const ID = /^(document|concept|work):[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// Only links this site wrote into a reference: its own pages, DOIs and web addresses.
const SAFE_HREF = /^(https?:\/\/|\/(?![/\\]))/;

export function kindOf(id: string): SavedKind {
  return id.slice(0, id.indexOf(':')) as SavedKind;
}

export function isSavedId(id: string): boolean {
  return ID.test(id);
}

function readSegment(value: unknown): ReferenceSegment | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return undefined;
  const segment: ReferenceSegment = { text: v.text };
  if (v.italic === true) segment.italic = true;
  // Browsers drop tabs and line breaks inside a URL ("/\t/evil" is "//evil"): check, and keep, what they would use.
  const href = typeof v.href === 'string' ? v.href.replace(/[\t\n\r]/g, '') : undefined;
  if (href && SAFE_HREF.test(href)) segment.href = href;
  return segment;
}

function readItem(value: unknown): SavedItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !isSavedId(v.id)) return undefined;
  if (typeof v.label !== 'string' || v.label.trim() === '') return undefined;
  if (!Array.isArray(v.reference)) return undefined;
  const reference = v.reference.map(readSegment);
  if (reference.some((s) => s === undefined)) return undefined;
  if (typeof v.added !== 'string' || Number.isNaN(Date.parse(v.added))) return undefined;
  return { id: v.id, label: v.label, reference: reference as ReferenceSegment[], added: v.added, read: v.read === true };
}

export interface ParsedList {
  items: SavedItem[];
  /** Stored entries that could not be read (edited by hand, or from another version); said to the reader. */
  unreadable: number;
}

/** The stored list, read defensively: storage is the reader's to change, so nothing in it is trusted. */
export function parseSavedList(raw: string | null): ParsedList {
  if (raw === null || raw === '') return { items: [], unreadable: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { items: [], unreadable: 1 };
  }
  if (!Array.isArray(data)) return { items: [], unreadable: 1 };
  const items: SavedItem[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  for (const entry of data) {
    const item = readItem(entry);
    if (!item) unreadable += 1;
    else if (!seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return { items, unreadable };
}

export function serialiseSavedList(items: readonly SavedItem[]): string {
  return JSON.stringify(items);
}

export function isSaved(items: readonly SavedItem[], id: string): boolean {
  return items.some((i) => i.id === id);
}

/** Adds the item at the end (the list keeps the order things were saved in), or removes it if saved. */
export function toggleSaved<T extends SavedItem>(items: readonly T[], item: T): T[] {
  return isSaved(items, item.id) ? removeSaved(items, item.id) : [...items, item];
}

export function removeSaved<T extends SavedItem>(items: readonly T[], id: string): T[] {
  return items.filter((i) => i.id !== id);
}

/**
 * The item with a new reference, the rest unchanged; the same array when nothing differs
 * (so callers can skip writing).
 */
export function updateReference<T extends SavedItem>(items: T[], id: string, reference: ReferenceSegment[]): T[] {
  const same = (a: ReferenceSegment[], b: ReferenceSegment[]) => JSON.stringify(a) === JSON.stringify(b);
  const at = items.findIndex((i) => i.id === id);
  if (at < 0 || same(items[at]!.reference, reference)) return items;
  return items.map((i, n) => (n === at ? { ...i, reference } : i));
}

/** What a removal took out: each item and the place it had. */
export type Removed<T extends SavedItem = SavedItem> = { item: T; index: number }[];

export function removedFrom<T extends SavedItem>(before: readonly T[], ids: ReadonlySet<string>): Removed<T> {
  return before.flatMap((item, index) => (ids.has(item.id) ? [{ item, index }] : []));
}

/**
 * Undoes a removal (one item or the whole list): the removed items go back to their old
 * places in the list as it is now, so whatever changed since (a read mark, a new order,
 * another removal, in this tab or another) stays changed. An item saved again meanwhile is
 * not doubled.
 */
export function undoRemoval<T extends SavedItem>(removed: Removed<T>, now: readonly T[]): T[] {
  const next = [...now];
  for (const { item, index } of [...removed].sort((a, b) => a.index - b.index)) {
    if (!isSaved(next, item.id)) next.splice(Math.min(index, next.length), 0, item);
  }
  return next;
}

export function markRead<T extends SavedItem>(items: readonly T[], id: string, read: boolean): T[] {
  return items.map((i) => (i.id === id ? { ...i, read } : i));
}

/** Moves an item one place up (-1) or down (+1); at either end it stays. */
export function moveSaved<T extends SavedItem>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((i) => i.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** Where the item lives on this site. */
export function itemUrl(id: string): string {
  const name = id.slice(id.indexOf(':') + 1);
  switch (kindOf(id)) {
    case 'document':
      return `/documents/${name}/`;
    case 'concept':
      return `/concepts/${name}/`;
    case 'work':
      return `/bibliography/${name}/`;
  }
}

export type SavedExportFormat = 'bib' | 'ris' | 'json';

/** The build-time export file of one saved item (each is a static file beside its page). */
export function exportUrl(id: string, format: SavedExportFormat): string {
  const name = id.slice(id.indexOf(':') + 1);
  switch (kindOf(id)) {
    case 'document':
      return `/documents/${name}/citation.${format}`;
    case 'concept':
      return `/concepts/${name}/citation.${format}`;
    case 'work':
      return `/bibliography/${name}.${format}`;
  }
}

/**
 * One file from the items' own export files, in the list's order: BibTeX and RIS records
 * simply follow one another; CSL-JSON arrays are joined into one array.
 */
export function combineExports(format: SavedExportFormat, files: readonly string[]): string {
  if (format === 'json') {
    // Throws on a file that is not CSL-JSON; the caller says the download failed.
    const items = files.flatMap((f) => JSON.parse(f) as unknown[]);
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  // Only blank lines are trimmed: RIS ends each record with "ER  - ", trailing space and all.
  const records = files.map((f) => f.replace(/^(\r?\n)+|(\r?\n)+$/g, '')).filter((f) => f.trim() !== '');
  return `${records.join('\n\n')}\n`;
}

function referenceText(item: SavedItem): string {
  return item.reference
    .map((s) => s.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function byReference(items: readonly SavedItem[]): SavedItem[] {
  return [...items].sort((a, b) => referenceText(a).localeCompare(referenceText(b), 'en-GB', { sensitivity: 'base' }));
}

/**
 * The list as a Harvard reference list in HTML, for pasting into a word processor with the
 * titles still in italics: one paragraph a reference, alphabetical.
 */
export function harvardListHtml(items: readonly SavedItem[]): string {
  return byReference(items)
    .map(
      (item) =>
        `<p>${item.reference
          .map((s) => (s.italic ? `<i>${escapeHtml(s.text)}</i>` : escapeHtml(s.text)))
          .join('')
          .trim()}</p>`,
    )
    .join('\n');
}

/**
 * The list as a Harvard reference list in plain text, to paste into coursework: one
 * reference a line, in alphabetical order as Cite Them Right asks.
 */
export function harvardListText(items: readonly SavedItem[]): string {
  return byReference(items).map(referenceText).join('\n');
}
