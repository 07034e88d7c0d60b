/**
 * What a record becomes before citeproc formats it in one style, and what is tidied after.
 * The records keep what the sources print (docs/bibliography-guide.md); the rules here apply
 * the style guides to that data without adding a fact: each is named, with its source, in
 * docs/citation-style-rules.md. Pure functions, shared by `formatEntries` and `formatInText`.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { StyleName } from './styles.ts';

/**
 * A creator recorded as `{ "literal": "et al." }` stands for co-authors (or co-editors) the
 * source hides behind a printed "et al.": known names first, the marker last.
 */
const ET_AL_LITERAL = /^et al\.?$/i;
const NAME_VARIABLES = ['author', 'editor'] as const;

type CslName = NonNullable<CslItem['author']>[number];
const isEtAlMarker = (name: CslName) => typeof name.literal === 'string' && ET_AL_LITERAL.test(name.literal.trim());

/** True when the record says its author or editor list ends in a printed "et al.". */
export function hasPrintedEtAl(item: CslItem): boolean {
  return NAME_VARIABLES.some((v) => item[v]?.some(isEtAlMarker) ?? false);
}

/**
 * Throws on a marker that cannot mean "and others": alone (no known name) or not last.
 * Formatting such a list would print an "et al." that hides the whole list or sits mid-list.
 */
function checkEtAl(item: CslItem): void {
  for (const v of NAME_VARIABLES) {
    const names = item[v];
    if (!names) continue;
    names.forEach((n, i) => {
      if (!isEtAlMarker(n)) return;
      if (i !== names.length - 1 || names.length === 1)
        throw new Error(`${item.id}: ${v}[${i}] is "et al.": it must follow at least one named ${v} and come last`);
    });
  }
}

/**
 * APA sentence case, as far as it can be applied without knowing which words are proper
 * nouns: the first word of a title and the first word after a colon, question mark,
 * exclamation mark or em dash get a capital (APA 7 §6.17). Everything else stays as recorded,
 * so proper nouns are never lowered. A word already holding a capital ("eHealth", "#SocialWork")
 * is left alone.
 */
export function capitaliseTitleStarts(title: string): string {
  return title.replace(
    /(^|[:?!]["'”’)]*\s+|\s*—\s*)(["'“‘([]*)(\p{Ll})([\p{L}\p{M}’'-]*)/gu,
    (whole, lead: string, open: string, first: string, rest: string) => (/\p{Lu}/u.test(rest) ? whole : `${lead}${open}${first.toUpperCase()}${rest}`),
  );
}

const ORDINAL_EDITION = /^(\d+)(?:st|nd|rd|th)?\.?(?:\s+(?:edn|ed|edition)\.?)?$/i;
const FIRST_EDITION = /^(?:first|1st|1)(?:\s+(?:edn|ed|edition)\.?)?$/i;
const EDITION_WORD = /\s*\b(?:edn|ed|edition)\.?$/i;

/**
 * The edition as the style wants it. Both guides leave out a first edition (Cite Them Right:
 * include the edition only if it is not the first; APA 7 §10.2 shows an edition only when the
 * work says it is a later one). A numbered edition goes to citeproc as a number, which each
 * style writes with its own term ("2nd edn" / "(2nd ed.)"); a named edition keeps its words
 * with the style's abbreviation: Cite Them Right "Updated edn", APA "(Updated ed.)".
 */
export function editionForStyle(edition: string | number | undefined, style: StyleName): string | undefined {
  if (edition === undefined) return undefined;
  const text = String(edition).trim();
  if (FIRST_EDITION.test(text)) return undefined;
  const ordinal = ORDINAL_EDITION.exec(text);
  if (ordinal) return ordinal[1];
  const words = text.replace(EDITION_WORD, '').trim();
  if (!words) return undefined;
  return `${words} ${style === 'apa' ? 'ed.' : 'edn'}`;
}

