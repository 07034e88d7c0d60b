/**
 * The "Cite" panel of one work, loaded with the first approach to a Cite button: fetches the
 * work's forms (/bibliography/<key>.cite.json, written at build time by src/lib/citations/cite-forms.ts)
 * and shows, in Harvard and APA, the reference and both in-text forms, each with a Copy
 * button. The panel is a labelled group that takes focus when it opens; Escape or Close
 * shuts it and gives focus back to its button. What is copied is announced.
 */
import type { StyleForms, WorkCiteForms } from '../../../lib/citations/cite-forms';
import type { StyleName } from '../../../lib/citations/styles';
import { copyFromButton } from '../copy-text';
import { announce, el, liveRegion, loadStylesheet } from '../../dom';
// A stylesheet link, not a CSS import: Astro would inline an imported stylesheet into every
// page that has a Cite button.
import stylesheet from './cite-panel.css?url';

/** Each form: its label in the panel, and its name in buttons and announcements. */
const FORM_NAMES: Record<keyof Omit<StyleForms, 'name'>, [label: string, name: string]> = {
  reference: ['Reference', 'reference'],
  parenthetical: ['In-text (parenthetical)', 'parenthetical in-text citation'],
  narrative: ['In-text (narrative)', 'narrative in-text citation'],
};

const forms = new Map<string, Promise<WorkCiteForms>>();

/** The work's forms, fetched once per page (a failed fetch is tried again next time). */
function formsOf(key: string): Promise<WorkCiteForms> {
  let found = forms.get(key);
  if (!found) {
    found = fetch(`/bibliography/${encodeURIComponent(key)}.cite.json`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<WorkCiteForms>;
    });
    found.catch(() => forms.delete(key));
    forms.set(key, found);
  }
  return found;
}

const SAFE_HREF = /^https?:\/\//;

/**
 * The build's formatted HTML as DOM nodes, keeping only what a reference needs (italics,
 * bold, super- and subscript, web links) and never an attribute that a strict CSP would
 * refuse (citeproc can write `style=""`).
 */
function drawHtml(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.textContent ?? ''));
        continue;
      }
      if (!(node instanceof Element)) continue;
      const tag = node.localName;
      const href = node.getAttribute('href') ?? '';
      let kept: Element | undefined;
      if (tag === 'i' || tag === 'em') kept = el('i');
      else if (tag === 'b' || tag === 'strong') kept = el('b');
      else if (tag === 'sup' || tag === 'sub') kept = el(tag);
      else if (tag === 'a' && SAFE_HREF.test(href)) kept = el('a', { href });
      if (kept) {
        copy(node, kept);
        to.appendChild(kept);
      } else copy(node, to);
    }
  };
  copy(parsed, out);
  return out;
}

