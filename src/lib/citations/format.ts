/**
 * Citation formatting and export, through citation-js with the official CSL styles
 * (Cite Them Right Harvard, APA 7th) and the en-GB locale kept in `src/csl/`. Runs at build
 * time only; no citation library ships to the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { unlinkIncomplete } from './editorial-notes.ts';
import { apaCommaBeforeLastAuthor, cslForStyle, joinPrintedEtAl } from './style-data.ts';
import { cslDateToIso, datePartsOf } from './csl-dates.ts';
import { STYLES, type StyleName } from './styles.ts';
import { confusableGroups, confusionKeys, inTextIdentity } from './confusable.ts';

const CSL_DIR = join(process.cwd(), 'src', 'csl');
let registered = false;

/** The style and locale files, as one digest: what a formatted citation depends on besides its record (and the packages). */
export function styleFilesDigest(): string {
  const hash = createHash('sha1');
  for (const file of ['harvard-cite-them-right.csl', 'apa.csl', 'locales-en-GB.xml']) hash.update(readFileSync(join(CSL_DIR, file)));
  return hash.digest('base64url');
}

/** Registers the styles and locale with citation-js once per process. */
function ensureStyles(): void {
  if (registered) return;
  const config = plugins.config.get('@csl');
  config.styles.add(STYLES.harvard.id, readFileSync(join(CSL_DIR, 'harvard-cite-them-right.csl'), 'utf8'));
  config.styles.add(STYLES.apa.id, readFileSync(join(CSL_DIR, 'apa.csl'), 'utf8'));
  config.locales.add('en-GB', readFileSync(join(CSL_DIR, 'locales-en-GB.xml'), 'utf8'));
  registered = true;
}

/**
 * The record as plain CSL-JSON for citation-js and for export: our editorial notes
 * (`custom`) are left out, and the key is carried as `citation-key` so BibTeX and RIS
 * exports use our keys.
 */
function toCslData(item: CslItem): Record<string, unknown> {
  const { custom: _custom, ...csl } = item;
  return { ...csl, 'citation-key': item.id };
}

function cite(items: readonly CslItem[]): InstanceType<typeof Cite> {
  ensureStyles();
  return new Cite(items.map(toCslData));
}

/**
 * Formatted bibliography entries by id, in the order of `items`. Each work comes out as it
 * does when all the items are formatted together, so that the style can disambiguate (2012a,
 * 2012b; initials where surnames collide): citeproc is run once per group of works it could
 * confuse (confusable.ts), and a group's entries are kept for the rest of the build, so a work
 * cited by a thousand reference lists is formatted once per style.
 */
export function formatEntries(items: readonly CslItem[], style: StyleName, format: 'html' | 'text' = 'html'): Map<string, string> {
  return byConfusableGroup(items, style, `entries|${format}`, (group) => formatEntriesTogether(group, style, format));
}

