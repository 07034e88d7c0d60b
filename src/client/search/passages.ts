/**
 * Where in a page a hit is: Pagefind gives the word positions of the matches (`locations`)
 * and every element with an id (`anchors`: paragraphs p-N, headings, bibliography works),
 * each with the position of its first word. A hit belongs to the block anchor with the
 * greatest position at or before it; paragraphs (p-N) win ties, and inline anchors (a
 * citation link inside a paragraph) never count, so a hit links to its paragraph:
 * /documents/<slug>/#p-12, or a section of a work’s page: /bibliography/<key>/#reference.
 *
 * The excerpt of each passage is cut from the page text around its best hit, kept inside
 * the passage, HTML-escaped, with the hits wrapped in <mark> as Pagefind does.
 *
 * Pure functions: unit-tested in tests/unit/client/search/passages.test.ts.
 */

import { passageLabel } from '../../lib/documents/passage-label';

export interface Anchor {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** Elements whose id marks a spot inside a passage, not a passage. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

export const isParagraph = (a: Anchor): boolean => /^p-\d+$/.test(a.id);
export const isHeading = (a: Anchor): boolean => /^h[1-6]$/i.test(a.element);

/** Block anchors in page order (paragraphs before other anchors at the same position). */
export function blockAnchors(anchors: readonly Anchor[]): Anchor[] {
  return anchors
    .filter((a) => a.id && !INLINE.has(a.element.toLowerCase()))
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.location - y.a.location || Number(isParagraph(x.a)) - Number(isParagraph(y.a)) || x.i - y.i)
    .map((x) => x.a);
}

/**
 * The block anchor holding the word at `location`: the greatest position ≤ location;
 * among anchors at that same position, a p-N paragraph. `blocks` must come from
 * blockAnchors (sorted, paragraphs last at equal positions). Undefined before the first.
 */
export function anchorAt(location: number, blocks: readonly Anchor[]): Anchor | undefined {
  let found: Anchor | undefined;
  for (const b of blocks) {
    if (b.location > location) break;
    found = b;
  }
  return found;
}

/** The heading a block sits under (itself when it is a heading). */
export function headingFor(block: Anchor, blocks: readonly Anchor[]): Anchor | undefined {
  let found: Anchor | undefined;
  for (const b of blocks) {
    if (b.location > block.location) break;
    if (isHeading(b)) found = b;
    if (b === block) break;
  }
  return found;
}

export interface Passage {
  /** The block holding the hits; undefined for hits before any anchor. */
  anchor: Anchor | undefined;
  /** The heading over it (documents: the section), if any. */
  heading: Anchor | undefined;
  /** Word range of the block in the page text: [start, end). */
  start: number;
  end: number;
  locations: number[];
  /** The hit around which the excerpt is cut (a hit in the text rather than in a heading's words, when there is one). */
  best: number;
  /** Sum of Pagefind's per-word scores, without the boost for words in headings. */
  score: number;
  /** Hits in running text, not in the words of a heading. */
  textHits: number;
}

const wordsIn = (text: string | undefined): number => (text ?? '').split(/\s+/).filter(Boolean).length;

/** A word as compared for frequency: lower case, letters and digits only. */
export const wordKey = (w: string | undefined): string => (w ?? '').toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * How much of a page word a query word spells out: the shared beginning over the longer
 * of the two, squared (1 for the same word, 0.85 for "organisations" from "organisation").
 * A short query word ("the", "and") found inside a longer word ("them", "android") is
 * chance, not a match, and counts for almost nothing.
 */
export function matchQuality(word: string, term: string): number {
  if (word === term) return 1;
  if (term.length < 4) return 0.01;
  let n = 0;
  while (n < word.length && n < term.length && word[n] === term[n]) n++;
  const longer = Math.max(word.length, term.length);
  return longer ? (n / longer) ** 2 : 0;
}

/**
 * Groups a page's hits by block, best block first: blocks with hits in running text before
 * blocks whose only hits are heading words (a section title that happens to contain the
 * word says less than a paragraph using it), then by score, then earliest. Hits in the
 * page title (an h1) are left out: the title is shown anyway.
 *
 * Given the page's words, a hit counts for less the more often its word is hit on the page,
 * so for "the wasp and the orchid" the paragraph with "wasp" and "orchid" beats one with
 * five "the"s (each word's hits add up to at most one over the whole page). Given the
 * query's words too, a hit counts for less the less of it the query spells out: Pagefind
 * also matches longer words ("the" finds "themselves"), which say little.
 */
