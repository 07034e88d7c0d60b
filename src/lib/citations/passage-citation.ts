/**
 * Citing one passage of a document: the in-text forms with a paragraph pinpoint, as
 * templates the browser fills with a paragraph number, and the one line that tells the
 * reader what the numbers count. Built once per document at build time; the browser gets
 * the templates from a small JSON file (documents/<slug>/passages.json) on first use, so
 * reading pages carry none of it. The rules followed are in docs/citing-passages.md.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { DocumentData } from '../../content/schemas/documents.ts';
import { formatInText } from './format.ts';
import { STYLES, type StyleName } from './styles.ts';

/** Where the paragraph number (or range) goes in a template. */
export const PINPOINT = '{n}';

/**
 * Locators no text reaches: the style formats them like any paragraph number, and the
 * digits are then swapped for {@link PINPOINT}. A range has its own template because the
 * styles change the label for it ("paras" in Cite Them Right, "paras." in APA).
 */
const SINGLE = '999999';
const RANGE_FROM = '999998';

export interface InTextTemplates {
  parenthetical: string;
  narrative: string;
}

export interface StyleTemplates {
  label: string;
  /** One paragraph: "(Hill, Bell and Laredo, 2024, para. {n})". */
  single: InTextTemplates;
  /** A run of paragraphs: "(Hill, Bell and Laredo, 2024, paras {n})", {n} = "12–13". */
  range: InTextTemplates;
  /** Quotation marks: outer, then those for a quotation inside the quotation. */
  quotes: [open: string, close: string, innerOpen: string, innerClose: string];
  /**
   * Where another text of the site shares the author's surname (Holly and Verity Clarke), the
   * forms a reader needs when their reference list holds both: the style then tells the
   * authors apart ("(H. Clarke, n.d., para. {n})", APA 7 §8.20). `works` names the others.
   */
  namesake?: { single: InTextTemplates; works: string[] };
}

export type PassageTemplates = Record<StyleName, StyleTemplates>;

/**
 * The quotation marks of each style's locale (the CSL terms open-quote, close-quote,
 * open-inner-quote, close-inner-quote): en-GB for Cite Them Right, en-US for APA.
 * tests/unit/lib/citations/passage-citation.test.ts checks the en-GB ones against src/csl/locales-en-GB.xml.
 */
export const QUOTE_MARKS: Record<StyleName, StyleTemplates['quotes']> = {
  harvard: ['‘', '’', '“', '”'],
  apa: ['“', '”', '‘', '’'],
};

/** The templates of `item` as cited from a reference list that holds `list` (which includes it). */
function templates(item: CslItem, style: StyleName, value: string, sentinel: RegExp, list: readonly CslItem[] = [item]): InTextTemplates {
  const forms = formatInText(list, style, { label: 'paragraph', value }).get(item.id);
  if (!forms) throw new Error(`passage-citation: no in-text citation for ${item.id} in ${style}`);
  const fill = (s: string) => {
    if (!sentinel.test(s)) throw new Error(`passage-citation: the ${style} style dropped the paragraph pinpoint for ${item.id}: ${s}`);
    return s.replace(sentinel, PINPOINT);
  };
  return { parenthetical: fill(forms.parenthetical), narrative: fill(forms.narrative) };
}

/** The surname that makes two texts namesakes: their first authors' (undefined for an organisation or none). */
export const firstFamily = (item: CslItem): string | undefined => item.author?.[0]?.family?.toLowerCase();

/**
 * What of a record can change how a style cites another text beside it: everything but its
 * key, its address and (when it has an author, so the title is never cited) its title. Texts
 * that differ only in those (a thousand essays by one student, say) change a namesake's
 * citation alike, so the question is asked of one of them. Each distinct signature gets a
 * number, so that comparing is cheap in a group of thousands.
 */
