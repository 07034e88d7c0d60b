/**
 * The search engine shared by the header box and the search page: loads Pagefind on
 * demand, searches every spelling of a query (plain and as an exact phrase), merges the
 * results by page, ranks them and turns each into what a result shows.
 *
 * Pagefind's script and index are fetched only when loadPagefind() is first called, which
 * the interfaces do on the reader's first focus or keystroke in a search field.
 */
import { expandQuery, pruneSpellings, variableWords } from './variants';
import { containsPhrase, mergeRuns, rank, wordCount, type Merged, type PageFacts, type Run } from './merge';
import { excerpt, pageWords, resultPassageName, passages, passageUrl, strongest, type Anchor, type WeightedLocation } from './passages';

/** The part of Pagefind's browser API used here (pagefind.js, version 1.6). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResults | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResults {
  results: PagefindResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  word_count: number;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
  locations: number[];
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Imports and starts Pagefind once; later calls share the same promise (a failure can be retried). */
export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pagefind.options({ excerptLength: 26 });
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

export interface Outcome {
  query: string;
  /** The spellings searched (the query as typed first), without quotes. */
  spellings: string[];
  multiword: boolean;
  pages: Merged<PagefindResult>[];
}

const unquote = (s: string) => s.replace(/"/g, '').trim();

const known = new Map<string, Promise<boolean>>();

/** Whether the index has the word (an exact search matches whole words, by stem, never shorter ones). */
function inIndex(pagefind: Pagefind, word: string): Promise<boolean> {
  let found = known.get(word);
  if (!found) {
    found = pagefind.search(`"${word}"`).then((r) => (r?.results.length ?? 0) > 0);
    known.set(word, found);
  }
  return found;
}

/** Searches every spelling of the query, plainly and (for two words or more) as an exact phrase. */
export async function runQuery(query: string): Promise<Outcome> {
  const pagefind = await loadPagefind();
  const q = query.replace(/\s+/g, ' ').trim();
  const quoted = /^".+"$/.test(q);
  const multiword = wordCount(q) >= 2;
  let spellings = expandQuery(q);
  if (spellings.length > 1) {
    const missing = new Set<string>();
    for (const word of variableWords(q)) if (!(await inIndex(pagefind, word))) missing.add(word);
    spellings = pruneSpellings(spellings, missing);
  }
  const plan: { query: string; exact: boolean }[] = [];
  for (const s of spellings) {
    plan.push({ query: s, exact: quoted && multiword });
    if (multiword && !quoted) plan.push({ query: `"${unquote(s)}"`, exact: true });
  }
  const runs: Run<PagefindResult>[] = [];
  // One after another: the searches share Pagefind's loaded chunks, and each takes a few ms.
  for (const step of plan) runs.push({ ...step, hits: (await pagefind.search(step.query))?.results ?? [] });
  return { query: q, spellings: spellings.map(unquote), multiword, pages: mergeRuns(runs) };
}

export interface PassageView {
  url: string;
  label: string;
  /** The section a paragraph sits in, when the label does not name it. */
  section: string | undefined;
  excerpt: string;
}

export interface ResultView {
  id: string;
  url: string;
  /** Where the best hit is: a paragraph (#p-N), a section or a bibliography work. */
  bestUrl: string;
  title: string;
  kind: string;
  /** Authors of a document; for other pages, what the page is ("Concept · social theory"). */
  byline: string;
  year: string;
  /** Pagefind's excerpt for the page, hits in <mark>. */
  excerpt: string;
  passages: PassageView[];
  titleHasPhrase: boolean;
}

const MAX_PASSAGES: Record<string, number> = { Document: 3, Concept: 2, Reference: 5 };

/** Loads a result's data and works out its passages (each a link into the text with an excerpt). */
export async function viewOf(m: Merged<PagefindResult>, spellings: readonly string[], maxPassages?: number): Promise<ResultView> {
  const d = await m.hit.data();
  const kind = d.meta['kind'] ?? d.filters['kind']?.[0] ?? 'Page';
  const title = d.meta['title'] ?? d.url;
  const words = pageWords(d.content);
  const marks = new Set(d.locations);
  const terms = spellings.flatMap((sp) => sp.split(/\s+/));
  const found = strongest(passages(d.weighted_locations, d.anchors, words.length, words, terms), maxPassages ?? MAX_PASSAGES[kind] ?? 3);
  const views = found.map((p) => {
    const label = resultPassageName(p);
    const section = p.heading && p.heading !== p.anchor ? p.heading.text?.replace(/\s+/g, ' ').trim() : undefined;
    return { url: passageUrl(d.url, p.anchor), label, section, excerpt: excerpt(words, marks, p.best, p.start, p.end) };
  });
  return {
    id: m.id,
    url: d.url,
    bestUrl: views[0]?.url ?? d.url,
    title,
    kind,
    byline: d.meta['authors'] ?? '',
    year: d.meta['year'] ?? '',
    excerpt: d.excerpt,
    passages: views,
    titleHasPhrase: containsPhrase(title, spellings),
  };
}

/**
 * Ranks pages and loads the views of the first `count`. Before data is loaded only the
 * score, the phrase mark and (when `kindOf` knows it) the kind are known, so the pages are
 * ordered on those, the first `count` are loaded, and those are ordered again with their
 * titles known (merge.ts explains the tiers).
 */
export async function rankAndView(
  pages: readonly Merged<PagefindResult>[],
  spellings: readonly string[],
  multiword: boolean,
  count: number,
  kindOf: (id: string) => string | undefined = () => undefined,
): Promise<{ order: Merged<PagefindResult>[]; views: Map<string, ResultView> }> {
  const first = rank(pages, (id) => ({ kind: kindOf(id) }), multiword);
  const top = first.slice(0, count);
  const views = new Map((await Promise.all(top.map((m) => viewOf(m, spellings)))).map((v) => [v.id, v]));
  const facts = (id: string): PageFacts => {
    const v = views.get(id);
    return { kind: v?.kind ?? kindOf(id), titleHasPhrase: v?.titleHasPhrase };
  };
  return { order: [...rank(top, facts, multiword), ...first.slice(count)], views };
}
