/**
 * A reading list passed on as a link (a lecturer's list for a module, say): the items'
 * ids, short names and references, compressed and written into the URL's fragment, so the
 * list travels without a server and is never sent to one. Reading a link back goes through
 * the same checks as the stored list: a link is anyone's to write.
 */
import { parseSavedList, type ParsedList, type SavedItem } from './list.ts';

const VERSION = 1;
/** The fragment key: /my-list/#share=<payload>. */
export const SHARE_PARAM = 'share';
/** A link longer than this is refused unread; the sender is told before it is copied. About 400 items. */
export const MAX_PAYLOAD = 64_000;
/** What a link may unpack to: a compressed payload can expand a thousandfold. */
const MAX_UNPACKED = 1_000_000;

/** Whether this browser can make and read such links (CompressionStream: Safari 16.4 and later, every other current browser). */
export const canShareLists = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** Bytes through a (de)compression stream, refusing output past `limit` bytes. */
async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`unpacks to more than ${limit} bytes`);
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The payload for a link: what was saved and how it reads, not when it was saved or whether it was read. */
export async function encodeSharedList(items: readonly SavedItem[]): Promise<string> {
  const json = JSON.stringify({ v: VERSION, items: items.map(({ id, label, reference }) => ({ id, label, reference })) });
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/**
 * The list in a link, checked like the stored one; received now and unread. A link that
 * is damaged or not ours reads as unreadable, never as an error.
 */
export async function decodeSharedList(payload: string, now: Date): Promise<ParsedList> {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD || !/^[A-Za-z0-9_-]+$/.test(payload)) return { items: [], unreadable: 1 };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), MAX_UNPACKED)));
  } catch {
    return { items: [], unreadable: 1 };
  }
  const list = (data as { v?: unknown; items?: unknown })?.items;
  if ((data as { v?: unknown })?.v !== VERSION || !Array.isArray(list)) return { items: [], unreadable: 1 };
  const added = now.toISOString();
  return parseSavedList(JSON.stringify(list.map((i: unknown) => (typeof i === 'object' && i !== null ? { ...i, added, read: false } : i))));
}
