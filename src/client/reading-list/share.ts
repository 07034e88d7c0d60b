/**
 * Passing a list on: "Copy a link to this list" writes the list into a link
 * (/my-list/#share=…); opening such a link shows the list it carries and offers to add it
 * to the reader's own. The fragment never reaches a server.
 */
import { isSaved } from '../../lib/reading-list/list';
import { MAX_PAYLOAD, SHARE_PARAM, canShareLists, decodeSharedList, encodeSharedList } from '../../lib/reading-list/shared-list';
import { drawReference } from './reference-dom';
import { onListChange } from './storage-key';
import { announce, el, need } from '../dom';
import { readList, writeList } from './store';

const count = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** The "Copy a link" button: the link goes to the clipboard, or is shown selected to copy by hand. */
export function enableShareLink(root: HTMLElement, status: HTMLElement): void {
  const button = need<HTMLButtonElement>(root, '[data-share]');
  const box = need<HTMLInputElement>(root, '[data-share-link]');
  if (!canShareLists()) {
    button.hidden = true; // This browser cannot pack a list into a link.
    return;
  }
  button.addEventListener('click', async () => {
    const items = readList().items;
    let href: string;
    try {
      const payload = await encodeSharedList(items);
      if (payload.length > MAX_PAYLOAD) {
        announce(status, `This list is too long for a link (${count(items.length)}). Download it as a file instead.`);
        return;
      }
      const url = new URL('/my-list/', location.href);
      url.hash = `${SHARE_PARAM}=${payload}`;
      href = url.href;
    } catch {
      announce(status, 'Could not make a link in this browser. Download the list as a file instead.');
      return;
    }
    box.value = href;
    try {
      await navigator.clipboard.writeText(href);
      box.parentElement!.hidden = true;
      announce(status, `Link copied. Whoever opens it sees these ${count(items.length)} and can add them to their own list.`);
    } catch {
      box.parentElement!.hidden = false;
      box.focus();
      box.select();
      announce(status, 'Could not copy. The link is selected in the box below: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });
}

/** When the page opens on a shared link: shows its list and offers to add it. */
export async function showSharedList(root: HTMLElement, status: HTMLElement, canStore: boolean): Promise<void> {
  // A shared link pasted into the address bar of this very page changes only the fragment,
  // which does not reload the page: reload it, so the link is read like any other.
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith(`#${SHARE_PARAM}=`)) location.reload();
  });
  const match = new RegExp(`^#${SHARE_PARAM}=(.*)$`).exec(location.hash);
  if (!match) return;
  const panel = need<HTMLElement>(root, '[data-shared]');
  const title = need<HTMLElement>(panel, '#shared-title');
  const summary = need<HTMLElement>(panel, '[data-shared-summary]');
  const list = need<HTMLOListElement>(panel, '[data-shared-items]');
  const add = need<HTMLButtonElement>(panel, '[data-shared-add]');
  const { items, unreadable } = canShareLists() ? await decodeSharedList(match[1] ?? '', new Date()) : { items: [], unreadable: 1 };
  panel.hidden = false;
  const close = () => {
    panel.hidden = true;
    // The link has done its work; reloading the page should not offer it again.
    history.replaceState(history.state, '', location.pathname + location.search);
    need<HTMLElement>(document, '#my-list-title').focus();
  };
  need<HTMLButtonElement>(panel, '[data-shared-dismiss]').addEventListener('click', close);
  if (items.length === 0) {
    summary.textContent = canShareLists()
      ? 'This link’s list could not be read: it may have been cut short when it was copied.'
      : 'This browser cannot read shared lists; a current Chrome, Edge, Firefox or Safari can.';
    add.hidden = true;
    title.focus();
    return;
  }
  list.replaceChildren(...items.map((item) => el('li', {}, el('p', { class: 'ref' }, drawReference(item.reference)))));
  // What is new to the reader's list is worked out again whenever the list changes (another tab, an undo).
  const refresh = () => {
    const fresh = items.filter((i) => !isSaved(readList().items, i.id));
    summary.textContent =
      count(items.length) +
      (fresh.length < items.length ? `, ${items.length - fresh.length} of them already on your list` : '') +
      (unreadable > 0 ? `; ${unreadable} more could not be read` : '') +
      '.' +
      (canStore ? '' : ' This browser will not keep a list, so they cannot be added here.');
    add.hidden = !canStore || fresh.length === 0;
    add.textContent = `Add ${fresh.length === items.length ? 'all' : count(fresh.length)} to my list`;
  };
  refresh();
  onListChange(refresh);
  add.addEventListener('click', () => {
    const now = readList().items;
    const added = items.filter((i) => !isSaved(now, i.id));
    if (writeList([...now, ...added])) {
      announce(status, `Added ${count(added.length)} to your list.`);
      close();
    } else announce(status, 'Your browser would not keep the list: storage is full or turned off.');
  });
  // The panel appears once the link is read; focus goes to it, so the reader knows.
  title.focus();
}