/** What goes to the clipboard as HTML: the form with its italics, and links as their text (as My list copies). */
function clipboardHtml(shown: Element): string {
  const clone = shown.cloneNode(true) as Element;
  for (const a of clone.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  return clone.innerHTML;
}

const flat = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

let panels = 0;

function formList(work: WorkCiteForms, style: StyleForms, only: readonly (keyof typeof FORM_NAMES)[], what: string, region: HTMLElement): HTMLDListElement {
  const list = el('dl');
  for (const form of only) {
    const term = el('dt', {}, FORM_NAMES[form][0]);
    if (!style[form]) {
      // Only a reference can be missing: the work's title is not known (see the entry's note).
      list.append(term, el('dd', {}, 'None can be given: the source names only the author and year, not the title.'));
      continue;
    }
    const shown = el('span', { class: 'cite-panel-text' }, drawHtml(style[form]));
    const word = el('span', {}, 'Copy');
    const name = `the ${style.name} ${FORM_NAMES[form][1]} of ${work.label}${what}`;
    const button = el('button', { type: 'button', class: 'button cite-panel-copy' }, word, el('span', { class: 'visually-hidden' }, ` ${name}`));
    button.addEventListener('click', () =>
      copyFromButton(word, { text: flat(shown), html: clipboardHtml(shown), source: shown }, (ok) =>
        announce(region, ok ? `Copied ${name}.` : `Could not copy: ${name} is selected, press Ctrl+C (⌘C on a Mac).`),
      ),
    );
    list.append(term, el('dd', {}, shown, ' ', button));
  }
  return list;
}

function drawPanel(work: WorkCiteForms, first: StyleName, close: () => void, region: HTMLElement): HTMLElement {
  const id = `cite-panel-${++panels}`;
  const panel = el(
    'div',
    { class: 'cite-panel', id, role: 'group', 'aria-labelledby': `${id}-title`, tabindex: '-1' },
    el('p', { class: 'cite-panel-title', id: `${id}-title` }, `Cite ${work.label}`),
  );
  const order = first === 'apa' ? (['apa', 'harvard'] as const) : (['harvard', 'apa'] as const);
  for (const s of order) {
    const style = work.styles[s];
    const section = el(
      'div',
      { class: 'cite-panel-style' },
      el('p', { class: 'cite-panel-style-name' }, style.name),
      formList(work, style, ['reference', 'parenthetical', 'narrative'], '', region),
    );
    const other = work.namesakes?.styles[s];
    if (other) {
      const changed = (['reference', 'parenthetical', 'narrative'] as const).filter((f) => other[f] !== style[f]);
      const note = el(
        'p',
        { class: 'cite-panel-note' },
        `If your reference list also has ${work.namesakes!.works.join(' or ')}, ${style.name} tells the works apart, as this site’s bibliography does:`,
      );
      section.append(note, formList(work, other, changed, ', as the site’s bibliography gives it', region));
    }
    panel.append(section);
  }
  const closer = el('button', { type: 'button', class: 'button cite-panel-close' }, 'Close');
  closer.addEventListener('click', close);
  panel.append(closer);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  return panel;
}

const open = new WeakMap<HTMLButtonElement, HTMLElement>();
const busy = new WeakSet<HTMLButtonElement>();
const styled = loadStylesheet(stylesheet);

/** The page's one live region for what the panels say, made on first need. */
let region: HTMLElement | undefined;
function statusRegion(): HTMLElement {
  if (!region) {
    region = liveRegion();
    document.body.append(region);
  }
  return region;
}

/** The entry a Cite button stands in, and the key of its work (see cite-buttons.ts). */
function workOf(button: HTMLButtonElement): { entry: HTMLElement; key: string; label: string } | undefined {
  // The entry as cite-buttons.ts finds it: a work's list entry, or a work's own page's reference block.
  const entry = button.closest<HTMLElement>('[data-save^="work:"], [data-save-works] > li[id^="ref-"]');
  if (!entry) return undefined;
  const key = entry.dataset.save?.startsWith('work:') ? entry.dataset.save.slice(5) : entry.id.slice(4);
  const label = button.querySelector('.visually-hidden')?.textContent?.trim() ?? key;
  return { entry, key, label };
}

export function preloadForms(button: HTMLButtonElement): void {
  const work = workOf(button);
  if (work) formsOf(work.key).catch(() => undefined);
}

/** Opens the work's panel under its entry (fetching its forms the first time), or closes it. */
export async function togglePanel(button: HTMLButtonElement): Promise<void> {
  const work = workOf(button);
  if (!work || busy.has(button)) return;
  const { entry, key, label } = work;
  button.firstChild!.textContent = 'Cite';
  const region = statusRegion();
  const existing = open.get(button);
  const close = () => {
    const panel = open.get(button);
    if (panel) panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  if (existing && !existing.hidden) return close();
  let panel = existing;
  if (!panel) {
    let forms: WorkCiteForms;
    busy.add(button);
    button.setAttribute('aria-busy', 'true');
    try {
      forms = await formsOf(key);
      await styled;
    } catch {
      announce(region, `Could not load the citation of ${label}. Check the connection and try again.`);
      return;
    } finally {
      busy.delete(button);
      button.removeAttribute('aria-busy');
    }
    const first = entry.closest<HTMLElement>('[data-cite-style]')?.dataset.citeStyle === 'apa' ? 'apa' : 'harvard';
    panel = drawPanel(forms, first, close, region);
    open.set(button, panel);
    button.setAttribute('aria-controls', panel.id);
    // Escape on the button closes its open panel too.
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !open.get(button)?.hidden) close();
    });
    (button.closest('.ref-meta') ?? button).after(panel);
  }
  panel.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  panel.focus();
}
