/**
 * A reading list's own facts about an item (its section, its importance, the note on why to
 * read it, where to read it here) added to the item's record in the fields Zotero keeps, as
 * its translation-server showed (docs/reading-lists.md):
 *
 * - RIS: `KW` lines become tags (commas kept), `N1` a child note;
 * - BibTeX: `keywords` become tags, split at every comma and semicolon (braces do not protect
 *   them), `note` a child note;
 * - CSL-JSON: `note` becomes Extra, line by line (`keyword` and `annote` are dropped).
 *
 * The curated lists' downloads (exports.ts, at build time) and My list's (in the browser, on
 * the items' static export files) both annotate through here, so they say the same things in
 * the same fields. No citation library is imported: the records come already made.
 */

/** RIS values are one line each. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`;

/** One RIS record with the tags and the note added before its end (ER); `what` names it in an error. */
export function annotateRis(record: string, tags: readonly string[], noteParts: readonly string[], what: string): string {
  const trimmed = record.trimEnd();
  const end = trimmed.lastIndexOf('\nER  -');
  if (end < 0) throw new Error(`RIS export of ${what}: the record has no end (ER)`);
  const added = [...tags.map((t) => risLine('KW', t)), risLine('N1', noteParts.join(' · '))];
  return `${trimmed.slice(0, end)}\n${added.join('\n')}${trimmed.slice(end)}`;
}

/** biblatex's specials outside verbatim fields, as format.ts escapes them, and braces. */
const bibtexText = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([&%$#_{}])/g, '\\$1');

/** One BibTeX entry with the tags as keywords and the note added (after any note it has). */
export function annotateBibtex(entry: string, tags: readonly string[], noteParts: readonly string[], what: string): string {
  const lines = entry.trimEnd().split('\n');
  if (lines.at(-1) !== '}') throw new Error(`BibTeX export of ${what}: the entry does not end with "}"`);
  // A note the record already has (citation-js's) goes first in the one note field.
  const noteAt = lines.findIndex((l) => l.startsWith('\tnote = {'));
  const own =
    noteAt >= 0
      ? lines
          .splice(noteAt, 1)[0]!
          .replace(/^\tnote = \{/, '')
          .replace(/\},$/, '')
      : undefined;
  const note = [own, bibtexText(noteParts.join(' · '))].filter(Boolean).join(' · ');
  // Zotero splits keywords at commas and semicolons: inside one tag they become dashes.
  const keywords = tags.map((t) => bibtexText(t.replace(/\s*[,;]\s*/g, ' – ')));
  lines.splice(lines.length - 1, 0, ...(keywords.length ? [`\tkeywords = {${keywords.join(', ')}},`] : []), `\tnote = {${note}},`);
  return `${lines.join('\n')}\n`;
}

/** One CSL-JSON record with the note's parts added to its note, a line each. */
export function annotateCsl(record: Record<string, unknown>, noteParts: readonly string[]): Record<string, unknown> {
  return { ...record, note: [record.note, ...noteParts].filter(Boolean).join('\n') };
}
