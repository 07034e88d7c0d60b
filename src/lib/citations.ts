/**
 * Citation formatting and export, through citation-js with the official CSL styles
 * (Cite Them Right Harvard, APA 7th) and the en-GB locale kept in `src/csl/`. Runs at build
 * time only; no citation library ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../content/bibliography-schema.ts';

/**
 * Cite Them Right is a British style and needs the en-GB locale (without it, American
 * punctuation and dates creep in). APA is American: its manual prescribes "(Eds.)" and
 * "Retrieved Month D, YYYY", which the en-US locale gives.
 */
export const STYLES = {
  harvard: { id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)', lang: 'en-GB' },
  apa: { id: 'apa', label: 'APA 7th edition', lang: 'en-US' },
} as const;
export type StyleName = keyof typeof STYLES;

const CSL_DIR = join(process.cwd(), 'src', 'csl');
let registered = false;

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
export function toCslData(item: CslItem): Record<string, unknown> {
  const { custom: _custom, ...csl } = item;
  return { ...csl, 'citation-key': item.id };
}

function cite(items: readonly CslItem[]): InstanceType<typeof Cite> {
  ensureStyles();
  return new Cite(items.map(toCslData));
}

/**
 * Formatted bibliography entries by id. All items are formatted together so that the
 * style can disambiguate (2012a, 2012b); callers order the entries as they need.
 */
export function formatEntries(items: readonly CslItem[], style: StyleName, format: 'html' | 'text' = 'html'): Map<string, string> {
  if (items.length === 0) return new Map();
  const entries = cite(items).format('bibliography', {
    format,
    template: STYLES[style].id,
    lang: STYLES[style].lang,
    asEntryArray: true,
    hyperlinks: format === 'html',
  }) as unknown as [string, string][];
  return new Map(entries.map(([id, html]) => [id, format === 'html' ? unwrapEntry(html) : html.trim()]));
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
export interface InTextForms {
  parenthetical: string;
  narrative: string;
}

/** A pinpoint inside a work: a paragraph or a page, as CSL locators. */
export interface Locator {
  label: 'paragraph' | 'page';
  value: string;
}

interface CiteprocEngine {
  setOutputFormat(format: 'html' | 'text'): void;
  updateItems(ids: string[]): void;
  makeCitationCluster(items: Record<string, unknown>[]): string;
}

/**
 * One citeproc engine per style with every given item registered at once, so that the
 * style can tell works apart (2012a, 2012b; a second author where surnames collide) exactly
 * as the bibliography does. citation-js's own `format('citation')` rebuilds its state for
 * each call and registers only the cited item, which loses those suffixes.
 *
 * Building an engine costs most of a second (it compiles the style), so one is kept per
 * style and output format and given each call's items afresh (citeproc reads every listed
 * item again on `updateItems`, and drops the rest; tests/unit/cite-forms.test.ts checks it).
 */
const engines = new Map<string, { engine: CiteprocEngine; items: Map<string, Record<string, unknown>> }>();

function inTextEngine(items: readonly CslItem[], style: StyleName, format: 'html' | 'text'): CiteprocEngine {
  ensureStyles();
  const csl = plugins.config.get('@csl');
  let cached = engines.get(`${style} ${format}`);
  if (!cached) {
    const byId = new Map<string, Record<string, unknown>>();
    const engine = new CSL.Engine(
      {
        retrieveItem: (id: string) => byId.get(id),
        retrieveLocale: (lang: string) => csl.locales.get(lang) ?? csl.locales.get(lang.replace('-', '_')),
      },
      csl.styles.get(STYLES[style].id),
      STYLES[style].lang,
      true,
    ) as CiteprocEngine;
    engine.setOutputFormat(format);
    cached = { engine, items: byId };
    engines.set(`${style} ${format}`, cached);
  }
  cached.items.clear();
  for (const item of items) cached.items.set(item.id, toCslData(item));
  cached.engine.updateItems([...cached.items.keys()]);
  return cached.engine;
}

/**
 * The in-text citations of each item, parenthetical and narrative, in one style, optionally
 * with a pinpoint ("(Hill, Bell and Laredo, 2024, para. 12)", "Hill et al. (2024, para. 12)").
 * The narrative form is the style's author-only output followed by its suppress-author
 * output, which is how both guides build "Author (Year)". APA spells out "and" between
 * authors in running text and keeps "&" inside parentheses (APA 7, section 8.17).
 */
export function formatInText(items: readonly CslItem[], style: StyleName, locator?: Locator, format: 'html' | 'text' = 'text'): Map<string, InTextForms> {
  if (items.length === 0) return new Map();
  const engine = inTextEngine(items, style, format);
  const pin = locator ? { locator: locator.value, label: locator.label } : {};
  const cluster = (item: Record<string, unknown>) => engine.makeCitationCluster([item]);
  const ampersand = format === 'html' ? / &#38; | &amp; / : / & /;
  return new Map(
    items.map((item) => {
      const authors = cluster({ id: item.id, 'author-only': true });
      const narrativeAuthors = style === 'apa' ? authors.replace(ampersand, ' and ') : authors;
      return [
        item.id,
        {
          parenthetical: cluster({ id: item.id, ...pin }),
          narrative: `${narrativeAuthors} ${cluster({ id: item.id, 'suppress-author': true, ...pin })}`,
        },
      ];
    }),
  );
}

export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items.map(toCslData), null, 2)}\n`;
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
 * BibTeX through citation-js's object output, serialised here so that non-Latin text is
 * kept (its ASCII mode deletes it) and `& % $ # _` are escaped outside URL fields.
 */
