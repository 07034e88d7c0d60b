/**
 * Passing a list on: "Copy a link to this list" writes the current list into a link
 * (/my-list/#l=…: its title, sections, notes, importance and item codes; see
 * src/lib/reading-list/shared-list.ts). Opening such a link (or a link of the first
 * format, #share=…) shows the list it carries, with a link to each item, and offers to add
 * it as a new list of the reader's own: it never replaces or merges into one. The fragment
 * never reaches a server.
 */
import { LIST_PARAM, MAX_PAYLOAD, SHARE_PARAM, canShareLists, decodeList, decodeSharedList, encodeList } from '../../lib/reading-list/shared-list';
import { addList, currentList, unusedTitle, type ListItem, type ListSection, type MyList } from '../../lib/reading-list/lists';
import { itemUrl, type SavedItem } from '../../lib/reading-list/list';
import { drawReference } from './reference-dom';
import { announce, el, need } from '../dom';
import { readState, writeState } from './store';
import { goneIds, lookUpCodes } from './lookup';

const count = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
const IMPORTANCE_WORDS = { essential: 'Essential', recommended: 'Recommended', further: 'Further reading' } as const;

/** The "Copy a link" button: the link goes to the clipboard, or is shown selected to copy by hand. */
export function enableShareLink(root: HTMLElement, status: HTMLElement): void {
  const button = need<HTMLButtonElement>(root, '[data-share]');
  const box = need<HTMLInputElement>(root, '[data-share-link]');
  button.addEventListener('click', async () => {
    const list = currentList(readState().state);
    let href: string;
    try {
      const payload = await encodeList(list);
      if (payload.length > MAX_PAYLOAD) {
        announce(status, `This list is too long for a link (${count(list.items.length)}). Download it as a file instead.`);
        return;
      }
      const url = new URL('/my-list/', location.href);
      url.hash = `${LIST_PARAM}=${payload}`;
      href = url.href;
    } catch {
      announce(status, 'Could not make a link in this browser. Download the list as a file instead.');
      return;
    }
    box.value = href;
    try {
      await navigator.clipboard.writeText(href);
      box.parentElement!.hidden = true;
      announce(
        status,
        `Link copied. Whoever opens it sees ${list.title}, its ${count(list.items.length)}, sections and notes, and can add it as a list of their own.`,
      );
    } catch {
      box.parentElement!.hidden = false;
      box.focus();
      box.select();
      announce(status, 'Could not copy. The link is selected in the box below: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });
}

/** A shared list, read: its items with what the site knows of them. `missing` counts items the link names but the site does not have (or could not be asked about). */
interface Received {
  title: string;
  sections: ListSection[];
  items: ListItem[];
  missing: number;
  unchecked: number;
  /** Items a first-format link carries (with their references) that the site no longer has: shown without a link. */
  gone: ReadonlySet<string>;
}

/** "[date accessed]" in a web text's reference becomes today, as a Save press writes it. */
function withAccessDate(item: SavedItem, now: Date): SavedItem {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  return { ...item, reference: item.reference.map((s) => ({ ...s, text: s.text.replace('[date accessed]', day) })), added: now.toISOString() };
}

async function receive(hash: string, now: Date): Promise<Received | undefined> {
  const v2 = new RegExp(`^#${LIST_PARAM}=(.*)$`).exec(hash);
  if (v2) {
    const coded = await decodeList(v2[1] ?? '');
    if (!coded) return undefined;
    const sections = coded.sections.map((title, n) => ({ id: `s${n + 1}`, title: title || `Section ${n + 1}` }));
    const found = await lookUpCodes(coded.items.map((i) => i.code));
    const items: ListItem[] = [];
    let missing = 0;
    let unchecked = 0;
    for (const c of coded.items) {
      const item = found.get(c.code);
      if (item === undefined) unchecked += 1;
      if (!item) {
        missing += 1;
        continue;
      }
      if (items.some((i) => i.id === item.id)) continue;
      items.push({
        ...withAccessDate(item, now),
        ...(c.section >= 0 ? { section: sections[c.section]!.id } : {}),
        ...(c.importance ? { importance: c.importance } : {}),
        ...(c.note ? { note: c.note } : {}),
      });
    }
    return { title: coded.title || 'A shared reading list', sections, items, missing, unchecked, gone: new Set() };
  }
  const v1 = new RegExp(`^#${SHARE_PARAM}=(.*)$`).exec(hash);
  if (v1 && canShareLists()) {
    const { items, unreadable } = await decodeSharedList(v1[1] ?? '', now);
    if (items.length === 0) return undefined;
    return { title: 'A shared reading list', sections: [], items, missing: unreadable, unchecked: 0, gone: await goneIds(items.map((i) => i.id)) };
  }
  return undefined;
}

function drawReceived(received: Received): HTMLElement[] {
  const groups: { title?: string; items: ListItem[] }[] = [
    { items: received.items.filter((i) => !i.section) },
    ...received.sections.map((s) => ({ title: s.title, items: received.items.filter((i) => i.section === s.id) })),
  ];
  return groups.flatMap(({ title, items }) => {
    if (!title && items.length === 0) return [];
    const list = el(
      'ol',
      { class: 'reference-list' },
      ...items.map((item) =>
        el(
          'li',
          {},
          el('p', { class: 'ref' }, drawReference(item.reference)),
          el(
            'p',
            { class: 'ref-meta' },
            ...(item.importance ? [el('strong', {}, IMPORTANCE_WORDS[item.importance]), ' · '] : []),
            received.gone.has(item.id)
              ? 'No longer on this site'
              : el('a', { href: itemUrl(item.id) }, 'Open', el('span', { class: 'visually-hidden' }, ` ${item.label}`)),
          ),
          ...(item.note ? [el('p', { class: 'shared-note' }, item.note)] : []),
        ),
      ),
    );
    return [...(title ? [el('h3', {}, title)] : []), items.length > 0 ? list : el('p', { class: 'meta' }, 'No items in this section.')];
  });
}

/** When the page opens on a shared link: shows its list and offers to add it as a new list. */
export async function showSharedList(root: HTMLElement, status: HTMLElement, options: { canStore: boolean; onAdded: (title: string) => void }): Promise<void> {
  // A shared link pasted into the address bar of this very page changes only the fragment,
  // which does not reload the page: reload it, so the link is read like any other.
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith(`#${SHARE_PARAM}=`) || location.hash.startsWith(`#${LIST_PARAM}=`)) location.reload();
  });
  if (!location.hash.startsWith(`#${SHARE_PARAM}=`) && !location.hash.startsWith(`#${LIST_PARAM}=`)) return;
  const panel = need<HTMLElement>(root, '[data-shared]');
  const heading = need<HTMLElement>(panel, '#shared-title');
  const listTitle = need<HTMLElement>(panel, '[data-shared-list-title]');
  const summary = need<HTMLElement>(panel, '[data-shared-summary]');
  const body = need<HTMLElement>(panel, '[data-shared-items]');
  const add = need<HTMLButtonElement>(panel, '[data-shared-add]');
  const received = await receive(location.hash, new Date());
  panel.hidden = false;
  const close = () => {
    panel.hidden = true;
    // The link has done its work; reloading the page should not offer it again.
    history.replaceState(history.state, '', location.pathname + location.search);
    need<HTMLElement>(document, '#my-list-title').focus();
  };
  need<HTMLButtonElement>(panel, '[data-shared-dismiss]').addEventListener('click', close);
  if (!received) {
    summary.textContent =
      canShareLists() || location.hash.startsWith(`#${LIST_PARAM}=`)
        ? 'This link’s list could not be read: it may have been cut short when it was copied.'
        : 'This browser cannot read shared lists; a current Chrome, Edge, Firefox or Safari can.';
    listTitle.hidden = true;
    add.hidden = true;
    heading.focus();
    return;
  }
  listTitle.textContent = received.title;
  body.replaceChildren(...drawReceived(received));
  summary.textContent =
    `${count(received.items.length)}` +
    (received.sections.length > 0 ? ` in ${received.sections.length} ${received.sections.length === 1 ? 'section' : 'sections'}` : '') +
    '.' +
    (received.missing - received.unchecked > 0
      ? ` ${count(received.missing - received.unchecked)} in the link ${received.missing - received.unchecked === 1 ? 'is' : 'are'} no longer on this site.`
      : '') +
    (received.unchecked > 0 ? ` ${count(received.unchecked)} could not be looked up: check the connection and reload.` : '') +
    (options.canStore
      ? ' Adding it makes a new list of your own; your lists stay as they are.'
      : ' This browser will not keep a list, so it cannot be added here.');
  add.hidden = !options.canStore || received.items.length === 0;
  add.addEventListener('click', () => {
    const { state } = readState();
    const title = unusedTitle(state, received.title);
    const list: Omit<MyList, 'id'> = { title, sections: received.sections, items: received.items };
    const next = addList(state, list);
    if (writeState(next)) {
      close();
      options.onAdded(title);
    } else announce(status, 'Your browser would not keep the list: storage is full or turned off.');
  });
  // The panel appears once the link is read; focus goes to it, so the reader knows.
  heading.focus();
}
