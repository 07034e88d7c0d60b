/**
 * What a reader is told about a work beyond its formatted reference: the values we inferred
 * (`custom.inferences`) and the details the sources leave uncertain (`custom.doubts`), and
 * formatted references stripped of links that are known not to work.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';

export interface ReaderNotes {
  /** Values added that the source does not print, each saying on what grounds. */
  inferences: string[];
  /** Uncertain details, shown as unverified. */
  doubts: string[];
}

export function readerNotes(item: CslItem | undefined): ReaderNotes {
  return {
    inferences: (item?.custom?.inferences ?? []).map((i) => i.note),
    doubts: (item?.custom?.doubts ?? []).map((d) => d.note),
  };
}

const decode = (s: string) => s.replace(/&amp;|&#38;/g, '&');

/**
 * The formatted reference with every link to a DOI or URL flagged `incomplete` replaced by
 * its text: a truncated DOI is shown as printed but is never a live link (it would lead a
 * student to a "DOI not found" page or, worse, to another work).
 */
export function unlinkIncomplete(item: CslItem | undefined, html: string): string {
  const dead = (item?.custom?.doubts ?? []).filter((d) => d.incomplete);
  if (dead.length === 0) return html;
  const doi = dead.some((d) => d.field === 'DOI') ? item?.DOI?.toLowerCase() : undefined;
  const url = dead.some((d) => d.field === 'URL') ? item?.URL : undefined;
  return html.replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (link, href: string, text: string) => {
    const target = decode(href);
    const isDead = (doi !== undefined && target.toLowerCase().endsWith(`/${doi}`)) || (url !== undefined && target === url);
    return isDead ? text : link;
  });
}
