/**
 * "Cite this passage", loaded on first use by passage-cite-loader.ts.
 *
 * - The passage panel (a disclosure after the passage's "Cite" button, or opened by clicking
 *   the passage number): the in-text citations with the paragraph pinpoint in Harvard (Cite
 *   Them Right) and APA 7, the full references as the page's "Cite this" block gives them
 *   (with today's access date filled in), the passage link, and a quotation field
 *   prefilled with words selected in the passage; each with a Copy button.
 * - The quotation bar: selecting words in the text offers the quotation with its
 *   citation in both styles, ready to paste.
 *
 * Everything is built with DOM calls and classes from passage-cite.css: no inline handlers,
 * no style attributes, so it runs under a strict Content Security Policy.
 */
// A stylesheet link, not a CSS import: Astro would inline an imported stylesheet into every
// document page, which must stay within its byte budget.
import stylesheet from './passage-cite.css?url';
import { copyFromButton } from './copy-text';
import { announce, el, liveRegion, loadStylesheet } from '../dom';
import { inText, pinpoint, quoteWithCitation, type PassageTemplates } from './passage-quote';
import { STYLE_NAMES, type StyleName } from '../../lib/citations/styles';

const BLOCK_NOTE = 'APA sets a quotation of 40 words or more as an indented block, without quotation marks (APA 7, section 8.27).';

let templates: Promise<PassageTemplates>;
let prose: HTMLElement;
let uid = 0;

/** The status region that announces copies, shared by the panel and the bar. */
let status: HTMLElement;

/** The passage (an element with id p-N) that a node is in, if any. */
function passageOf(node: Node | null): HTMLElement | undefined {
  const el = node instanceof Element ? node : node?.parentElement;
  const passage = el?.closest<HTMLElement>('[id^="p-"]');
  return passage && prose.contains(passage) && !el?.closest('.passage-cite') ? passage : undefined;
}

const numberOf = (passage: HTMLElement) => Number(passage.id.slice(2));

/** The last selection made in the text: its words and the passages it runs over. */
interface Selected {
  text: string;
  first: number;
  last: number;
}
let selected: Selected | undefined;

/** The selected words without the page's own controls, with a space between passages. */
function selectedText(range: Range): string {
  const fragment = range.cloneContents();
  for (const control of fragment.querySelectorAll('.pc, .passage-cite')) control.remove();
  for (const block of fragment.querySelectorAll('p, li, blockquote, h2, h3, h4')) block.append(' ');
  return fragment.textContent ?? '';
}

function readSelection(): Selected | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = passageOf(range.startContainer);
  const end = passageOf(range.endContainer);
  if (!start || !end) return undefined;
  const text = selectedText(range).replace(/\s+/g, ' ').trim();
  return text ? { text, first: numberOf(start), last: numberOf(end) } : undefined;
}

/** A labelled line of text with its Copy button ("Copy <label>", or "Copy <name>"). */
function row(label: string, text: string, block = false, name = label, html?: string): { root: HTMLElement; output: HTMLElement } {
  const output = el(block ? 'p' : 'span', { class: 'pc-text', id: `pc-${++uid}` }, text);
  const copy = el('button', { class: 'copy-button', type: 'button', 'aria-label': `Copy ${name}` }, 'Copy');
  copy.addEventListener('click', () =>
    // A reference goes to the clipboard as HTML too, so that a word processor keeps its italics.
    copyFromButton(copy, { text: output.textContent ?? '', html: html || undefined, source: output }, (ok) =>
      announce(
        status,
        ok ? `${name.charAt(0).toUpperCase()}${name.slice(1)} copied to the clipboard.` : 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
      ),
    ),
  );
  return { root: el('div', { class: 'pc-row' }, el('span', { class: 'pc-label' }, label), output, copy), output };
}