/** What formatEntries gives, from one citeproc run over all the items and without the cache (for the tests). */
export function formatEntriesTogether(items: readonly CslItem[], style: StyleName, format: 'html' | 'text' = 'html'): Map<string, string> {
  if (items.length === 0) return new Map();
  ensureStyles();
  // The engine citation-js formats with is the one inTextEngine registers its records in.
  inTextRegistrations.delete(style);
  // The style's view of each record (citation-style-data.ts), not the export data.
  const entries = new Cite(items.map((item) => cslForStyle(item, style))).format('bibliography', {
    format,
    template: STYLES[style].id,
    lang: STYLES[style].lang,
    asEntryArray: true,
    hyperlinks: format === 'html',
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const endsWithLiteral = (item: CslItem | undefined) => (item?.author?.length ?? 0) > 1 && Boolean(item?.author?.at(-1)?.literal);
  const tidy = (id: string, entry: string) =>
    joinPrintedEtAl(style === 'apa' && endsWithLiteral(byId.get(id)) ? apaCommaBeforeLastAuthor(entry) : entry, style, format);
  // A DOI or URL known to be incomplete stays visible but is not a live link.
  return new Map(entries.map(([id, html]) => [id, format === 'html' ? unlinkIncomplete(byId.get(id), tidy(id, unwrapEntry(html))) : tidy(id, html.trim())]));
}

/**
 * Formatted output of each group of confusable works, for the rest of the build, by what was
 * formatted: the style, the kind of output, and the records themselves (so an edited record,
 * in `astro dev`, is formatted again). Each group's results are kept in the group's order.
 */
const formattedGroups = new Map<string, readonly unknown[]>();

/**
 * Runs `format` once per group of works the style could confuse (each group as the style sees
 * its records), reusing what an earlier call formatted for the same group, and gives the
 * results by id in the order of `items`. The groups not formatted yet are formatted in one run:
 * they share no name, so beside each other each comes out as it does alone, and one run of
 * many records costs less than many runs of one. `identity` says what of a group the output
 * depends on (by default all of it).
 */
function byConfusableGroup<T>(
  items: readonly CslItem[],
  style: StyleName,
  kind: string,
  format: (items: CslItem[]) => Map<string, T>,
  identity: (group: readonly CslItem[]) => string = (group) => JSON.stringify(group),
): Map<string, T> {
  if (items.length === 0) return new Map();
  const views = new Map(items.map((item) => [item, cslForStyle(item, style)]));
  const groups = confusableGroups(items, (item) => confusionKeys(views.get(item)!)).map((group) => ({
    group,
    key: groupKey(style, kind, identity(group)),
  }));
  const missing = groups.filter(({ key }) => !formattedGroups.has(key));
  if (missing.length > 0) {
    const done = format(missing.flatMap(({ group }) => group));
    for (const { group, key } of missing)
      formattedGroups.set(
        key,
        group.map((item) => done.get(item.id)),
      );
  }
  const results = new Map<string, T>();
  for (const { group, key } of groups) {
    const values = formattedGroups.get(key)!;
    group.forEach((item, i) => {
      if (values[i] !== undefined) results.set(item.id, values[i] as T);
    });
  }
  return new Map(items.flatMap((item) => (results.has(item.id) ? [[item.id, results.get(item.id)!] as const] : [])));
}

/** Where formattedGroups keeps a group's output: the style, the kind of output and what of the group it depends on. */
const groupKey = (style: StyleName, kind: string, identity: string): string => createHash('sha1').update(`${style}|${kind}|${identity}`).digest('base64');

/**
 * Formats each item's entry as it comes out alone, as `formatEntries([item])` gives it and
 * keeps it, for items that pages will ask for one at a time (each text's own reference, on
 * its page). A citeproc run costs much more than a record in it, so the items are formatted
 * in as few runs as their names allow: each run holds items that share no name or title a
 * style could confuse (confusable.ts), so that beside each other each comes out as it does
 * alone, as formatEntries already relies on for the groups it formats in one run.
 */
export function formatEachAlone(items: readonly CslItem[], style: StyleName, format: 'html' | 'text' = 'html'): void {
  const kind = `entries|${format}`;
  const runs: { items: CslItem[]; keys: string[]; names: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = groupKey(style, kind, JSON.stringify([item]));
    if (formattedGroups.has(key) || seen.has(key)) continue;
    seen.add(key);
    const names = confusionKeys(cslForStyle(item, style));
    let run = runs.find((r) => !names.some((n) => r.names.has(n)) && !r.items.some((other) => other.id === item.id));
    if (!run) runs.push((run = { items: [], keys: [], names: new Set() }));
    run.items.push(item);
    run.keys.push(key);
    for (const n of names) run.names.add(n);
  }
  for (const run of runs) {
    const done = formatEntriesTogether(run.items, style, format);
    run.items.forEach((item, i) => formattedGroups.set(run.keys[i]!, [done.get(item.id)]));
  }
}

/** citeproc wraps each entry in `<div class="csl-entry">`; we render our own element. */
function unwrapEntry(html: string): string {
  return html
    .trim()
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .trim();
}

/** One formatted reference (a document or concept citing itself), in the given style. */
export function formatReference(item: CslItem, style: StyleName, format: 'html' | 'text' = 'text'): string {
  return formatEntries([item], style, format).get(item.id) ?? '';
}

/** A work's two in-text forms in one style: "(Lipsky, 2010)" and "Lipsky (2010)". */
interface InTextForms {
  parenthetical: string;
  narrative: string;
}

/** A pinpoint inside a work: a paragraph or a page, as CSL locators. */
interface Locator {
  label: 'paragraph' | 'page';
  value: string;
}

interface CiteprocEngine {
  setOutputFormat(format: 'html' | 'text'): void;
  updateItems(ids: string[]): void;
  makeCitationCluster(items: Record<string, unknown>[]): string;
}

/**
 * The style's engine as inTextEngine last left it, with what it registered (the records as
 * the style sees them, in order); any other use of the engine (formatEntriesTogether) drops it.
 */
const inTextRegistrations = new Map<StyleName, { engine: CiteprocEngine; registration: string }>();

/**
 * The style's citeproc engine with every given item registered at once, so that the
 * style can tell works apart (2012a, 2012b; a second author where surnames collide) exactly
 * as the bibliography does. citation-js's own `format('citation')` rebuilds its state for
 * each call and registers only the cited item, which loses those suffixes. The engine is
 * citation-js's own for the style (its registry emptied, then these items registered): an
 * engine takes a second to build and, for APA's 2,000 lines, about 90 MB, so the build keeps
 * one per style for references and in-text citations alike.
 */
function inTextEngine(items: readonly CslItem[], style: StyleName, format: 'html' | 'text'): CiteprocEngine {
  ensureStyles();
  const views = items.map((item) => cslForStyle(item, style));
  // Registering is most of the cost of a few citations: the same records, as a document's
  // templates for one paragraph and for a range ask for, are registered once.
  const registration = JSON.stringify(views);
  const last = inTextRegistrations.get(style);
  if (last?.registration === registration) {
    last.engine.setOutputFormat(format);
    return last.engine;
  }
  const prepare = plugins.config.get('@csl').engine;
  const engine = prepare(views as Parameters<typeof prepare>[0], STYLES[style].id, STYLES[style].lang, format) as CiteprocEngine;
  engine.updateItems(views.map((v) => String(v.id)));
  inTextRegistrations.set(style, { engine, registration });
  return engine;
}

/**
 * The in-text citations of each item, parenthetical and narrative, in one style, optionally
 * with a pinpoint ("(Hill, Bell and Laredo, 2024, para. 12)", "Hill et al. (2024, para. 12)").
 * The narrative form is the style's author-only output followed by its suppress-author
 * output, which is how both guides build "Author (Year)". APA spells out "and" between
 * authors in running text and keeps "&" inside parentheses (APA 7, section 8.17). Like
 * formatEntries, each item comes out as it does beside all the others, from one citeproc run
 * per group of works the style could confuse, kept for the rest of the build.
 */
export function formatInText(items: readonly CslItem[], style: StyleName, locator?: Locator, format: 'html' | 'text' = 'text'): Map<string, InTextForms> {
  const pinpoint = locator ? `${locator.label} ${locator.value}` : '';
  // A work alone is cited the same whatever its key, address or (when it has an author) title.
  const identity = (group: readonly CslItem[]) => (group.length === 1 ? inTextIdentity(group[0]!) : JSON.stringify(group));
  return byConfusableGroup(items, style, `in-text|${format}|${pinpoint}`, (group) => formatInTextTogether(group, style, locator, format), identity);
}

/** What formatInText gives, from one citeproc registry of all the items and without the cache (for the tests). */
export function formatInTextTogether(
  items: readonly CslItem[],
  style: StyleName,
  locator?: Locator,
  format: 'html' | 'text' = 'text',
): Map<string, InTextForms> {
  if (items.length === 0) return new Map();
  const engine = inTextEngine(items, style, format);
  const pin = locator ? { locator: locator.value, label: locator.label } : {};
  const cluster = (item: Record<string, unknown>) => joinPrintedEtAl(engine.makeCitationCluster([item]), style, format);
  const ampersand = format === 'html' ? / &#38; | &amp; / : / & /;
  return new Map(
    items.map((item) => {
      const parenthetical = cluster({ id: item.id, ...pin });
      const dateAndPin = cluster({ id: item.id, 'suppress-author': true, ...pin });
      const authors = isNameless(item) ? leadOf(parenthetical, dateAndPin) : cluster({ id: item.id, 'author-only': true });
      const narrativeAuthors = style === 'apa' ? authors.replace(ampersand, ' and ') : authors;
      return [item.id, { parenthetical, narrative: `${narrativeAuthors} ${dateAndPin}` }];
    }),
  );
}

/** A work cited by its title: no author, editor or translator for the style to name. */
function isNameless(item: CslItem): boolean {
  return !item.author?.length && !item.editor?.length && !item.translator?.length;
}

/**
 * What stands before the date in a parenthetical citation: "(‘Title’, no date)" less
 * "(no date)" is "‘Title’". citeproc's author-only mode drops the quotation marks round a
 * title that stands in for the author, which both guides keep in running text (Cite Them
 * Right: ‘Title’ (Year); APA 7 §8.14: “Title” (Year)); APA's comma inside the closing quote
 * goes with the date it separated.
 */
function leadOf(parenthetical: string, dateAndPin: string): string {
  const inner = parenthetical.replace(/^\(|\)$/g, '');
  const date = dateAndPin.replace(/^\(|\)$/g, '');
  const lead = inner.endsWith(date) ? inner.slice(0, inner.length - date.length) : inner;
  return lead
    .replace(/,(\s*)$/, '$1')
    .replace(/,([”’])\s*$/, '$1')
    .trim();
}

/**
 * Lines for Zotero's "Extra" field, in its convention of one `csl-variable: value` per line,
 * for what a Zotero item has no field of its own for. Zotero keeps them and cites with them
 * (its citeproc reads Extra), so a classic work imported from an export is still cited with
 * its original date. Today that is only the original date.
 */
export function zoteroExtraLines(item: CslItem): string[] {
  const original = cslDateToIso(item['original-date']);
  return original ? [`original-date: ${original}`] : [];
}

/**
 * Each record's export entry, kept for the build: a work is exported in every reference list
 * that holds it (the lists' .bib and .ris downloads), and an entry depends on its record only.
 */
const exported = new Map<string, string>();
function exportOf(item: CslItem, format: 'bibtex' | 'ris', make: () => string): string {
  const key = `${format}\0${JSON.stringify(item)}`;
  let entry = exported.get(key);
  if (entry === undefined) exported.set(key, (entry = make()));
  return entry;
}

/** CSL-JSON, with the Extra lines in `note` (Zotero reads a CSL `note` into Extra). */
export function toCslJson(items: readonly CslItem[]): string {
  const data = items.map((item) => {
    const csl = toCslData(item);
    const extra = zoteroExtraLines(item);
    return extra.length ? { ...csl, note: [csl.note, ...extra].filter(Boolean).join('\n') } : csl;
  });
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** BibTeX special characters that citation-js leaves unescaped when asciiOnly is off. */
const BIBTEX_SPECIALS = /(?<!\\)([&%$#_])/g;
const VERBATIM_FIELDS = new Set(['url', 'doi', 'howpublished']);

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/**
 * biblatex's `entrysubtype` of @article says what kind of periodical it is; Zotero's importer
 * does not read it (every @article becomes a journal article) but biber and biblatex styles do.
 */
const ARTICLE_SUBTYPES: Partial<Record<CslItem['type'], string>> = { 'article-newspaper': 'newspaper', 'article-magazine': 'magazine' };

/**
 * biblatex (the BibTeX dialect of biber, and the one Zotero's importer reads most fully)
 * through citation-js's object output, serialised here so that non-Latin text is kept (its
 * ASCII mode deletes it), `& % $ # _` are escaped outside URL fields and nothing is
 * hard-wrapped. biblatex rather than classic BibTeX so that nothing is lost on import:
 * access dates go out as `urldate` (classic BibTeX has none, so citation-js also writes
 * them as a note, which Zotero imports as a separate note: that note is left out), web
 * pages and blog posts as `@online`, full dates as `date` (classic `month` cannot hold a
 * day), places as `location`, publishing bodies of reports and theses as `institution`.
 * The kind of thesis or report (CSL `genre`) goes out as biblatex's `type`.
 */
export function toBibtex(items: readonly CslItem[]): string {
  return items.map((item) => exportOf(item, 'bibtex', () => bibtexEntries([item])[0]!)).join('\n');
}

/** Each item's biblatex entry (ending in a line break), in order. */
function bibtexEntries(items: readonly CslItem[]): string[] {
  if (items.length === 0) return [];
  const config = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; checkLabel: boolean } };
  const { asciiOnly, checkLabel } = config.format;
  config.format.asciiOnly = false;
  // Our keys ([a-z0-9-]) are valid BibTeX keys; citation-js's check rejects the hyphen and
  // would make up a key ("PittWorking") that differs from the RIS and CSL-JSON ids.
  config.format.checkLabel = false;
  let entries: BibtexEntry[];
  try {
    entries = cite(items).format('biblatex', { format: 'object' }) as unknown as BibtexEntry[];
  } finally {
    Object.assign(config.format, { asciiOnly, checkLabel });
  }
  return entries.map((e, i) => {
    const item = items[i]!;
    const { note, entrysubtype, ...props } = e.properties;
    // citation-js's "[Online; accessed …]" repeats `urldate`; any other note is kept.
    if (note && !/^\[Online; accessed [^\]]*\]$/.test(note)) props.note = note;
    // citation-js writes CSL `genre` as entrysubtype, which biblatex reserves for the kind
    // of periodical (and Zotero ignores); biblatex's `type` is the kind of thesis or report.
    if (entrysubtype && !props.type) props.type = entrysubtype;
    const subtype = ARTICLE_SUBTYPES[item.type];
    if (subtype && e.type === 'article') props.entrysubtype = subtype;
    // biblatex's field for the first publication of a later edition (Zotero's importer does
    // not read it: a named limitation in the export test; RIS and CSL-JSON carry it to Zotero).
    const original = zoteroExtraLines(item)[0];
    if (original) props.origdate = original.replace(/^original-date: /, '');
    const fields = Object.entries(props).map(([name, value]) => {
      const v = VERBATIM_FIELDS.has(name) ? value : value.replace(BIBTEX_SPECIALS, '\\$1');
      return `\t${name} = {${v.replace(/\s*\n\s*/g, ' ')}},`;
    });
    return `@${e.type}{${e.label},\n${fields.join('\n')}\n}\n`;
  });
}

/** A CSL date as RIS writes it, "2020/01/28/" (year, month and day as far as known); undefined without a year. */
function risDate(date: CslItem['issued']): string | undefined {
  const parts = datePartsOf(date);
  if (!parts) return undefined;
  const [y, m, d] = parts.map((n) => String(n).padStart(2, '0'));
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

/**
 * RIS through citation-js's object output, with one line per value (its text output
 * hard-wraps values at 70 characters, mid-URL, which other readers cannot parse), and with
 * what citation-js 0.8 loses or misplaces put right from the record:
 * - the access date always as `Y2` (citation-js writes it as `M1` for web pages and as `VL`,
 *   the volume, for blog posts);
 * - the full date as `DA` where it writes only the year (newspaper articles);
 * - the website of a web page as `T2` (it leaves it out);
 * - an original date as `M2`, which Zotero reads into Extra;
 * - the authors of the types it drops them for (newspaper articles);
 * - page ranges as start page `SP` and end page `EP`.
 */
export function toRis(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  return `${items.map((item) => exportOf(item, 'ris', () => risRecords([item])[0]!)).join('\n\n')}\n`;
}

/** Each item's RIS record (without a final line break), in order. */
function risRecords(items: readonly CslItem[]): string[] {
  // plugin-ris registers 'ris' at run time; the core's type list does not know it.
  const records = cite(items).format('ris' as 'data', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return records.map((record, i) => {
    const item = items[i]!;
    if (!record.AU && !record.A1 && item.author?.length) {
      record.AU = item.author.map((n) => n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ') + (n.given ? `, ${n.given}` : ''));
    }
    const accessed = datePartsOf(item.accessed);
    if (accessed) {
      const written = `${accessed.join('/')}/`;
      for (const tag of ['M1', 'VL', 'Y2'])
        if (typeof record[tag] === 'string' && record[tag].replace(/\/+$/, '') === written.replace(/\/+$/, '')) delete record[tag];
      record.Y2 = risDate(item.accessed)!;
    }
    const issued = risDate(item.issued);
    if (issued && !record.DA) record.DA = issued;
    if (!record.T2 && item['container-title']) record.T2 = item['container-title'];
    // RIS has no field for an original date: M2 is read into Zotero's Extra.
    const extra = zoteroExtraLines(item);
    if (extra.length && !record.M2) record.M2 = extra.join(' ');
    const range = typeof record.SP === 'string' ? /^(\S+?)\s*[–-]+\s*(\S+)$/.exec(record.SP) : null;
    if (range && !record.EP) {
      record.SP = range[1]!;
      record.EP = range[2]!;
    }
    const { TY, ER: _er, ...rest } = record;
    const lines = [`TY  - ${String(TY)}`];
    for (const [tag, value] of Object.entries(rest)) {
      for (const v of Array.isArray(value) ? value : [value]) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push('ER  - ');
    // LF line ends: read by Zotero, EndNote and Mendeley, and by parsers that reject CRLF.
    return lines.join('\n');
  });
}
