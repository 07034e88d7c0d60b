/**
 * Pure helpers of "Cite this passage" (no DOM): the in-text citation for a paragraph or a
 * run of paragraphs from the build-time templates, and a quotation with its citation,
 * ready to paste. The rules are in docs/citing-passages.md.
 */
import type { PassageTemplates, StyleTemplates } from '../../lib/citations/passage-citation.ts';
import type { StyleName } from '../../lib/citations/styles.ts';

export type { PassageTemplates, StyleTemplates };

/** "12", or "12–14" for a run of paragraphs (en dash, as both styles print ranges). */
export function pinpoint(first: number, last = first): string {
  const [a, b] = first <= last ? [first, last] : [last, first];
  return a === b ? String(a) : `${a}–${b}`;
}

export function inText(t: StyleTemplates, first: number, last = first): { parenthetical: string; narrative: string } {
  const forms = first === last ? t.single : t.range;
  const n = pinpoint(first, last);
  return { parenthetical: forms.parenthetical.replace('{n}', n), narrative: forms.narrative.replace('{n}', n) };
}

/** APA 7, section 8.27: a quotation of 40 words or more is a block quotation. */
export const APA_BLOCK_WORDS = 40;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The words as selected, on one line, without quotation marks of their own around them. */
export function normaliseSelection(selected: string): string {
  let s = selected.replace(/\s+/g, ' ').trim();
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ["'", "'"],
    ['‘', '’'],
  ];
  for (const [open, close] of pairs) {
    if (s.length > 1 && s.startsWith(open) && s.endsWith(close) && !s.slice(1, -1).includes(close)) s = s.slice(1, -1).trim();
  }
  return s;
}

/**
 * A quotation run into the student's sentence loses the full stop, comma, colon or
 * semicolon that ends the source's sentence: the student's sentence supplies its own
 * punctuation after the citation. "?" and "!" belong to the quotation and stay.
 */
export const runInQuotation = (s: string): string => s.replace(/[.,;:]+$/, '').trim();

/**
 * Quotation marks inside the quotation become the style's inner marks: double marks in the
 * source become single in APA (APA 7, section 8.33; section 8.30 allows the swap), and in
 * British usage, which Cite Them Right follows, the reverse. An apostrophe (a mark with a letter on both sides) is left alone.
 */
export function nestQuotes(s: string, quotes: StyleTemplates['quotes']): string {
  const [open, , innerOpen, innerClose] = quotes;
  const before = String.raw`(^|[\s(\[—–-])`;
  const after = String.raw`(?=$|[\s.,;:!?)\]—–-])`;
  const pattern = open === '“' ? `${before}["“]([^"”]+)["”]${after}` : `${before}['‘]([^'’]+?)['’]${after}`;
  return s.replace(new RegExp(pattern, 'g'), `$1${innerOpen}$2${innerClose}`);
}

export interface Quotation {
  text: string;
  /** A long quotation, set as a block without quotation marks (APA 7, section 8.27). */
  block: boolean;
}

/**
 * "‘…’ (Hill, Bell and Laredo, 2024, para. 12)" in Cite Them Right, "“…” (Hill et al.,
 * 2024, para. 12)" in APA. An APA quotation of 40 words or more is a block quotation: no
 * quotation marks, and the citation after the quotation's own final punctuation.
 */
export function quoteWithCitation(selected: string, style: StyleName, t: StyleTemplates, first: number, last = first): Quotation | undefined {
  const quoted = normaliseSelection(selected);
  if (!runInQuotation(quoted)) return undefined;
  const cite = inText(t, first, last).parenthetical;
  if (style === 'apa' && words(quoted) >= APA_BLOCK_WORDS) return { text: `${quoted} ${cite}`, block: true };
  const [open, close] = t.quotes;
  return { text: `${open}${nestQuotes(runInQuotation(quoted), t.quotes)}${close} ${cite}`, block: false };
}
