/**
 * Merging the searches run for one query (each spelling, plain and exact-phrase) into one
 * list of pages, and ordering it.
 *
 * Each page keeps its best Pagefind score over all spellings. A page that an exact-phrase
 * search found (Pagefind's quoted search) is marked `phrase`; for those, the exact hit is
 * the one whose data is shown, so excerpts point at the phrase itself.
 *
 * Pagefind ranks a short concept page that quotes a sentence above the long document the
 * sentence comes from (its length normalisation favours short pages), so for queries of
 * two or more words the order is by tier first, then by score:
 *   3  the phrase is in the page title (the page is about it: "mutual aid")
 *   2  the phrase is in the text of a document (the source of the words)
 *   1  the phrase is in some other page (a concept page or the bibliography quoting it)
 *   0  the words are there, not as a phrase
 * One-word queries keep Pagefind's order.
 *
 * Pure functions: unit-tested in tests/unit/client/search/merge.test.ts.
 */

export interface ScoredHit {
  /** Pagefind's page id. */
  id: string;
  score: number;
}

export interface Run<T extends ScoredHit> {
  /** The query string searched (one spelling). */
  query: string;
  /** True for a quoted (exact-phrase) search. */
  exact: boolean;
  hits: readonly T[];
}

export interface Merged<T extends ScoredHit> {
  id: string;
  /** Best plain-search score over all spellings (an exact-only page keeps its exact score). */
  score: number;
  /** Some exact-phrase search found this page. */
  phrase: boolean;
  /** The hit to load the page's data from: the exact one for phrase pages, else the best-scoring one. */
  hit: T;
  /** The spelling that produced `hit`. */
  query: string;
}

/** Merges runs by page: best score wins; a phrase hit is preferred as the page's data source. */
export function mergeRuns<T extends ScoredHit>(runs: readonly Run<T>[]): Merged<T>[] {
  interface Best {
    hit: T;
    query: string;
  }
  const plain = new Map<string, Best>();
  const exact = new Map<string, Best>();
  const order: string[] = [];
  for (const run of runs) {
    const into = run.exact ? exact : plain;
    for (const hit of run.hits) {
      if (!plain.has(hit.id) && !exact.has(hit.id)) order.push(hit.id);
      const seen = into.get(hit.id);
      if (!seen || hit.score > seen.hit.score) into.set(hit.id, { hit, query: run.query });
    }
  }
  return order
    .map((id) => {
      const p = plain.get(id);
      const e = exact.get(id);
      const source = (e ?? p)!;
      // Exact-phrase scores are not comparable with plain ones: the plain score ranks.
      return { id, score: (p ?? e)!.hit.score, phrase: e !== undefined, hit: source.hit, query: source.query };
    })
    .sort((a, b) => b.score - a.score);
}

/** What is known about a page beyond its score (any of it may be unknown before its data loads). */
export interface PageFacts {
  kind?: string | undefined;
  /** The page title contains the query phrase. */
  titleHasPhrase?: boolean | undefined;
}

export function tier(m: { phrase: boolean }, facts: PageFacts, multiword: boolean): number {
  if (!multiword || !m.phrase) return 0;
  if (facts.titleHasPhrase) return 3;
  if (facts.kind === 'Document') return 2;
  return 1;
}

/** Orders merged pages by tier (for queries of two or more words), then score; stable. */
export function rank<M extends { id: string; score: number; phrase: boolean }>(
  merged: readonly M[],
  factsFor: (id: string) => PageFacts,
  multiword: boolean,
): M[] {
  return merged
    .map((m, i) => ({ m, i, t: tier(m, factsFor(m.id), multiword) }))
    .sort((a, b) => b.t - a.t || b.m.score - a.m.score || a.i - b.i)
    .map((x) => x.m);
}

/** Lower-cased words without punctuation, for comparing a query with a title. */
export function normaliseForPhrase(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether any spelling of the query appears as a phrase in the text (word boundaries respected). */
export function containsPhrase(text: string, queries: readonly string[]): boolean {
  const hay = ` ${normaliseForPhrase(text)} `;
  return queries.some((q) => {
    const needle = normaliseForPhrase(q);
    return needle.length > 0 && hay.includes(` ${needle} `);
  });
}

/** Number of words in a query, ignoring quotes and punctuation. */
export function wordCount(query: string): number {
  const n = normaliseForPhrase(query);
  return n ? n.split(' ').length : 0;
}