/** The page's own full reference in a style, as its "Cite this" block shows it. */
const reference = (style: StyleName) => document.getElementById(`cite-${style}`)?.innerText.trim().replace(/\s+/g, ' ') ?? '';
const referenceHtml = (style: StyleName) => document.getElementById(`cite-${style}`)?.innerHTML.trim() ?? '';

let panel: HTMLElement | undefined;
let panelButton: HTMLButtonElement | undefined;

function closePanel(returnFocus: boolean): void {
  if (!panel) return;
  panel.remove();
  panel = undefined;
  panelButton?.setAttribute('aria-expanded', 'false');
  if (returnFocus) panelButton?.focus();
  panelButton = undefined;
}

function quotationOutputs(t: PassageTemplates, field: HTMLTextAreaElement, first: number, last: number): HTMLElement {
  const box = el('div', { class: 'pc-quotes' });
  const rows = STYLE_NAMES.map((style) => {
    const r = row(`${t[style].label} quotation`, '', false);
    box.append(r.root);
    return { style, ...r };
  });
  const note = el('p', { class: 'pc-note' });
  box.append(note);
  const update = () => {
    let block = false;
    for (const r of rows) {
      const q = quoteWithCitation(field.value, r.style, t[r.style], first, last);
      r.output.textContent = q?.text ?? '';
      r.root.hidden = !q;
      block ||= Boolean(q?.block);
    }
    note.textContent = block ? BLOCK_NOTE : '';
    note.hidden = !block;
  };
  field.addEventListener('input', update);
  update();
  return box;
}

async function openPanel(passage: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const t = await templates;
  closePanel(false);
  const n = numberOf(passage);
  const id = `passage-cite-${n}`;
  const root = el(
    'div',
    { class: 'passage-cite', id, role: 'group', 'aria-labelledby': `${id}-title` },
    el('p', { class: 'pc-title', id: `${id}-title` }, `Cite paragraph ${n}`),
  );

  const note = document.querySelector('.pn-note')?.textContent;
  if (note) root.append(el('p', { class: 'pc-note' }, note));

  for (const style of STYLE_NAMES) {
    const forms = inText(t[style], n);
    const section = el(
      'div',
      { class: 'pc-style' },
      el('p', { class: 'pc-heading' }, t[style].label),
      row('In-text citation', forms.parenthetical, false, `${t[style].label} in-text citation`).root,
      row('Narrative citation', forms.narrative, false, `${t[style].label} narrative citation`).root,
      row('Reference', reference(style), true, `${t[style].label} reference`, referenceHtml(style)).root,
    );
    const namesake = t[style].namesake;
    if (namesake) {
      // Another text here has an author of the same surname: a reference list holding both
      // needs the forms the style uses to tell them apart.
      const beside = inText({ ...t[style], single: namesake.single }, n);
      section.append(
        el('p', { class: 'pc-note' }, `If your reference list also has ${namesake.works.join(' or ')}, ${t[style].label} tells the authors apart:`),
        row('In-text citation', beside.parenthetical, false, `${t[style].label} in-text citation beside the namesake`).root,
        row('Narrative citation', beside.narrative, false, `${t[style].label} narrative citation beside the namesake`).root,
      );
    }
    root.append(section);
  }
  root.append(row('Link to this passage', `${location.origin}${location.pathname}#${passage.id}`, false, 'link to this passage').root);

  // Quotation: the words selected in this passage, or words typed or pasted here.
  const inPassage = selected && n >= selected.first && n <= selected.last ? selected : undefined;
  const fieldId = `${id}-words`;
  const label = el(
    'label',
    { class: 'pc-heading', for: fieldId },
    'Words to quote',
    el('span', { class: 'pc-hint' }, ' (select them in the paragraph, or type or paste them here)'),
  );
  const field = el('textarea', { class: 'field pc-words', id: fieldId, rows: '2' });
  field.value = inPassage?.text ?? '';
  const [first, last] = inPassage ? [inPassage.first, inPassage.last] : [n, n];
  root.append(label, field, quotationOutputs(t, field, first, last));

  const close = el('button', { class: 'button pc-close', type: 'button' }, 'Close');
  close.addEventListener('click', () => closePanel(true));
  root.append(close);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closePanel(true);
    }
  });

  // After the button: inside a list item (a <div> may not follow an <li>), else after the paragraph.
  if (passage.tagName === 'LI') button.after(root);
  else passage.after(root);
  panel = root;
  panelButton = button;
  button.setAttribute('aria-controls', id);
  button.setAttribute('aria-expanded', 'true');
}

