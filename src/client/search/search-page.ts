/**
 * The search page (/search/): a form, filters and results, with the search in the URL.
 *
 *   typing            results as you type; the URL follows with history.replaceState
 *   Enter, a filter   a new history entry (pushState), so Back returns to the search before
 *   Back / Forward    the search of that entry comes back (popstate)
 *
 * Filters come from Pagefind (kind of page, source type, concept, author, year), several
 * at once; each value shows how many results it would give (facets.ts). The number of
 * results is announced through a polite live region.
 */
import { loadPagefind, rankAndView, runQuery, viewOf, type Pagefind, type PagefindResult, type ResultView } from './engine';
import type { Merged } from './merge';
import { applySelection, cleanSelection, facetCounts, type Membership } from './facets';
import { FILTER_PARAMS, resultsMessage, stateFromSearch, stateToSearch, type SearchState } from './url-state';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

const LABELS: Record<string, string> = { kind: 'Kind of page', 'source type': 'Source type', concept: 'Concept', author: 'Author', year: 'Year' };
const VALUE_ORDER: Record<string, string[]> = {
  kind: ['Document', 'Concept', 'Reference'],
  'source type': ['Peer-reviewed research', 'Author manuscript', 'Practice writing', 'Student essay'],
};

interface Elements {
  app: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  filterBody: HTMLElement;
  clear: HTMLButtonElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function sortValues(name: string, values: string[]): string[] {
  const order = VALUE_ORDER[name];
  if (order) return [...values].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  if (name === 'year') return [...values].sort((a, b) => (/^\d/.test(b) ? 1 : 0) - (/^\d/.test(a) ? 1 : 0) || b.localeCompare(a));
  const last = (v: string) => (/^no /i.test(v) ? 1 : 0);
  return [...values].sort((a, b) => last(a) - last(b) || a.localeCompare(b, 'en'));
}

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
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const el: Elements = {
    app: q('[data-search-app]'),
    form: q('[data-search-form]'),
    input: q('[data-search-page-input]'),
    filters: q('[data-search-filters]'),
    filterBody: q('[data-search-filter-body]'),
    clear: q('[data-search-clear]'),
    status: q('[data-search-status]'),
    results: q('[data-search-results]'),
    more: q('[data-search-more]'),
  };
  root.querySelector('[data-search-nojs]')?.remove();
  el.app.hidden = false;
  if (window.matchMedia('(max-width: 50rem)').matches) el.filters.removeAttribute('open');

  let ready: Promise<{ pagefind: Pagefind; membership: Membership }> | undefined;
  const start = () => {
    ready ??= loadPagefind().then(async (pagefind) => {
      const { membership, totals } = await readMembership(pagefind);
      renderFilters(el, totals);
      return { pagefind, membership };
    });
    // A failed load (offline, no index yet) can be tried again by the next search.
    ready.catch(() => (ready = undefined));
    return ready;
  };

  /** The search of the current history entry as last pushed or loaded (not as typed since). */
  let committed = stateToSearch(stateFromSearch(location.search));
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let order: Merged<PagefindResult>[] = [];
  let shown = 0;
  let spellings: string[] = [];

