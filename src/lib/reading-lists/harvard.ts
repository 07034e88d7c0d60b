/**
 * A curated list's Harvard (Cite Them Right) references, formatted by the site's own citeproc
 * formatting (format.ts) with every record of the list together, so that the style tells works
 * apart within the list as a reference list would (2012a, 2012b). A passage shares its text's
 * reference, with its pinpoint beside it. Web texts keep "[date accessed]" for the reader to fill.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { formatEntries } from '../citations/format.ts';
import { withAccessedPlaceholder, withAccessedWords } from '../citations/document-citation.ts';
import { toPlainText } from '../content/plain-text.ts';
import { IMPORTANCE_LABELS, type ResolvedSection } from './items.ts';

/** Each record of the list formatted once, by record id, as HTML or plain text. */
export function listReferences(sections: readonly ResolvedSection[], format: 'html' | 'text'): Map<string, string> {
  const records = new Map<string, CslItem>();
  for (const s of sections) for (const i of s.items) records.set(i.record.id, i.record);
  const formatted = formatEntries([...records.values()], 'harvard', format);
  const fill = format === 'html' ? withAccessedPlaceholder : withAccessedWords;
  return new Map([...formatted].map(([id, ref]) => [id, fill(ref)]));
}

export interface HarvardListHeader {
  title: string;
  module: string;
  audience: string;
  author: string;
  /** As a reader reads it: "28 November 2026". */
  revised: string;
  introduction: string;
  url: string;
}

/** The whole list as plain text, for a handout or an e-mail: sections in order, each item's reference, importance, note and links. */
export function harvardListText(header: HarvardListHeader, sections: readonly ResolvedSection[], origin: string): string {
  const refs = listReferences(sections, 'text');
  // Paragraph by paragraph, each on one line: the YAML's line breaks are not the reader's.
  const plain = (md: string) =>
    md
      .split(/\n\s*\n/)
      .map((p) => toPlainText(p, 'markdown').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  const out = [
    header.title,
    `${header.module}. For ${header.audience}.`,
    `Compiled by ${header.author}; revised ${header.revised}.`,
    header.url,
    '',
    plain(header.introduction),
    '',
    'References in Harvard (Cite Them Right). Web pages give "[date accessed]": write the day you read it.',
  ];
  sections.forEach((section, s) => {
    out.push('', '', `${s + 1}. ${section.title}`);
    if (section.introduction) out.push('', plain(section.introduction));
    section.items.forEach((item, i) => {
      const ref = refs.get(item.record.id);
      if (!ref) throw new Error(`Harvard list: no reference for ${item.id}`);
      out.push('', `${s + 1}.${i + 1} [${IMPORTANCE_LABELS[item.importance]}] ${ref}${item.passage ? ` Read ${item.passage.pinpoint}.` : ''}`);
      if (item.note) out.push(`    ${plain(item.note).replace(/\n+/g, ' ')}`);
      out.push(`    Read here: ${origin}${item.href}${item.external ? `; ${item.external.label}: ${item.external.href}` : ''}`);
    });
  });
  return `${out.join('\n')}\n`;
}