/**
 * A click on a passage's "Cite" button opens or closes its panel; a click on its number
 * (which also goes to the passage, as a link should) opens it.
 */
export async function toggle(trigger: HTMLElement): Promise<void> {
  const passage = trigger.closest<HTMLElement>('[id^="p-"]');
  const button = passage?.querySelector<HTMLButtonElement>(':scope > .pc');
  if (!passage || !button) return;
  if (trigger === button && panelButton === button) return closePanel(true);
  if (panelButton === button) return;
  try {
    await openPanel(passage, button);
  } catch {
    // Offline, or the file is missing: say so, on screen and to screen readers.
    const message = el(
      'p',
      { class: 'passage-cite', role: 'alert' },
      'Could not load the passage citation. The “Cite this” section at the end of the page has the reference; the paragraph number is in the margin.',
    );
    if (passage.tagName === 'LI') button.after(message);
    else passage.after(message);
    window.setTimeout(() => message.remove(), 8000);
  }
}

let bar: HTMLElement | undefined;

function closeBar(): void {
  bar?.remove();
  bar = undefined;
}

async function showBar(s: Selected): Promise<void> {
  const t = await templates.catch(() => undefined);
  if (!t) return;
  closeBar();
  const where = s.first === s.last ? `paragraph ${s.first}` : `paragraphs ${pinpoint(s.first, s.last)}`;
  const root = el(
    'div',
    { class: 'quote-bar', role: 'region', 'aria-label': 'Quotation with citation' },
    el('p', { class: 'pc-title' }, `Quote from ${where}`),
  );
  for (const style of STYLE_NAMES) {
    const q = quoteWithCitation(s.text, style, t[style], s.first, s.last);
    if (q) root.append(row(`${t[style].label} quotation`, q.text).root);
    if (q?.block) root.append(el('p', { class: 'pc-note' }, BLOCK_NOTE));
  }
  const close = el('button', { class: 'button pc-close', type: 'button' }, 'Close');
  close.addEventListener('click', closeBar);
  root.append(close);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeBar();
  });
  document.body.append(root);
  bar = root;
}

let timer: number | undefined;
function onSelectionChange(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    const now = readSelection();
    if (now) {
      selected = now;
      void showBar(now);
    } else if (bar && !bar.contains(document.activeElement) && !bar.matches(':hover')) {
      const selection = getSelection();
      // A selection elsewhere, or none: the bar no longer matches what the reader sees.
      if (!selection || selection.isCollapsed || !prose.contains(selection.anchorNode)) closeBar();
    }
  }, 150);
}

/** Called once by the loader. */
export function start(root: HTMLElement): void {
  prose = root;
  const styled = loadStylesheet(stylesheet);
  const data = fetch(new URL('passages.json', location.href)).then((r) => {
    if (!r.ok) throw new Error(`passages.json: ${r.status}`);
    return r.json() as Promise<PassageTemplates>;
  });
  // The panel waits for its styles so that it never shows unstyled.
  templates = Promise.all([data, styled]).then(([t]) => t);
  status = liveRegion();
  prose.after(status);
  document.addEventListener('selectionchange', onSelectionChange);
  // A selection made before this module arrived: kept at once for the panel, offered in the bar.
  selected = readSelection();
  if (selected) void showBar(selected);
}