  const formState = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const box of el.filterBody.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.dataset['filter']!] ??= []).push(box.value);
    }
    return { q: el.input.value, filters };
  };

  const setForm = (s: SearchState) => {
    el.input.value = s.q;
    for (const box of el.filterBody.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = s.filters[box.dataset['filter']!]?.includes(box.value) ?? false;
    }
  };

  const url = (search: string) => `${location.pathname}${search}`;

  /** Typing: the current entry follows the field. */
  const replace = (s: SearchState) => history.replaceState(history.state, '', url(stateToSearch(s)));

  /** Enter or a filter: a new entry, leaving the previous one as it was committed. */
  const push = (s: SearchState) => {
    const next = stateToSearch(s);
    if (next === committed) return replace(s);
    history.replaceState(history.state, '', url(committed));
    history.pushState(null, '', url(next));
    committed = next;
  };

  const showMore = async (mine: number, focusFirst: boolean) => {
    const slice = order.slice(shown, shown + PAGE_SIZE);
    const views = await Promise.all(slice.map((m) => viewOf(m, spellings)));
    if (mine !== seq) return;
    appendResults(el.results, views);
    shown += views.length;
    el.more.hidden = shown >= order.length;
    if (focusFirst) el.results.querySelector<HTMLAnchorElement>(`:scope > li:nth-child(${shown - views.length + 1}) .result-title a`)?.focus();
  };

  const run = async (s: SearchState) => {
    const mine = ++seq;
    const query = s.q.replace(/\s+/g, ' ').trim();
    document.title = `${query ? `${query} – ` : ''}Search · Solidarity Atlas`;
    const anyFilter = Object.values(s.filters).some((v) => v.length);
    if (!query && !anyFilter) {
      order = [];
      shown = 0;
      el.results.replaceChildren();
      el.more.hidden = true;
      el.status.textContent = '';
      el.clear.hidden = true;
      if (ready) updateCounts(el, facetCounts([], {}, (await ready).membership), true);
      return;
    }
    el.results.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, membership } = await start();
      const selection = cleanSelection(s.filters, membership);
      const kinds = membership.get('kind');
      const kindOf = (id: string) => [...(kinds ?? [])].find(([, pages]) => pages.has(id))?.[0];
      let pages: Merged<PagefindResult>[];
      let multiword = false;
      if (query) {
        const outcome = await runQuery(query);
        pages = outcome.pages;
        spellings = outcome.spellings;
        multiword = outcome.multiword;
      } else {
        // Browsing by filter alone: every page, documents first.
        const every = (await pagefind.search(null))?.results ?? [];
        const rankKind = (id: string) => ['Document', 'Concept', 'Reference'].indexOf(kindOf(id) ?? '') + 1 || 9;
        pages = every
          .map((hit) => ({ id: hit.id, score: 0, phrase: false, hit, query: '' }))
          .sort((a, b) => rankKind(a.id) - rankKind(b.id));
        spellings = [];
      }
      if (mine !== seq) return;
      const counts = facetCounts(pages.map((p) => p.id), selection, membership);
      const filtered = applySelection(pages, selection, membership);
      const ranked = await rankAndView(filtered, spellings, multiword, PAGE_SIZE, kindOf);
      if (mine !== seq) return;
      order = ranked.order;
      shown = Math.min(PAGE_SIZE, order.length);
      el.results.replaceChildren();
      appendResults(el.results, order.slice(0, shown).map((m) => ranked.views.get(m.id)!));
      el.more.hidden = shown >= order.length;
      updateCounts(el, counts, false);
      el.clear.hidden = !anyFilter;
      const message = resultsMessage(filtered.length, query, selection, LABELS);
      el.status.textContent = filtered.length === 0 && query ? `${message}. Try fewer words, another spelling or fewer filters.` : message;
    } catch (err) {
      if (mine !== seq) return;
      el.status.textContent = 'Search is not available: its index did not load. The bibliography and the concept pages list everything the search covers.';
      console.warn(err);
    } finally {
      if (mine === seq) el.results.removeAttribute('aria-busy');
    }
  };

  el.input.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
  el.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const s = formState();
      replace(s);
      void run(s);
    }, DEBOUNCE_MS);
  });
  el.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const s = formState();
    push(s);
    void run(s);
  });
  el.filterBody.addEventListener('change', () => {
    clearTimeout(timer);
    const s = formState();
    push(s);
    void run(s);
  });
  el.clear.addEventListener('click', () => {
    for (const box of el.filterBody.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    const s = formState();
    push(s);
    void run(s);
    el.input.focus();
  });
  el.more.addEventListener('click', () => void showMore(seq, true));
  addEventListener('popstate', () => {
    clearTimeout(timer);
    committed = stateToSearch(stateFromSearch(location.search));
    const s = stateFromSearch(location.search);
    setForm(s);
    void run(s);
  });

  // The reader came here to search: load the index and the filters now, then restore the
  // search in the URL (a shared link or a bookmark).
  const initial = stateFromSearch(location.search);
  el.input.value = initial.q;
  void start()
    .then(() => {
      setForm(initial);
      return run(initial);
    })
    .catch(() => run(initial));
}