export function passages(
  weighted: readonly WeightedLocation[],
  anchors: readonly Anchor[],
  wordTotal: number,
  words?: readonly string[],
  terms?: readonly string[],
): Passage[] {
  const frequency = new Map<string, number>();
  if (words) for (const w of weighted) frequency.set(wordKey(words[w.location]), (frequency.get(wordKey(words[w.location])) ?? 0) + 1);
  const keys = (terms ?? []).map(wordKey).filter(Boolean);
  const rarity = (location: number) => {
    if (!words) return 1;
    const word = wordKey(words[location]);
    const fit = keys.length ? Math.max(...keys.map((t) => matchQuality(word, t))) : 1;
    return fit / (frequency.get(word) ?? 1);
  };
  const blocks = blockAnchors(anchors);
  const groups = new Map<Anchor | undefined, Passage>();
  const bestScore = new Map<Passage, number>();
  for (const w of [...weighted].sort((a, b) => a.location - b.location)) {
    const anchor = anchorAt(w.location, blocks);
    if (anchor && anchor.element.toLowerCase() === 'h1') continue;
    let g = groups.get(anchor);
    if (!g) {
      const next = blocks.find((b) => b.location > (anchor ? anchor.location : -1));
      g = {
        anchor,
        heading: anchor ? headingFor(anchor, blocks) : undefined,
        start: anchor?.location ?? 0,
        end: next?.location ?? wordTotal,
        locations: [],
        best: w.location,
        score: 0,
        textHits: 0,
      };
      groups.set(anchor, g);
      bestScore.set(g, -1);
    }
    const inHeading = anchor !== undefined && isHeading(anchor) && w.location < anchor.location + wordsIn(anchor.text);
    const score = (w.balanced_score / Math.max(1, w.weight)) * rarity(w.location);
    g.locations.push(w.location);
    g.score += score;
    if (!inHeading) g.textHits += 1;
    // Rank candidates for the excerpt's centre: text hits above heading words, then score.
    const rankScore = score + (inHeading ? 0 : 1e9);
    if (rankScore > (bestScore.get(g) ?? -1)) {
      g.best = w.location;
      bestScore.set(g, rankScore);
    }
  }
  return [...groups.values()].sort((a, b) => Number(b.textHits > 0) - Number(a.textHits > 0) || b.score - a.score || a.start - b.start);
}

/**
 * The passages worth showing: at most `max`, and none scoring under `ratio` of the best
 * (a paragraph with only "the" and "and" is not a match for "the wasp and the orchid").
 */
export function strongest(ps: readonly Passage[], max: number, ratio = 0.25): Passage[] {
  const best = ps[0];
  if (!best) return [];
  return ps.slice(0, max).filter((p, i) => i === 0 || (p.textHits > 0 && p.score >= best.score * ratio));
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An excerpt of about `length` words around `centre`, inside [start, end), HTML-escaped,
 * with the words at `marks` in <mark>; "…" where the passage goes on.
 */
export function excerpt(words: readonly string[], marks: ReadonlySet<number>, centre: number, start: number, end: number, length = 26): string {
  const lo = Math.max(0, start);
  const hi = Math.min(words.length, Math.max(end, lo + 1));
  let from = Math.max(lo, centre - Math.floor(length / 3));
  const to = Math.min(hi, from + length);
  from = Math.max(lo, Math.min(from, to - length));
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const w = escapeHtml(words[i] ?? '');
    out.push(marks.has(i) ? `<mark>${w}</mark>` : w);
  }
  return `${from > lo ? '… ' : ''}${out.join(' ')}${to < hi ? ' …' : ''}`;
}

/** The page's text as Pagefind counts words (locations index into this). */
export const pageWords = (content: string): string[] => content.split(/\s+/);

/** Link to a passage: the page with the block's id as fragment (none for the page top or title). */
export function passageUrl(pageUrl: string, anchor: Anchor | undefined): string {
  const base = pageUrl.replace(/#.*$/, '');
  if (!anchor || anchor.element.toLowerCase() === 'h1') return base;
  return `${base}#${encodeURIComponent(anchor.id)}`;
}

/** How a passage is named in a result: "¶12" for paragraphs, the heading or work otherwise. */
export function resultPassageName(p: Pick<Passage, 'anchor' | 'heading'>, max = 90): string {
  const a = p.anchor;
  if (!a) return 'Start of the page';
  if (isParagraph(a)) return passageLabel(a.id);
  const text = (a.text ?? '').replace(/\s+/g, ' ').trim();
  const heading = p.heading?.text?.replace(/\s+/g, ' ').trim();
  const label = (isHeading(a) && text) || heading || text || a.id;
  if (label.length <= max) return label;
  // Cut at a word boundary: drop a word the cut would split.
  const cut = label.slice(0, max - 1);
  return `${/\s/.test(label[max - 1] ?? ' ') ? cut.trimEnd() : cut.replace(/\s+\S*$/, '')}…`;
}
