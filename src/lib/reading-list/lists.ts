/**
 * The reader's lists (My list, grown up): several named lists, each with sections in order,
 * and on each item an importance and a note, as a lecturer's reading list has. Stored as one
 * JSON value in the browser; this module reads it back defensively, migrates the first
 * format (one flat list of items, list.ts) into it, and changes it. Nothing here touches the
 * browser: src/client/reading-list/store.ts does the storing, and keeps aside whatever this
 * module cannot read, so that nothing stored is ever lost.
 */
import { parseSavedList, type SavedItem } from './list.ts';

/**
 * The schema's importance words (src/content/schemas/reading-lists.ts), written out here
 * because the schema module brings zod, which the list page should not load; a unit test
 * keeps the two the same.
 */
export const IMPORTANCE = ['essential', 'recommended', 'further'] as const;
export type Importance = (typeof IMPORTANCE)[number];

export interface ListItem extends SavedItem {
  /** The section it is in (a section's `id`); none while it is not in one. */
  section?: string;
  importance?: Importance;
  /** Why to read it, in the reader's words. */
  note?: string;
}

export interface ListSection {
  id: string;
  title: string;
}

export interface ReadingListDetails {
  /** The module or course, the audience, the author and an introduction: what a handed-out list says of itself. */
  module?: string;
  audience?: string;
  author?: string;
  introduction?: string;
}

export interface MyList extends ReadingListDetails {
  id: string;
  title: string;
  sections: ListSection[];
  /** In the reader's order; shown grouped by section (items outside any section first). */
  items: ListItem[];
}

export interface ListsState {
  v: 2;
  /** The list the Save buttons save to. */
  current: string;
  lists: MyList[];
}

/** How much of a stored value may be read: a list of thousands of items fits well within it. */
export const MAX_STORED = 2_000_000;
export const MAX_TITLE = 200;
export const MAX_NOTE = 2_000;
export const MAX_DETAIL = 4_000;
const ID = /^[A-Za-z0-9_-]{1,40}$/;

export const DEFAULT_TITLE = 'My reading list';

/** A fresh id for a list or section, unlike any in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function emptyList(id: string, title = DEFAULT_TITLE): MyList {
  return { id, title, sections: [], items: [] };
}

export function emptyState(): ListsState {
  return { v: 2, current: 'l1', lists: [emptyList('l1')] };
}

const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined);

function readList(value: unknown, problems: string[], where: string): MyList | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where} is not a list`);
    return undefined;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !ID.test(v.id)) {
    problems.push(`${where} has no usable id`);
    return undefined;
  }
  const title = text(v.title, MAX_TITLE) ?? DEFAULT_TITLE;
  const sections: ListSection[] = [];
  if (Array.isArray(v.sections)) {
    for (const s of v.sections) {
      const sv = s as Record<string, unknown> | null;
      const t = text(sv?.title, MAX_TITLE);
      if (typeof sv?.id === 'string' && ID.test(sv.id) && t && !sections.some((x) => x.id === sv.id)) sections.push({ id: sv.id, title: t });
      else problems.push(`a section of “${title}” could not be read`);
    }
  } else if (v.sections !== undefined) problems.push(`the sections of “${title}” could not be read`);
  const known = new Set(sections.map((s) => s.id));
  const parsed = parseSavedList(JSON.stringify(Array.isArray(v.items) ? v.items : []));
  if (!Array.isArray(v.items)) problems.push(`the items of “${title}” could not be read`);
  if (parsed.unreadable > 0) problems.push(`${parsed.unreadable} ${parsed.unreadable === 1 ? 'item' : 'items'} of “${title}” could not be read`);
  // parseSavedList keeps the fields it knows; the list's own fields are read from the same entries by id.
  const raw = new Map((v.items as unknown[] | undefined)?.map((i) => [(i as { id?: unknown })?.id, i as Record<string, unknown>]) ?? []);
  const items = parsed.items.map((item): ListItem => {
    const r = raw.get(item.id) ?? {};
    const out: ListItem = { ...item };
    if (typeof r.section === 'string' && known.has(r.section)) out.section = r.section;
    if (IMPORTANCE.includes(r.importance as Importance)) out.importance = r.importance as Importance;
    const note = text(r.note, MAX_NOTE);
    if (note) out.note = note;
    return out;
  });
  const list: MyList = { id: v.id, title, sections, items };
  for (const key of ['module', 'audience', 'author', 'introduction'] as const) {
    const t = text(v[key], MAX_DETAIL);
    if (t) list[key] = t;
  }
  return list;
}

export interface ParsedState {
  state: ListsState;
  /** What could not be read, in plain words; empty when everything was. The raw value is then kept aside by the caller. */
  problems: string[];
}