function renderFilters(el: Elements, totals: Record<string, Record<string, number>>): void {
  const known = FILTER_PARAMS.map(([f]) => f);
  const names = [...known.filter((n) => n in totals), ...Object.keys(totals).filter((n) => !known.includes(n)).sort()];
  el.filterBody.replaceChildren(
    ...names.map((name, gi) => {
      const set = document.createElement('fieldset');
      set.className = 'facet';
      const legend = document.createElement('legend');
      legend.textContent = LABELS[name] ?? name;
      const list = document.createElement('ul');
      list.className = `facet-values${Object.keys(totals[name] ?? {}).length > 10 ? ' long' : ''}`;
      for (const [vi, value] of sortValues(name, Object.keys(totals[name] ?? {})).entries()) {
        const li = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `facet-${gi}-${vi}`;
        box.value = value;
        box.dataset['filter'] = name;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        const count = document.createElement('span');
        count.className = 'facet-count';
        count.dataset['count'] = '';
        count.textContent = count.dataset['total'] = `(${totals[name]?.[value] ?? 0})`;
        label.append(`${value} `, count);
        li.append(box, label);
        list.append(li);
      }
      set.append(legend, list);
      return set;
    }),
  );
}

/** Counts next to the filter values; with no search, the totals from the index. */
function updateCounts(el: Elements, counts: Map<string, Map<string, number>>, totalsOnly: boolean): void {
  for (const box of el.filterBody.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const label = box.labels?.[0];
    const count = label?.querySelector<HTMLElement>('[data-count]');
    if (!label || !count) continue;
    if (totalsOnly) {
      count.textContent = count.dataset['total'] ?? count.textContent;
      label.parentElement?.classList.remove('none');
      continue;
    }
    const n = counts.get(box.dataset['filter']!)?.get(box.value) ?? 0;
    count.textContent = `(${n})`;
    label.parentElement?.classList.toggle('none', n === 0 && !box.checked);
  }
}

function appendResults(list: HTMLOListElement, views: ResultView[]): void {
  const items = views.map((v) => {
    const li = document.createElement('li');
    li.className = 'result';
    li.dataset['kind'] = v.kind;
    li.dataset['url'] = v.url;
    const kind = document.createElement('p');
    kind.className = 'result-kind';
    kind.textContent = v.kind === 'Concept' && v.byline ? v.byline : v.kind;
    const h = document.createElement('h3');
    h.className = 'result-title';
    const a = document.createElement('a');
    a.href = v.url;
    a.textContent = v.title;
    h.append(a);
    li.append(kind, h);
    if (v.kind === 'Document') {
      const meta = document.createElement('p');
      meta.className = 'result-meta';
      meta.textContent = [v.byline, v.year].filter(Boolean).join(' · ');
      li.append(meta);
    }
    if (v.passages.length === 0) {
      const ex = document.createElement('p');
      ex.className = 'result-excerpt';
      ex.innerHTML = v.excerpt;
      li.append(ex);
    } else {
      const ul = document.createElement('ul');
      ul.className = 'result-passages';
      ul.setAttribute('aria-label', `Matches in ${v.title}`);
      for (const p of v.passages) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = p.url;
        link.className = 'passage-link';
        const paragraph = /^¶(\d+)$/.exec(p.label);
        if (paragraph) {
          // Shown as "¶12", read as "Paragraph 12".
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = 'Paragraph ';
          const mark = document.createElement('span');
          mark.setAttribute('aria-hidden', 'true');
          mark.textContent = '¶';
          link.append(hidden, mark, paragraph[1]!);
        } else link.textContent = p.label;
        item.append(link);
        if (p.section && paragraph) {
          const sec = document.createElement('span');
          sec.className = 'passage-section';
          sec.textContent = ` · ${p.section}`;
          item.append(sec);
        }
        const ex = document.createElement('p');
        ex.className = 'passage-excerpt';
        ex.innerHTML = p.excerpt;
        item.append(ex);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  });
  list.append(...items);
}
