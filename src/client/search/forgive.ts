/**
 * Search that forgives a misspelling. After a search, each word of the query (four letters or
 * more, not in quotes) is looked up in the index as a whole word; only when a word is not
 * there (misspelt, or still being typed: "soli"), or the search found little, is the
 * vocabulary shard of that word's first letter fetched
 * (/search-vocabulary/<letter>.json, written at build time by
 * src/integrations/search-vocabulary.ts; nothing is fetched before the first search).
 *
 *   a word the index does not know,
 *   nor begins a word of the vocabulary → the corrected query is searched at once
 *                                      ("Showing results for X. Search instead for Y")
 *   few results, a word the index has
 *   but the vocabulary does not (a word
 *   on one page) near a common one     → "Did you mean X?"
 *
 * The suggestion itself is pure: src/lib/search/vocabulary.ts.
 */
import { loadPagefind, runQuery, type Outcome } from './engine';
import { el } from '../dom';
import { beginsWord, DID_YOU_MEAN, queryWords, replaceWords, shardKey, suggestWord, type VocabularyShard } from '../../lib/search/vocabulary';
import { wordVariant } from './variants';

/** Fewer results than this make a search worth a "did you mean". */
export const FEW_RESULTS = 3;

const shards = new Map<string, Promise<VocabularyShard>>();
function shard(key: string): Promise<VocabularyShard> {
  let s = shards.get(key);
  if (!s) {
    s = fetch(`/search-vocabulary/${key}.json`).then((r) => (r.ok ? (r.json() as Promise<VocabularyShard>) : { words: [], pages: [] }));
    s.catch(() => shards.delete(key));
    shards.set(key, s);
  }
  return s;
}

const known = new Map<string, Promise<boolean>>();
/** Whether the index has the word, or its other spelling (an exact search matches whole words, by stem). */
function inIndex(word: string): Promise<boolean> {
  const w = word.toLocaleLowerCase('en');
  let found = known.get(w);
  if (!found) {
    found = loadPagefind().then(async (pagefind) => {
      for (const spelling of [w, wordVariant(w)]) if (spelling && ((await pagefind.search(`"${spelling}"`))?.results.length ?? 0) > 0) return true;
      return false;
    });
    known.set(w, found);
  }
  return found;
}

export interface Correction {
  /** The query with its misspelt words replaced. */
  query: string;
  /** True when a word was unknown to the index: search the correction at once. */
  replace: boolean;
}

/** What the query probably meant, given how many results it found as typed; undefined when it looks right. */
export async function correction(query: string, results: number): Promise<Correction | undefined> {
  const words = queryWords(query);
  if (!words.length) return undefined;
  const unknown = await Promise.all(words.map(async (w) => !(await inIndex(w.word))));
  if (!unknown.some(Boolean) && results >= FEW_RESULTS) return undefined;
  const replacements = new Map<number, string>();
  let replace = false;
  for (const [i, w] of words.entries()) {
    const vocabulary = await shard(shardKey(w.word));
    // A word still being typed ("soli") is not in the index as a whole word, but begins one.
    if (unknown[i] && beginsWord(w.word, vocabulary)) continue;
    const s = suggestWord(w.word, vocabulary, unknown[i] ? {} : DID_YOU_MEAN);
    if (s === undefined) continue;
    replacements.set(w.at, s);
    if (unknown[i]) replace = true;
  }
  if (!replacements.size) return undefined;
  return { query: replaceWords(query, replacements), replace };
}

/** What a search shows about a correction: what was searched instead, or what may have been meant. */
export interface CorrectionNote {
  typed: string;
  corrected: string;
  /** True: the results are the corrected query's. */
  replaced: boolean;
}

const searchUrl = (q: string) => `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}`;

/**
 * Writes the note into `target` (hidden when there is none): "Showing results for X. Search
 * instead for Y" or "Did you mean X?", each a link that `pick` follows in place (the link's
 * own address opens the search page elsewhere).
 */
export function drawCorrection(
  target: HTMLElement,
  note: CorrectionNote | undefined,
  pick: (q: string, asTyped: boolean) => void,
): HTMLAnchorElement | undefined {
  target.hidden = !note;
  if (!note) {
    target.replaceChildren();
    return undefined;
  }
  const link = (q: string, asTyped: boolean) => {
    const a = el('a', { href: searchUrl(q), 'data-correction': asTyped ? 'as-typed' : 'suggested' }, q);
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      pick(q, asTyped);
    });
    return a;
  };
  const a = note.replaced ? link(note.typed, true) : link(note.corrected, false);
  if (note.replaced) target.replaceChildren('Showing results for ', el('strong', {}, note.corrected), '. Search instead for ', a, '.');
  else target.replaceChildren('Did you mean ', a, '?');
  return a;
}

/**
 * Searches the query and, unless the reader asked for it as typed, its correction: the
 * outcome to show (the corrected query's when a word was unknown and the correction finds
 * something) and the note that says so.
 */
export async function forgivingSearch(query: string, asTyped = false): Promise<{ outcome: Outcome; note?: CorrectionNote }> {
  const outcome = await runQuery(query);
  if (asTyped) return { outcome };
  const fix = await correction(outcome.query, outcome.pages.length).catch(() => undefined);
  if (!fix) return { outcome };
  const note = { typed: outcome.query, corrected: fix.query, replaced: fix.replace };
  if (!fix.replace) return { outcome, note };
  const corrected = await runQuery(fix.query);
  return corrected.pages.length ? { outcome: corrected, note } : { outcome, note: { ...note, replaced: false } };
}