/** The stored lists, read defensively: storage is the reader's to change, so nothing in it is trusted. */
export function parseState(raw: string | null): ParsedState {
  if (raw === null || raw === '') return { state: emptyState(), problems: [] };
  if (raw.length > MAX_STORED) return { state: emptyState(), problems: ['the saved lists are too large to read'] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: emptyState(), problems: ['the saved lists are not in a form this site can read'] };
  }
  const d = data as { v?: unknown; current?: unknown; lists?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.v !== 2 || !Array.isArray(d.lists)) {
    return { state: emptyState(), problems: ['the saved lists are not in a form this site can read'] };
  }
  const problems: string[] = [];
  const lists: MyList[] = [];
  d.lists.forEach((l, n) => {
    const list = readList(l, problems, `list ${n + 1}`);
    if (list && lists.some((x) => x.id === list.id)) problems.push(`list ${n + 1} repeats another list’s id`);
    else if (list) lists.push(list);
  });
  if (lists.length === 0) return { state: emptyState(), problems: problems.length > 0 ? problems : [] };
  const current = typeof d.current === 'string' && lists.some((l) => l.id === d.current) ? d.current : lists[0]!.id;
  return { state: { v: 2, current, lists }, problems };
}

/** The first format (one flat list, stored under another key), as the first of the new lists. */
export function migrateV1(raw: string): ParsedState {
  const { items, unreadable } = parseSavedList(raw);
  const problems = unreadable > 0 ? [`${unreadable} saved ${unreadable === 1 ? 'entry' : 'entries'} of your earlier list could not be read`] : [];
  return { state: { v: 2, current: 'l1', lists: [{ ...emptyList('l1'), items }] }, problems };
}

export function serialiseState(state: ListsState): string {
  return JSON.stringify(state);
}

export function currentList(state: ListsState): MyList {
  return state.lists.find((l) => l.id === state.current) ?? state.lists[0]!;
}

/** The state with one list changed by `change`. */
export function updateList(state: ListsState, id: string, change: (list: MyList) => MyList): ListsState {
  return { ...state, lists: state.lists.map((l) => (l.id === id ? change(l) : l)) };
}

/** A new, empty list (or the one given, e.g. a shared list being added), made current. It never replaces a list. */
export function addList(state: ListsState, list: Omit<MyList, 'id'>): ListsState {
  const id = freshId(
    'l',
    state.lists.map((l) => l.id),
  );
  return { v: 2, current: id, lists: [...state.lists, { ...list, id }] };
}

/** Without the list; the last list is never removed, only emptied. */
export function deleteList(state: ListsState, id: string): ListsState {
  const lists = state.lists.filter((l) => l.id !== id);
  if (lists.length === 0) return emptyState();
  return { v: 2, current: state.current === id ? lists[0]!.id : state.current, lists };
}

export function setTitle(list: MyList, title: string): MyList {
  return { ...list, title: title.trim().slice(0, MAX_TITLE) || DEFAULT_TITLE };
}

export function setDetail(list: MyList, key: keyof ReadingListDetails, value: string): MyList {
  const next = { ...list };
  const t = value.trim().slice(0, MAX_DETAIL);
  if (t) next[key] = t;
  else delete next[key];
  return next;
}

