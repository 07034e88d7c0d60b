/**
 * The search page (/search/): a form, filters and results, with the search in the URL
 * (url-state.ts: typing follows in the current history entry, Enter or a filter makes a
 * new one, Back and Forward bring a search back). This module wires them; search-view.ts
 * draws them.
 *
 * Filters come from Pagefind (the filters of src/lib/search/filters.ts), several at once;
 * each value shows how many results it would give (facets.ts). The number of results is
 * announced through a polite live region.
 */
import { loadPagefind, rankAndView, viewOf, type Pagefind, type PagefindResult } from './engine';
import type { Merged } from './merge';
import { applySelection, cleanSelection, facetCounts, type Membership } from './facets';
import { searchHistory, type SearchState } from './url-state';
import { appendResults, drawFilters, fillForm, readForm, resultsMessage, showCounts } from './search-view';
import { PAGE_KINDS, type SearchFilterName } from '../../lib/search/filters';
import { need } from '../dom';
import { latestOnly } from './latest-only';
import { drawCorrection, forgivingSearch, type CorrectionNote } from './forgive';

const PAGE_SIZE = 10;

/** Reads, for every filter value, the pages that have it (filter-only searches; cheap once the filter index is in). */
async function readMembership(pagefind: Pagefind): Promise<{ membership: Membership; totals: Record<string, Record<string, number>> }> {
  const totals = await pagefind.filters();
  const membership = new Map<string, Map<string, Set<string>>>();
  for (const [name, values] of Object.entries(totals)) {
    const byValue = new Map<string, Set<string>>();
    for (const value of Object.keys(values)) {
      const found = await pagefind.search(null, { filters: { [name]: value } });
      byValue.set(value, new Set(found?.results.map((r) => r.id) ?? []));
    }
    membership.set(name, byValue);
  }
  return { membership, totals };
}