/** Fields citeproc expects as strings: a number there crashes its sorting ("num.match"). */
const NUMBER_FIELDS = ['volume', 'issue', 'page', 'number', 'collection-number'] as const;

/** CSL types whose container is a book, whose title APA writes in sentence case too. */
const BOOK_CONTAINER_TYPES = new Set(['chapter', 'paper-conference', 'entry', 'entry-dictionary', 'entry-encyclopedia']);

/**
 * The record as citeproc should see it in one style: our notes (`custom`) left out, the key
 * as `citation-key`, numbers as strings, the edition in the style's words, and for APA the
 * reviewed sentence-case title where the record has one, with the capitals sentence case
 * requires at the start of titles and subtitles.
 */
export function cslForStyle(item: CslItem, style: StyleName): Record<string, unknown> {
  checkEtAl(item);
  const { custom: _custom, ...csl } = item;
  const out: Record<string, unknown> = { ...csl, 'citation-key': item.id };
  for (const field of NUMBER_FIELDS) if (typeof out[field] === 'number') out[field] = String(out[field]);
  const edition = editionForStyle(item.edition, style);
  if (edition === undefined) delete out.edition;
  else out.edition = edition;
  // Sentence case is a rule for English titles; other languages keep their own conventions.
  const english = !item.language || /^en\b/i.test(item.language);
  if (style === 'apa' && english) {
    // A reviewed sentence-case title (custom.sentenceCaseTitle) lowers what capitaliseTitleStarts cannot.
    const title = item.custom?.sentenceCaseTitle ?? item.title;
    if (title) out.title = capitaliseTitleStarts(title);
    // The same for the book a chapter is in (custom.sentenceCaseContainerTitle); journals keep title case.
    const book = item.custom?.sentenceCaseContainerTitle ?? item['container-title'];
    if (book && BOOK_CONTAINER_TYPES.has(item.type)) out['container-title'] = capitaliseTitleStarts(book);
  }
  for (const v of NAME_VARIABLES) {
    const names = out[v] as CslName[] | undefined;
    if (names?.some(isEtAlMarker)) out[v] = names.map((n) => (isEtAlMarker(n) ? { literal: 'et al.' } : n));
  }
  return out;
}

/**
 * APA puts a comma before the "&" of every author list in the reference list, two names
 * included ("Hill, D., & Laredo, E."; APA 7 §9.8). citeproc drops it when the last name is an
 * organisation or other literal name ("Smith, J. & ATD Fourth World"), because it joins such
 * names without the name element's delimiter-precedes-last. Only the author part (before the
 * date's parenthesis) is touched, and only after an initial, where the name is inverted.
 */
export function apaCommaBeforeLastAuthor(entry: string): string {
  const date = entry.indexOf(' (');
  if (date < 0) return entry;
  const authors = entry.slice(0, date).replace(/\. (&#38;|&amp;|&) /, '., $1 ');
  return authors + entry.slice(date);
}

/**
 * citeproc joins the "et al." marker like a last name ("Fraser, H. and et al.", "Fraser, H., &
 * et al."); both guides write it straight after the names it follows. Cite Them Right:
 * "Fraser, H. et al." (italic in HTML, as the style sets its own et al.). APA: "Fraser et al."
 * in text and "Fraser, H., et al." in the reference list, where the comma after an inverted
 * name stays (run apaCommaBeforeLastAuthor first).
 */
export function joinPrintedEtAl(formatted: string, style: StyleName, format: 'html' | 'text'): string {
  const conjunction = format === 'html' ? '(?:and|&#38;|&amp;|&)' : '(?:and|&)';
  const pattern = new RegExp(`(,?) ${conjunction} et al\\.`, 'g');
  if (style === 'harvard') return formatted.replace(pattern, format === 'html' ? ' <i>et al.</i>' : ' et al.');
  return formatted.replace(pattern, '$1 et al.');
}