const signatureNumbers = new Map<string, number>();
const signatures = new WeakMap<CslItem, number>();
function citationSignature(item: CslItem): number {
  let n = signatures.get(item);
  if (n === undefined) {
    const { id: _id, URL: _url, title, ...rest } = item;
    const signature = JSON.stringify(item.author?.length ? rest : { ...rest, title });
    n = signatureNumbers.get(signature);
    if (n === undefined) signatureNumbers.set(signature, (n = signatureNumbers.size));
    signatures.set(item, n);
  }
  return n;
}

/** Whether a text beside `item` changes how the style cites `item`, by the two records' signatures. */
const changes = new Map<string, boolean>();
function changesCitation(item: CslItem, other: CslItem, style: StyleName, alone: InTextTemplates): boolean {
  const key = `${style} ${citationSignature(item)} ${citationSignature(other)}`;
  let changed = changes.get(key);
  if (changed === undefined) {
    changed = templates(item, style, SINGLE, new RegExp(SINGLE), [item, other]).parenthetical !== alone.parenthetical;
    changes.set(key, changed);
  }
  return changed;
}

const byId = (a: CslItem, b: CslItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The in-text templates of a document in both styles: as the text is cited alone, and, where
 * `others` (the site's other texts, with their short names; the document itself may be among
 * them) hold a first author of the same surname, as cited beside them. Only the namesakes
 * whose presence changes the citation are named (another person of that surname; the same
 * authors in the same year, for 2005a/2005b). All the texts of one surname are formatted
 * together, once for all of them: each asks for the same group, in the same order, and
 * formatInText keeps what it formatted.
 */
export function passageTemplates(item: CslItem, others: readonly { item: CslItem; name: string }[] = []): PassageTemplates {
  const family = firstFamily(item);
  const namesakes = family === undefined ? [] : others.filter((o) => o.item.id !== item.id && firstFamily(o.item) === family);
  const group = [item, ...namesakes.map((o) => o.item)].sort(byId);
  const one = (style: StyleName): StyleTemplates => {
    const single = templates(item, style, SINGLE, new RegExp(SINGLE));
    const beside = namesakes.length ? templates(item, style, SINGLE, new RegExp(SINGLE), group) : undefined;
    // The namesakes that change it one at a time (a change only some together make names them all).
    const works = () => {
      const causes = namesakes.filter((o) => changesCitation(item, o.item, style, single));
      return [...new Set((causes.length ? causes : namesakes).map((o) => o.name))];
    };
    return {
      label: STYLES[style].label,
      single,
      range: templates(item, style, `${RANGE_FROM}–${SINGLE}`, new RegExp(`${RANGE_FROM}\\D{1,3}${SINGLE}`)),
      quotes: QUOTE_MARKS[style],
      ...(beside && beside.parenthetical !== single.parenthetical ? { namesake: { single: beside, works: works() } } : {}),
    };
  };
  return { harvard: one('harvard'), apa: one('apa') };
}

/**
 * The one line under the title that says what the paragraph numbers count, for each kind
 * of document. It has to be true of the text as published here: the numbers count this
 * site's paragraphs (a paragraph split by a page break in the source is one paragraph here).
 */
export function passageNumbersNote(d: DocumentData): string {
  switch (d.type) {
    case 'journal-article':
      return `Paragraph numbers count this text’s paragraphs. The published article’s page numbers${d.pages ? ` (pp. ${d.pages})` : ''} are not marked in the source text, so cite a passage by paragraph.`;
    case 'author-manuscript':
      return d.publishedVersion
        ? 'Paragraph numbers count the paragraphs of this manuscript. The published article’s pages and paragraphs may differ: to cite a page, find the passage in the published version.'
        : 'Paragraph numbers count the paragraphs of this manuscript, which has no page numbers.';
    case 'blog-post':
      return 'Paragraph numbers count the paragraphs of the post as given here; a web post has no page numbers, so cite a passage by paragraph.';
    case 'student-essay':
      return 'Paragraph numbers count the paragraphs of the essay as given here; its text has no page numbers, so cite a passage by paragraph.';
  }
}
