/**
 * What the search page draws: the filters (each value with how many results it would give),
 * the results, and the sentence that counts them; and the form read as a search state and
 * set from one. The page's wiring is search-page.ts; its URL and history, url-state.ts.
 *
 * resultsMessage is pure: unit-tested in tests/unit/client/search/search-view.test.ts.
 */
import { el } from '../dom';
import { filterOrder, searchFilter, sortFilterValues } from '../../lib/search/filters';
import type { ResultView } from './engine';
import type { SearchState } from './url-state';

/** The count announced and shown: "12 results for solidarity", "1 result for …", with the filters named. */
export function resultsMessage(count: number, q: string, filters: Record<string, string[]>): string {
  const what = `${count} ${count === 1 ? 'result' : 'results'}`;
  const chosen = Object.entries(filters)
    .filter(([, v]) => v.length)
    .map(([name, values]) => `${searchFilter(name)?.label ?? name}: ${values.join(' or ')}`);
  const filtered = chosen.length ? `${q ? ', ' : ' '}filtered by ${chosen.join('; ')}` : '';
  return q ? `${what} for ${q}${filtered}` : `${what}${filtered}`;
}

const boxes = (filterBody: HTMLElement, which = '') => filterBody.querySelectorAll<HTMLInputElement>(`input[type=checkbox]${which}`);

/** The search as the form has it: the field as typed, and the ticked filter values. */
export function readForm(input: HTMLInputElement, filterBody: HTMLElement): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of boxes(filterBody, ':checked')) (filters[box.dataset['filter']!] ??= []).push(box.value);
  return { q: input.value, filters };
}

export function fillForm(input: HTMLInputElement, filterBody: HTMLElement, s: SearchState): void {
  input.value = s.q;
  for (const box of boxes(filterBody)) box.checked = s.filters[box.dataset['filter']!]?.includes(box.value) ?? false;
  // A chosen value stays in sight: its folded list opens.
  for (const more of filterBody.querySelectorAll('details.facet-more')) if (more.querySelector('input:checked')) more.setAttribute('open', '');
}

/** A filter with more values than this shows the first FOLDED_SHOWN and folds the rest. */
export const FOLD_AFTER = 6;
const FOLDED_SHOWN = 5;

/**
 * One fieldset per filter (in the order of src/lib/search/filters.ts), a checkbox per value
 * with its total. A long list shows its first values and folds the rest into a <details>
 * ("12 more authors"), so that on a phone the filters stay short.
 */
export function drawFilters(filterBody: HTMLElement, totals: Record<string, Record<string, number>>): void {
  filterBody.replaceChildren(
    ...filterOrder(Object.keys(totals)).map((name, gi) => {
      const label = searchFilter(name)?.label ?? name;
      const items = sortFilterValues(name, Object.keys(totals[name] ?? {})).map((value, vi) => {
        const id = `facet-${gi}-${vi}`;
        const total = `(${totals[name]?.[value] ?? 0})`;
        return el(
          'li',
          {},
          el('input', { type: 'checkbox', id, value, 'data-filter': name }),
          el('label', { for: id }, `${value} `, el('span', { class: 'facet-count', 'data-count': '', 'data-total': total }, total)),
        );
      });
      const fold = items.length > FOLD_AFTER;
      const shown = fold ? items.slice(0, FOLDED_SHOWN) : items;
      const set = el('fieldset', { class: 'facet' }, el('legend', {}, label), el('ul', { class: 'facet-values' }, ...shown));
      if (fold) {
        const rest = items.slice(FOLDED_SHOWN);
        set.append(
          el(
            'details',
            { class: 'facet-more' },
            el('summary', {}, `Show ${rest.length} more`),
            el('ul', { class: `facet-values${rest.length > 10 ? ' long' : ''}` }, ...rest),
          ),
        );
      }
      return set;
    }),
  );
}

/** Counts next to the filter values; with no search, the totals from the index. */
export function showCounts(filterBody: HTMLElement, counts: Map<string, Map<string, number>>, totalsOnly: boolean): void {
  for (const box of boxes(filterBody)) {
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

/** A passage's link: "¶12" is shown, "Paragraph 12" read; other labels (a section, a work) as they are. */
function passageLink(url: string, label: string, paragraph: string | undefined): HTMLAnchorElement {
  if (!paragraph) return el('a', { href: url, class: 'passage-link' }, label);
  return el(
    'a',
    { href: url, class: 'passage-link' },
    el('span', { class: 'visually-hidden' }, 'Paragraph '),
    el('span', { 'aria-hidden': 'true' }, '¶'),
    paragraph,
  );
}

/** An excerpt (Pagefind's, or passages.ts's: escaped text with only <mark> added). */
function excerpt(className: string, html: string): HTMLParagraphElement {
  const p = el('p', { class: className });
  p.innerHTML = html;
  return p;
}

function resultItem(v: ResultView): HTMLLIElement {
  const li = el(
    'li',
    { class: 'result', 'data-kind': v.kind, 'data-url': v.url },
    el('p', { class: 'result-kind' }, v.kind === 'Concept' && v.byline ? v.byline : v.kind),
    el('h3', { class: 'result-title' }, el('a', { href: v.url }, v.title)),
  );
  if (v.kind === 'Document' || v.kind === 'Reference') li.append(el('p', { class: 'result-meta' }, [v.byline, v.year].filter(Boolean).join(' · ')));
  if (v.passages.length === 0) {
    li.append(excerpt('result-excerpt', v.excerpt));
    return li;
  }
  const ul = el('ul', { class: 'result-passages', 'aria-label': `Matches in ${v.title}` });
  for (const p of v.passages) {
    const paragraph = /^¶(\d+)$/.exec(p.label)?.[1];
    const item = el('li', {}, passageLink(p.url, p.label, paragraph));
    if (p.section && paragraph) item.append(el('span', { class: 'passage-section' }, ` · ${p.section}`));
    item.append(excerpt('passage-excerpt', p.excerpt));
    ul.append(item);
  }
  li.append(ul);
  return li;
}

export function appendResults(list: HTMLOListElement, views: ResultView[]): void {
  list.append(...views.map(resultItem));
}
