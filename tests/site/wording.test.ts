/**
 * Glitches of wording that a reader notices and a template hides, searched for on every
 * built page: words run together across an element ("the<a>map</a>", where Astro drops the
 * line break between text and a link on the next line), a count of one with a plural noun
 * ("1 concepts"), and the project's internal names (source file names, the seeds' README,
 * content paths) shown to readers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.html'))
  .map((p) => join(DIST, p));
// What a reader sees: the body without scripts, styles, hidden search metadata or tags.
const visibleText = (html: string) =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const INLINE = 'a|em|strong|span|code|abbr|cite|i|b|time';
const RUN_TOGETHER = new RegExp(`[A-Za-z]{2}<(?:${INLINE})\\b[^>]*>[A-Za-z]{2}|</(?:${INLINE})>[a-z]{2}`, 'g');
const ONE_WITH_PLURAL =
  /\b1 (concepts|mentions|texts|passages|works|items|times|sections|citations|documents|references|thinkers|relations|pages|results|lists|keywords)\b/g;
// A sentence run into the next within one stretch of text ("for Zotero.Download:"). The sources' own
// wording, kept as printed, may do this ("social evils.Bristol"), so "As printed" and quotations are left out.
const SENTENCES_RUN_TOGETHER = /[a-z]{2}[.:;!?][A-Z][a-z]/g;
const ownWording = (html: string) =>
  visibleText(html.replace(/<details class="as-printed">[\s\S]*?<\/details>/g, ' ').replace(/<(blockquote|q)\b[\s\S]*?<\/\1>/g, ' '))
    .replace(/&quot;|&#39;|&lt;|&gt;/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ');

const INTERNAL = /\b\d{3}_[0-9a-f]{16}\.txt\b|seeds README|src\/content\/|\.mdx\b/g;

function findings(pattern: RegExp, textOf: (html: string) => string) {
  return pages.flatMap((file) => [...textOf(readFileSync(file, 'utf8')).matchAll(pattern)].map((m) => `${relative(DIST, file)}: ${m[0]}`));
}

describe('wording on the built pages', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('runs no words together across an element', () => {
    // Only the body's markup: the head holds no reading text.
    expect(findings(RUN_TOGETHER, (html) => html.slice(html.indexOf('<body')).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ''))).toEqual([]);
  });

  it('runs no sentence into the next', () => {
    expect(findings(SENTENCES_RUN_TOGETHER, ownWording)).toEqual([]);
  });

  it('never counts one with a plural noun', () => {
    expect(findings(ONE_WITH_PLURAL, visibleText)).toEqual([]);
  });

  it('shows readers no internal file names or paths', () => {
    // Each source is published at /sources/<file>.txt and linked by its title; its file name is not written out.
    expect(findings(INTERNAL, visibleText)).toEqual([]);
  });
});
