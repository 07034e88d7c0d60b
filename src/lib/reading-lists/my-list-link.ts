/**
 * A curated list offered to My list: the list page links to /my-list/#l=<payload>, a
 * version-2 share link made at build time (lib/reading-list/shared-list.ts), so a student
 * can take a lecturer's list as a new list of their own, keep notes on it and reorder it,
 * without the page loading any script. The link carries the title, the sections, each
 * item's importance and the lecturer's note; the reader's browser looks the items up.
 *
 * My list saves texts, concepts and works, not passages: a passage item becomes its text,
 * with the passage named at the head of its note ("Read para. 8."), so that nothing the
 * lecturer pointed at is lost. A text listed more than once (whole, and by a passage) becomes
 * one item, in the section of its first mention, whose note keeps every mention's note.
 */
import type { ReadingListData, ReadingListItem } from '../../content/schemas/reading-lists.ts';
import type { ListItem, MyList } from '../reading-list/lists.ts';
import { encodeList } from '../reading-list/shared-list.ts';

/** The id My list knows an item by: `document:<slug>`, `concept:<slug>` or `work:<key>`. */
export function savedIdOf(item: ReadingListItem): string {
  if (item.document !== undefined) return `document:${item.document}`;
  if (item.passage !== undefined) return `document:${item.passage.document}`;
  if (item.work !== undefined) return `work:${item.work}`;
  return `concept:${item.concept!}`;
}

function noteOf(item: ReadingListItem): string | undefined {
  if (!item.passage) return item.note;
  const read = `Read para. ${item.passage.paragraph.slice(2)}.`;
  return item.note ? `${read} ${item.note}` : read;
}

/** The curated list as My list would hold it (only what a share link carries is filled in). */
export function curatedAsMyList(list: Pick<ReadingListData, 'title' | 'revised' | 'sections'>): Pick<MyList, 'title' | 'sections' | 'items'> {
  const sections = list.sections.map((s, i) => ({ id: `s${i + 1}`, title: s.title }));
  const items: ListItem[] = [];
  list.sections.forEach((section, i) => {
    for (const entry of section.items) {
      const id = savedIdOf(entry);
      const note = noteOf(entry);
      const same = items.find((it) => it.id === id);
      if (same) {
        // One item per id in a list: the second mention's note joins the first.
        if (note) same.note = same.note ? `${same.note} ${note}` : note;
        continue;
      }
      items.push({ id, label: id, reference: [], added: `${list.revised}T00:00:00.000Z`, read: false, section: sections[i]!.id, importance: entry.importance, ...(note ? { note } : {}) });
    }
  });
  return { title: list.title, sections, items };
}

/** The address that opens the curated list in My list, where the reader can add it as a new list. */
export async function myListLinkFor(list: Pick<ReadingListData, 'title' | 'revised' | 'sections'>): Promise<string> {
  return `/my-list/#l=${await encodeList(curatedAsMyList(list))}`;
}