export function addSection(list: MyList, title: string): MyList {
  const id = freshId(
    's',
    list.sections.map((s) => s.id),
  );
  return { ...list, sections: [...list.sections, { id, title: title.trim().slice(0, MAX_TITLE) || `Section ${list.sections.length + 1}` }] };
}

export function renameSection(list: MyList, id: string, title: string): MyList {
  const t = title.trim().slice(0, MAX_TITLE);
  return t ? { ...list, sections: list.sections.map((s) => (s.id === id ? { ...s, title: t } : s)) } : list;
}

/** Moves a section one place up (-1) or down (+1). */
export function moveSection(list: MyList, id: string, by: -1 | 1): MyList {
  const from = list.sections.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.sections.length) return list;
  const sections = [...list.sections];
  const [moved] = sections.splice(from, 1);
  sections.splice(to, 0, moved!);
  return { ...list, sections };
}

/** Without the section; its items stay on the list, outside any section. */
export function removeSection(list: MyList, id: string): MyList {
  return {
    ...list,
    sections: list.sections.filter((s) => s.id !== id),
    items: list.items.map((i) => {
      if (i.section !== id) return i;
      const { section: _, ...rest } = i;
      return rest;
    }),
  };
}

/** The item changed by `change`, the rest as they were. */
export function updateItem(list: MyList, id: string, change: (item: ListItem) => ListItem): MyList {
  return { ...list, items: list.items.map((i) => (i.id === id ? change(i) : i)) };
}

export function setItemSection(list: MyList, id: string, section: string | undefined): MyList {
  const known = section !== undefined && list.sections.some((s) => s.id === section);
  // Moved to the end of its new section, as a reader adding to a week expects.
  const item = list.items.find((i) => i.id === id);
  if (!item) return list;
  const { section: _, ...rest } = item;
  const moved: ListItem = known ? { ...rest, section } : rest;
  return { ...list, items: [...list.items.filter((i) => i.id !== id), moved] };
}

export function setImportance(list: MyList, id: string, importance: Importance | undefined): MyList {
  return updateItem(list, id, ({ importance: _, ...rest }) => (importance ? { ...rest, importance } : rest));
}

export function setNote(list: MyList, id: string, note: string): MyList {
  const t = note.trim().slice(0, MAX_NOTE);
  return updateItem(list, id, ({ note: _, ...rest }) => (t ? { ...rest, note: t } : rest));
}

/** The list's groups in reading order: items in no section (untitled), then each section with its items. */
export function groups(list: MyList): { section: ListSection | undefined; items: ListItem[] }[] {
  const known = new Set(list.sections.map((s) => s.id));
  const loose = list.items.filter((i) => !i.section || !known.has(i.section));
  return [{ section: undefined, items: loose }, ...list.sections.map((section) => ({ section, items: list.items.filter((i) => i.section === section.id) }))];
}

/** The items in reading order (section by section), as exports and links carry them. */
export function inReadingOrder(list: MyList): ListItem[] {
  return groups(list).flatMap((g) => g.items);
}

/** Moves an item one place up or down among the items of its own section. */
export function moveInSection(list: MyList, id: string, by: -1 | 1): MyList {
  const item = list.items.find((i) => i.id === id);
  if (!item) return list;
  const group = groups(list).find((g) => g.items.includes(item))!.items;
  const at = group.indexOf(item);
  const other = group[at + by];
  if (!other) return list;
  const a = list.items.indexOf(item);
  const b = list.items.indexOf(other);
  const items = [...list.items];
  items[a] = other;
  items[b] = item;
  return { ...list, items };
}

/** A title not yet used by another list: "Week plan", then "Week plan (2)". */
export function unusedTitle(state: ListsState, title: string): string {
  const taken = new Set(state.lists.map((l) => l.title));
  if (!taken.has(title)) return title;
  for (let n = 2; ; n += 1) if (!taken.has(`${title} (${n})`)) return `${title} (${n})`;
}
