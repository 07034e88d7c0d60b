/**
 * The search's vocabulary: the words of the corpus worth suggesting when a query is misspelt,
 * made at build time (src/integrations/search-vocabulary.ts), and the suggestion made from it
 * in the browser (src/client/search/forgive.ts). Pure functions: unit-tested in
 * tests/unit/lib/search/vocabulary.test.ts. docs/search.md explains the design.
 *
 * To stay small as the corpus grows, a word is kept only when it is a name a reader looks for
 * (a title, a concept's name, an author) or when it occurs in at least MIN_PAGES pages: a word
 * on one page only is most often a name, a number or a typo of the text itself. The words are
 * split into shards by their first letter, the letter a typo spares most often, so that a
 * misspelt query fetches one small file.
 */

/**
 * "Did you mean" for a word the index has (on one page: a rare word, a name or a typo of the
 * text) is offered only for a word one edit away on at least this many pages; a real word
 * ("police") may still be offered its neighbour ("policy"), so the offer stays a link.
 */
export const DID_YOU_MEAN = { maxEdits: 1, minPages: 3 };

/** A word must occur on at least this many pages to be suggested (names are always kept). */
export const MIN_PAGES = 2;
/** Words shorter than this are never corrected nor suggested (too many neighbours). */
export const MIN_LENGTH = 4;

/** What one indexed page gives the vocabulary. */
export interface VocabularyPage {
  /** Names a reader types: the page's title, a concept's name and aliases, authors. */
  names: readonly string[];
  /** The page's text. */
  text: string;
}

/** One shard: its words and, for each, how many pages it is on (names count at least MIN_PAGES). */
export interface VocabularyShard {
  words: string[];
  pages: number[];
}

/** Lower case, accents off ("Bourdieu", "Félix" → "felix"), so that a query needs no accents. */
export function normaliseWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The words of a text, normalised: runs of letters (apostrophes and hyphens split words). */
export function wordsOf(text: string): string[] {
  return [...normaliseWord(text).matchAll(/\p{L}+/gu)].map((m) => m[0]);
}

/** The shard a word belongs to: its first letter (a–z), or "_" for any other. */
export function shardKey(word: string): string {
  const first = normaliseWord(word)[0] ?? '';
  return /^[a-z]$/.test(first) ? first : '_';
}

/** Builds the vocabulary, shard by shard, each shard's words in alphabetical order. */
export function buildVocabulary(pages: readonly VocabularyPage[]): Map<string, VocabularyShard> {
  const count = new Map<string, number>();
  const named = new Set<string>();
  for (const page of pages) {
    const seen = new Set(wordsOf(page.text));
    for (const name of page.names)
      for (const w of wordsOf(name)) {
        seen.add(w);
        named.add(w);
      }
    for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const byShard = new Map<string, [string, number][]>();
  for (const [word, n] of count) {
    if (word.length < MIN_LENGTH) continue;
    if (n < MIN_PAGES && !named.has(word)) continue;
    const key = shardKey(word);
    let list = byShard.get(key);
    if (!list) byShard.set(key, (list = []));
    list.push([word, Math.max(n, named.has(word) ? MIN_PAGES : 0)]);
  }
  const out = new Map<string, VocabularyShard>();
  for (const key of [...byShard.keys()].sort()) {
    const list = byShard.get(key)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.set(key, { words: list.map(([w]) => w), pages: list.map(([, n]) => n) });
  }
  return out;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1), or `max + 1` as soon as
 * it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may be away from what was meant: 1 up to six letters, then 2. */
export function allowedEdits(word: string): number {
  return word.length < MIN_LENGTH ? 0 : word.length <= 6 ? 1 : 2;
}

/**
 * The word of the shard a misspelt word most likely meant: the fewest edits away, then the
 * one on most pages, then the first alphabetically; undefined when none is near enough or
 * when the word is itself in the vocabulary. `options` narrow it: at most `maxEdits` edits,
 * and only words on at least `minPages` pages.
 */
export function suggestWord(word: string, shard: VocabularyShard, options: { maxEdits?: number; minPages?: number } = {}): string | undefined {
  const w = normaliseWord(word);
  const max = Math.min(allowedEdits(w), options.maxEdits ?? Infinity);
  if (max === 0 || shard.words.includes(w)) return undefined;
  let best: { word: string; d: number; n: number } | undefined;
  shard.words.forEach((candidate, i) => {
    const d = editDistance(w, candidate, max);
    if (d > max) return;
    const n = shard.pages[i] ?? 0;
    if (n < (options.minPages ?? 0)) return;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: candidate, d, n };
  });
  return best?.word;
}

/**
 * Whether the word is the beginning of a word of the shard ("soli" of "solidarity"): a word
 * still being typed, which Pagefind already finds by prefix, not a misspelling.
 */
export function beginsWord(word: string, shard: VocabularyShard): boolean {
  const w = normaliseWord(word);
  let lo = 0;
  let hi = shard.words.length;
  // The first word not before w (the words are in code-unit order, as buildVocabulary sorts them).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shard.words[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return shard.words[lo]?.startsWith(w) ?? false;
}

/** The letter runs of a query that a suggestion may replace, with where they are. */
export function queryWords(query: string): { word: string; at: number }[] {
  if (/^\s*".*"\s*$/.test(query)) return [];
  return [...query.matchAll(/\p{L}+/gu)].filter((m) => m[0].length >= MIN_LENGTH).map((m) => ({ word: m[0], at: m.index }));
}

/** The query with some of its words replaced (by position), lower case kept as typed otherwise. */
export function replaceWords(query: string, replacements: ReadonlyMap<number, string>): string {
  let out = '';
  let last = 0;
  for (const { word, at } of queryWords(query)) {
    const r = replacements.get(at);
    if (r === undefined) continue;
    out += query.slice(last, at) + r;
    last = at + word.length;
  }
  return out + query.slice(last);
}