export function startSearchPage(root: ParentNode = document): void {
  const app = need<HTMLElement>(root, '[data-search-app]');
  const form = need<HTMLFormElement>(root, '[data-search-form]');
  const input = need<HTMLInputElement>(root, '[data-search-page-input]');
  const filters = need<HTMLElement>(root, '[data-search-filters]');
  const filterBody = need<HTMLElement>(root, '[data-search-filter-body]');
  const clear = need<HTMLButtonElement>(root, '[data-search-clear]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const results = need<HTMLOListElement>(root, '[data-search-results]');
  const more = need<HTMLButtonElement>(root, '[data-search-more]');
  const suggestion = need<HTMLElement>(root, '[data-search-suggestion]');
  root.querySelector('[data-search-nojs]')?.remove();
  app.hidden = false;
  if (window.matchMedia('(max-width: 50rem)').matches) filters.removeAttribute('open');

  let ready: Promise<{ pagefind: Pagefind; membership: Membership }> | undefined;
  const start = () => {
    ready ??= loadPagefind().then(async (pagefind) => {
      const { membership, totals } = await readMembership(pagefind);
      drawFilters(filterBody, totals);
      return { pagefind, membership };
    });
    // A failed load (offline, no index yet) can be tried again by the next search.
    ready.catch(() => (ready = undefined));
    return ready;
  };

  let seq = 0;
  let order: Merged<PagefindResult>[] = [];
  let shown = 0;
  let spellings: string[] = [];
  /** The query the reader asked to search as typed ("Search instead for …"), not corrected. */
  let asTyped = '';

  const showMore = async (mine: number, focusFirst: boolean) => {
    const slice = order.slice(shown, shown + PAGE_SIZE);
    const views = await Promise.all(slice.map((m) => viewOf(m, spellings)));
    if (mine !== seq) return;
    appendResults(results, views);
    shown += views.length;
    more.hidden = shown >= order.length;
    if (focusFirst) results.querySelector<HTMLAnchorElement>(`:scope > li:nth-child(${shown - views.length + 1}) .result-title a`)?.focus();
  };

  const run = async (s: SearchState) => {
    const mine = ++seq;
    const query = s.q.replace(/\s+/g, ' ').trim();
    document.title = `${query ? `${query} – ` : ''}Search · Solidarity Atlas`;
    const anyFilter = Object.values(s.filters).some((v) => v.length);
    if (!query && !anyFilter) {
      order = [];
      shown = 0;
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      drawCorrection(suggestion, undefined, pick);
      clear.hidden = true;
      if (ready) showCounts(filterBody, facetCounts([], {}, (await ready).membership), true);
      return;
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, membership } = await start();
      const selection = cleanSelection(s.filters, membership);
      const kinds = membership.get('kind' satisfies SearchFilterName);
      const kindOf = (id: string) => [...(kinds ?? [])].find(([, pages]) => pages.has(id))?.[0];
      let pages: Merged<PagefindResult>[];
      let multiword = false;
      let note: CorrectionNote | undefined;
      if (query) {
        const found = await forgivingSearch(query, asTyped === query);
        const outcome = found.outcome;
        note = found.note;
        pages = outcome.pages;
        spellings = outcome.spellings;
        multiword = outcome.multiword;
      } else {
        // Browsing by filter alone: every page, documents first (in the order of PAGE_KINDS).
        const every = (await pagefind.search(null))?.results ?? [];
        const rankKind = (id: string) => (PAGE_KINDS as readonly string[]).indexOf(kindOf(id) ?? '') + 1 || 9;
        pages = every.map((hit) => ({ id: hit.id, score: 0, phrase: false, hit, query: '' })).sort((a, b) => rankKind(a.id) - rankKind(b.id));
        spellings = [];
      }
      if (mine !== seq) return;
      const counts = facetCounts(
        pages.map((p) => p.id),
        selection,
        membership,
      );
      const filtered = applySelection(pages, selection, membership);
      const ranked = await rankAndView(filtered, spellings, multiword, PAGE_SIZE, kindOf);
      if (mine !== seq) return;
      order = ranked.order;
      shown = Math.min(PAGE_SIZE, order.length);
      results.replaceChildren();
      appendResults(
        results,
        order.slice(0, shown).map((m) => ranked.views.get(m.id)!),
      );
      more.hidden = shown >= order.length;
      showCounts(filterBody, counts, false);
      clear.hidden = !anyFilter;
      drawCorrection(suggestion, note, pick);
      const message = resultsMessage(filtered.length, note?.replaced ? note.corrected : query, selection);
      status.textContent = filtered.length === 0 && query ? `${message}. Try fewer words, another spelling or fewer filters.` : message;
    } catch (err) {
      if (mine !== seq) return;
      status.textContent = 'Search is not available: its index did not load. The bibliography and the concept pages list everything the search covers.';
      console.warn(err);
    } finally {
      if (mine === seq) results.removeAttribute('aria-busy');
    }
  };

  // Each keystroke searches at once; while a search runs, only the newest waits for it. The
  // form is read when the search starts, so a search that waited never shows an older state.
  const searchAsTyped = latestOnly(() => {
    const s = readForm(input, filterBody);
    entries.follow(s);
    return run(s);
  });
  const entries = searchHistory((s) => {
    fillForm(input, filterBody, s);
    void run(s);
  });
  /** Enter, a filter or Clear: a new history entry, and the search run at once. */
  const commit = () => {
    const s = readForm(input, filterBody);
    entries.commit(s);
    void run(s);
  };
  /** A correction's link: the suggested query, or the query as typed, searched as a new entry. */
  function pick(q: string, typed: boolean) {
    asTyped = typed ? q : '';
    input.value = q;
    commit();
    input.focus();
  }

  input.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    searchAsTyped();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    commit();
  });
  filterBody.addEventListener('change', commit);
  clear.addEventListener('click', () => {
    for (const box of filterBody.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    commit();
    input.focus();
  });
  more.addEventListener('click', () => void showMore(seq, true));

  // The reader came here to search: load the index and the filters now, then restore the
  // search in the URL (a shared link or a bookmark).
  const initial = entries.current();
  input.value = initial.q;
  void start()
    .then(() => {
      fillForm(input, filterBody, initial);
      return run(initial);
    })
    .catch(() => run(initial));
}
