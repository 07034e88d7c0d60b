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
import { inTextIdentity } from './confusable.ts';
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
   * authors apart ("(H. Clarke, n.d., para. {n})", APA 7 §8.20). `works` names the others
   * (the first few, then how many more: "… or 12 other texts").
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
  return fill(formatInText(list, style, { label: 'paragraph', value }).get(item.id), item, style, sentinel);
}

/** The forms with {@link PINPOINT} where the style wrote the sentinel locator. */
function fill(forms: { parenthetical: string; narrative: string } | undefined, item: CslItem, style: StyleName, sentinel: RegExp): InTextTemplates {
  if (!forms) throw new Error(`passage-citation: no in-text citation for ${item.id} in ${style}`);
  const pin = (s: string) => {
    if (!sentinel.test(s)) throw new Error(`passage-citation: the ${style} style dropped the paragraph pinpoint for ${item.id}: ${s}`);
    return s.replace(sentinel, PINPOINT);
  };
  return { parenthetical: pin(forms.parenthetical), narrative: pin(forms.narrative) };
}

/** The surname that makes two texts namesakes: their first authors' (undefined for an organisation or none). */
export const firstFamily = (item: CslItem): string | undefined => item.author?.[0]?.family?.toLowerCase();

/**
 * Texts alike in all an in-text citation can show (a thousand essays by one student, say;
 * confusable.ts) change a namesake's citation alike, so the question is asked of one of them.
 * Each distinct identity gets a number, so that comparing is cheap in a group of thousands.
 */
const identityNumbers = new Map<string, number>();
const identities = new WeakMap<CslItem, number>();
function citationSignature(item: CslItem): number {
  let n = identities.get(item);
  if (n === undefined) {
    const identity = inTextIdentity(item);
    n = identityNumbers.get(identity);
    if (n === undefined) identityNumbers.set(identity, (n = identityNumbers.size));
    identities.set(item, n);
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

/**
 * How many namesakes a note names before it counts the rest: the reader needs to recognise
 * the texts in their own list, and a corpus may hold hundreds by one author in one year.
 */
export const NAMESAKES_NAMED = 10;

/** The names, or the first of them and how many others: "… or 12 other texts". */
function namedWorks(names: readonly string[]): string[] {
  if (names.length <= NAMESAKES_NAMED) return [...names];
  const rest = names.length - (NAMESAKES_NAMED - 1);
  return [...names.slice(0, NAMESAKES_NAMED - 1), `${rest.toLocaleString('en-GB')} other texts`];
}

const byId = (a: CslItem, b: CslItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Text = { item: CslItem; name: string };

/**
 * The texts of one surname in a list of texts, and how each is cited beside all the others
 * (by style, by id), formatted once for all of them on first use.
 */
interface Namesakes {
  texts: Text[];
  beside: Map<StyleName, Map<string, InTextTemplates>>;
}

/**
 * What a list of texts (the passages.json route gives every text of one surname the same
 * list) has been grouped into, so that a group of thousands is grouped and formatted once,
 * not once per member.
 */
const surnamesOf = new WeakMap<readonly Text[], Map<string, Namesakes>>();

function sameSurname(texts: readonly Text[], family: string): Namesakes | undefined {
  let bySurname = surnamesOf.get(texts);
  if (!bySurname) {
    bySurname = new Map();
    for (const text of texts) {
      const f = firstFamily(text.item);
      if (f === undefined) continue;
      const group = bySurname.get(f);
      if (group) group.texts.push(text);
      else bySurname.set(f, { texts: [text], beside: new Map() });
    }
    surnamesOf.set(texts, bySurname);
  }
  return bySurname.get(family);
}

/** Each text of the group as cited in a list that holds them all (one citeproc run per style). */
function citedTogether(items: readonly CslItem[], style: StyleName): Map<string, InTextTemplates> {
  const list = [...items].sort(byId);
  const forms = formatInText(list, style, { label: 'paragraph', value: SINGLE });
  return new Map(list.map((i) => [i.id, fill(forms.get(i.id), i, style, new RegExp(SINGLE))]));
}

/**
 * The in-text templates of a document in both styles: as the text is cited alone, and, where
 * `others` (the site's other texts, with their short names; the document itself may be among
 * them) hold a first author of the same surname, as cited beside them. Only the namesakes
 * whose presence changes the citation are named (another person of that surname; the same
 * authors in the same year, for 2005a/2005b). All the texts of one surname are formatted
 * together, once for all of them.
 */
export function passageTemplates(item: CslItem, others: readonly Text[] = []): PassageTemplates {
  const family = firstFamily(item);
  const group = family === undefined ? undefined : sameSurname(others, family);
  const namesakes = group ? group.texts.filter((o) => o.item.id !== item.id) : [];
  // The document among `others` (as the route gives it): the group's formatting serves every member.
  const member = group?.texts.some((o) => o.item === item) ?? false;
  const one = (style: StyleName): StyleTemplates => {
    // Alone, one paragraph and a range (one registration of the record), then beside the others.
    const single = templates(item, style, SINGLE, new RegExp(SINGLE));
    const range = templates(item, style, `${RANGE_FROM}–${SINGLE}`, new RegExp(`${RANGE_FROM}\\D{1,3}${SINGLE}`));
    let beside: InTextTemplates | undefined;
    if (group && namesakes.length > 0) {
      if (member) {
        if (!group.beside.has(style))
          group.beside.set(
            style,
            citedTogether(
              group.texts.map((o) => o.item),
              style,
            ),
          );
        beside = group.beside.get(style)!.get(item.id);
      } else beside = citedTogether([item, ...namesakes.map((o) => o.item)], style).get(item.id);
    }
    // The namesakes that change it one at a time (a change only some together make names them
    // all), asked once per kind of text (texts alike in all a citation shows answer alike).
    const works = () => {
      const answers = new Map<number, boolean>();
      const causes = namesakes.filter((o) => {
        const kind = citationSignature(o.item);
        if (!answers.has(kind)) answers.set(kind, changesCitation(item, o.item, style, single));
        return answers.get(kind);
      });
      return namedWorks([...new Set((causes.length ? causes : namesakes).map((o) => o.name))]);
    };
    return {
      label: STYLES[style].label,
      single,
      range,
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