/** "2026-11-23" from a CSL date with year, month and day; undefined for anything less. */
function isoDate(date: CslItem['issued']): string | undefined {
  const parts = date && 'date-parts' in date ? date['date-parts']?.[0] : undefined;
  if (!parts || parts.length < 3) return undefined;
  const [y, m, d] = parts.map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toBibtex(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  const config = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } };
  const ascii = config.format.asciiOnly;
  config.format.asciiOnly = false;
  let entries: BibtexEntry[];
  try {
    entries = cite(items).format('bibtex', { format: 'object' }) as unknown as BibtexEntry[];
  } finally {
    config.format.asciiOnly = ascii;
  }
  return entries
    .map((e, i) => {
      const fields = Object.entries(e.properties).flatMap(([name, value]) => {
        // citation-js writes a day into the month ("nov 23"), which BibTeX and biber cannot
        // read: the month goes out as BibTeX's macro, the full date as biblatex's `date`.
        const monthDay = name === 'month' ? /^([a-z]{3})\b/.exec(value) : null;
        if (monthDay) {
          const full = isoDate(items[i]?.issued);
          return [`\tmonth = ${monthDay[1]},`, ...(full ? [`\tdate = {${full}},`] : [])];
        }
        const v = VERBATIM_FIELDS.has(name) ? value : value.replace(BIBTEX_SPECIALS, '\\$1');
        return [`\t${name} = {${v}},`];
      });
      return `@${e.type}{${e.label},\n${fields.join('\n')}\n}\n`;
    })
    .join('\n');
}

/**
 * RIS through citation-js's object output, with one line per value: its text output
 * hard-wraps values at 70 characters (mid-URL), which other readers cannot parse.
 */
export function toRis(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  // plugin-ris registers 'ris' at run time; the core's type list does not know it.
  const records = cite(items).format('ris' as 'data', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return records
    .map((record, i) => {
      // plugin-ris 0.8 drops the authors of some types (e.g. newspaper articles, TY NEWS):
      // put them back from the record so that no export loses its authors.
      const item = items[i]!;
      if (!record.AU && !record.A1 && item.author?.length) {
        record.AU = item.author.map((n) => (n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ') + (n.given ? `, ${n.given}` : '')));
      }
      // RIS has a start page and an end page; citation-js writes the range into SP.
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
    })
    .join('\n\n')
    .concat('\n');
}
