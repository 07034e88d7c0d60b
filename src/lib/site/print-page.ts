/**
 * The running head and foot of a printed page: the page's title, its address and its date, in
 * the margins of every printed page (CSS @page margin boxes, which Chromium prints since
 * version 131). Margin boxes cannot read the page (Chromium has no string-set or running
 * elements), so each page carries its own few declarations, written here; the margins and the
 * page numbers, the same for every page, are in the global stylesheet (src/styles/global.css).
 */

export interface RunningHead {
  /** What the page is, shortened to fit the top margin. */
  title: string;
  /** The page's address, in full. */
  address: string;
  /** The date a reader should see on the handout ("Revised 28 November 2026", "Published 2024"). */
  date: string;
}

/** The longest title the top margin holds on one line at its type size, on A4 and Letter. */
export const RUNNING_TITLE_MAX = 90;

/** A CSS string literal: quotes, backslashes and line breaks escaped, and "<" so that the text can never close its <style> element. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}

/** A title cut at a word to fit the top margin, with an ellipsis when cut. */
export function runningTitle(title: string, max = RUNNING_TITLE_MAX): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * The @page declarations of one page's running head and foot. They come before the global
 * stylesheet in the page (Astro puts its styles last in <head>), whose defaults they override,
 * hence !important.
 */
export function printPageCss(head: RunningHead): string {
  return [
    '@page{',
    `@top-left{content:${cssString(runningTitle(head.title))} !important}`,
    `@top-right{content:${cssString(`Solidarity Atlas · ${head.date}`)} !important}`,
    `@bottom-left{content:${cssString(head.address)} !important}`,
    '}',
  ].join('');
}
