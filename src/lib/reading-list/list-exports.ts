/**
 * My list's downloads carry what the reader wrote, as a curated list's do: each item's record
 * (its static export file) with the list's title, the item's section, its importance and the
 * reader's note, in the fields Zotero keeps (lib/reading-lists/annotate.ts), so that a list
 * imported into Zotero keeps its sections, importance and notes as tags and a note.
 */
import { annotateBibtex, annotateCsl, annotateRis } from '../reading-lists/annotate.ts';
import { combineExports, itemUrl, type SavedExportFormat } from './list.ts';
import { groups, type ListItem, type MyList } from './lists.ts';

export interface ItemAnnotation {
  /** Tags: its importance and its section, where the reader gave them. */
  tags: string[];
  /** The note, part by part: the list and the item's place in it, section, importance, the reader's note, where to read it. */
  note: string[];
}

/** What the list says of each of its items, by id. */
export function myListAnnotations(list: MyList, origin: string): Map<string, ItemAnnotation> {
  const out = new Map<string, ItemAnnotation>();
  let sectionNumber = 0;
  for (const group of groups(list)) {
    if (group.section) sectionNumber += 1;
    group.items.forEach((item, i) => {
      const place = group.section ? `section ${sectionNumber}, item ${i + 1}` : `item ${i + 1}, in no section`;
      const tags = [...(item.importance ? [`Importance: ${item.importance}`] : []), ...(group.section ? [`Reading list section: ${group.section.title}`] : [])];
      out.set(item.id, {
        tags,
        note: [
          `Reading list: ${list.title}, ${place}`,
          ...(group.section ? [`Reading list section: ${group.section.title}`] : []),
          ...(item.importance ? [`Importance: ${item.importance}`] : []),
          ...(item.note ? [`Note: ${item.note.replace(/\s+/g, ' ').trim()}`] : []),
          `Read here: ${origin}${itemUrl(item.id)}`,
        ],
      });
    });
  }
  return out;
}

/**
 * One download from the items' own export files, in reading order, each annotated. Throws,
 * naming the item, on a file that is not what its format should be; the caller says which
 * download failed.
 */
export function myListExport(format: SavedExportFormat, list: MyList, fetched: readonly { item: ListItem; file: string }[], origin: string): string {
  const annotations = myListAnnotations(list, origin);
  const files = fetched.map(({ item, file }) => {
    const a = annotations.get(item.id) ?? { tags: [], note: [] };
    if (format === 'ris') return annotateRis(file, a.tags, a.note, item.label);
    if (format === 'bib') return annotateBibtex(file, a.tags, a.note, item.label);
    const records = JSON.parse(file) as Record<string, unknown>[];
    return JSON.stringify(records.map((r) => annotateCsl(r, a.note)));
  });
  return combineExports(format, files);
}
