/**
 * A list's introductions and notes, written in Markdown, as HTML: compiled by Sätteri, the
 * compiler the texts go through (astro.config.mjs), with the same features (GFM, and no smart
 * punctuation, which would rewrite the author's quotation marks).
 */
import { markdownToHtml } from 'satteri';

export const listMarkdown = (source: string): string => markdownToHtml(source, { features: { gfm: true, smartPunctuation: false } }).html.trim();
