/**
 * The header's in-place search: a modal dialog with an ARIA combobox (the search field)
 * and a listbox of the top hits, following the WAI-ARIA APG combobox pattern.
 *
 *   type        search as you type (top 8 pages)
 *   ↓ / ↑       highlight the next / previous hit (aria-activedescendant)
 *   Enter       open the highlighted hit (its paragraph), or all results when none is
 *   Esc         close, focus back on the button that opened it
 *   Tab         stays inside the dialog (field, Close, "See all results")
 *
 * Loaded by the header's script on first opening; Pagefind itself loads on the first
 * focus of the field (engine.ts).
 */
import { el, loadStylesheet } from '../dom';
import stylesheet from './header-dialog.css?url';
import { loadPagefind, rankAndView, type ResultView } from './engine';
import { drawCorrection, forgivingSearch } from './forgive';
import { latestOnly } from './latest-only';

/** The dialog's styles, fetched with this module; the header waits for them before opening it. */
export const styled = loadStylesheet(stylesheet);

const SHOWN = 8;

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

/** Opens the dialog; `typed` is what the reader typed while this module loaded. */
export function openSearch(host: HTMLElement, from: HTMLElement | null, typed = ''): void {
  opener = from;
  dialog ??= build(host);
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input'));
  } else input.select();
}

function build(host: HTMLElement): HTMLDialogElement {
  const d = el('dialog', { class: 'qs', 'aria-labelledby': 'qs-label' });
  d.innerHTML = `<form class="qs-form" role="search" action="/search/" method="get">
  <div class="qs-bar">
    <label class="qs-label" id="qs-label" for="qs-input">Search the texts, concepts and bibliography</label>
    <input class="field qs-input" id="qs-input" name="q" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="qs-list" autocomplete="off" autocapitalize="off" spellcheck="false" enterkeyhint="search">
    <button class="qs-close" type="button">Close</button>
  </div>
  <p class="qs-status" role="status"></p>
  <p class="qs-suggest" hidden></p>
  <ul class="qs-list" id="qs-list" role="listbox" aria-label="Top results" hidden></ul>
  <p class="qs-foot"><a class="qs-all" href="/search/">See all results</a><span class="qs-keys">↑ ↓ to choose · Enter to open · Esc to close</span></p>
</form>`;
  host.append(d);

  const form = d.querySelector('form')!;
  const input = d.querySelector<HTMLInputElement>('input')!;
  const list = d.querySelector<HTMLUListElement>('ul')!;
  const status = d.querySelector<HTMLElement>('.qs-status')!;
  const all = d.querySelector<HTMLAnchorElement>('.qs-all')!;
  const close = d.querySelector<HTMLButtonElement>('.qs-close')!;
  const suggest = d.querySelector<HTMLElement>('.qs-suggest')!;
  /** The query the reader asked to search as typed ("Search instead for …"). */
  let asTyped = '';
  let suggestLink: HTMLAnchorElement | undefined;
  const pick = (q: string, typed: boolean) => {
    asTyped = typed ? q : '';
    input.value = q;
    input.focus();
    input.dispatchEvent(new Event('input'));
  };

  let active = -1;
  let seq = 0;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];

  const setActive = (i: number) => {
    const opts = options();
    active = i;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const current = opts[i];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (views: ResultView[], total: number, q: string, note?: Parameters<typeof drawCorrection>[1]) => {
    suggestLink = drawCorrection(suggest, note, pick);
    if (note?.replaced) q = note.corrected;
    list.replaceChildren(
      ...views.map((v, i) => {
        const text = el('span', { class: 'qs-excerpt' });
        // Excerpts are built from escaped text with only <mark> added (passages.ts, Pagefind).
        text.innerHTML = v.passages[0]?.excerpt ?? v.excerpt;
        const kind = [v.kind === 'Concept' ? v.byline : v.kind, v.kind === 'Document' || v.kind === 'Reference' ? v.byline : '', v.year]
          .filter(Boolean)
          .join(' · ');
        return el(
          'li',
          { class: 'qs-option', id: `qs-opt-${i}`, role: 'option', 'aria-selected': 'false', 'data-href': v.bestUrl },
          el('span', { class: 'qs-title' }, v.title),
          el('span', { class: 'qs-kind' }, kind),
          text,
        );
      }),
    );
    list.hidden = views.length === 0;
    input.setAttribute('aria-expanded', String(views.length > 0));
    setActive(-1);
    status.textContent = q
      ? total === 0
        ? `No results for ${q}`
        : `${total} ${total === 1 ? 'result' : 'results'} for ${q}${total > views.length ? `, top ${views.length} shown` : ''}`
      : '';
  };

  const search = async () => {
    const q = input.value.replace(/\s+/g, ' ').trim();
    const mine = ++seq;
    all.href = q ? `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : '/search/';
    if (!q) return render([], 0, '');
    try {
      const { outcome, note } = await forgivingSearch(q, asTyped === q);
      if (mine !== seq) return;
      const { order, views } = await rankAndView(outcome.pages, outcome.spellings, outcome.multiword, SHOWN);
      if (mine !== seq) return;
      render(
        order.slice(0, SHOWN).map((m) => views.get(m.id)!),
        order.length,
        q,
        note,
      );
    } catch {
      if (mine === seq) status.textContent = 'Search is not available right now. Try the search page.';
    }
  };

  // Each keystroke searches at once; while a search runs, only the newest query waits for it.
  const searchAsTyped = latestOnly(search);

  const go = (href: string) => {
    d.close();
    location.assign(href);
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    searchAsTyped();
  });
  input.addEventListener('keydown', (e) => {
    const n = options().length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setActive(active + 1 >= n ? 0 : active + 1);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive(active <= 0 ? n - 1 : active - 1);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const href = options()[active]?.dataset['href'];
    go(href ?? all.href);
  });
  // Keep the focus in the field while a hit is clicked.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const href = (e.target as HTMLElement).closest<HTMLElement>('[role=option]')?.dataset['href'];
    if (href) go(href);
  });
  close.addEventListener('click', () => d.close());
  // A click on the backdrop (the dialog box itself has no padding outside the form).
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [input, close, ...(suggestLink && !suggest.hidden ? [suggestLink] : []), all];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    const next = at === -1 ? 0 : (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
    e.preventDefault();
    stops[next]!.focus();
  });
  d.addEventListener('close', () => opener?.focus());
  return d;
}
