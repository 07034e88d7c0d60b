/**
 * A reading list passed on as a link (a lecturer's list for a module, say), written into
 * the URL's fragment, so the list travels without a server and is never sent to one.
 * Reading a link back goes through the same checks as the stored list: a link is anyone's
 * to write.
 *
 * Two formats. The first (`#share=`, version 1) carried each item's id, short name and
 * formatted reference, compressed: about 1,100 characters for twenty items. It is still
 * read. The second (`#l=`, version 2) carries only what the reader wrote (the list's title,
 * its sections, each item's importance and note) and each item as a four-byte code
 * (item-code.ts) that the site's lookup turns back into the item: twenty items with a
 * title and sections in about 200 characters. See docs/my-list.md.
 */
import { parseSavedList, type ParsedList, type SavedItem } from './list.ts';
import { IMPORTANCE, MAX_NOTE, MAX_TITLE, groups, type Importance, type MyList } from './lists.ts';
import { itemCode } from './item-code.ts';

const VERSION = 1;
/** The fragment key of the first format: /my-list/#share=<payload>. */
export const SHARE_PARAM = 'share';
/** The fragment key of the second: /my-list/#l=<payload>. */
export const LIST_PARAM = 'l';
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

// Version 2: a byte string, base64url. Its first byte says whether the rest is deflated.
const RAW = 2;
const DEFLATED = 3;
/** More items than any reading list has; a link claiming more is refused. */
export const MAX_ITEMS = 5_000;

/** A list as a version-2 link carries it: codes still to be looked up. */
export interface CodedList {
  title: string;
  sections: string[];
  /** In reading order; `section` indexes `sections`, -1 for none. */
  items: { code: number; section: number; importance?: Importance; note?: string }[];
}

class Writer {
  bytes: number[] = [];
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
  }
  text(t: string): void {
    const b = new TextEncoder().encode(t);
    this.varint(b.length);
    this.bytes.push(...b);
  }
  uint32(n: number): void {
    this.bytes.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  }
}

/** Reads a link's bytes, refusing anything out of bounds: every read is checked against what is left. */
class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  varint(max: number): number {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.left < 1) throw new RangeError('ends early');
      const b = this.bytes[this.at++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        if (n > max) throw new RangeError('number out of range');
        return n;
      }
    }
    throw new RangeError('number too long');
  }
  text(maxChars: number): string {
    const length = this.varint(maxChars * 4);
    if (length > this.left) throw new RangeError('ends early');
    // fatal: bytes that are not UTF-8 make the link unreadable, never mojibake.
    const t = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return t;
  }
  uint32(): number {
    if (this.left < 4) throw new RangeError('ends early');
    const b = this.bytes;
    const n = ((b[this.at]! << 24) | (b[this.at + 1]! << 16) | (b[this.at + 2]! << 8) | b[this.at + 3]!) >>> 0;
    this.at += 4;
    return n;
  }
}

/** The list's bytes: title, section titles, then each group's items (code and importance in four bytes), then the notes by item. */
export function packList(list: Pick<MyList, 'title' | 'sections' | 'items'>): Uint8Array<ArrayBuffer> {
  const w = new Writer();
  w.text(list.title);
  w.varint(list.sections.length);
  for (const s of list.sections) w.text(s.title);
  const notes: [number, string][] = [];
  let n = 0;
  for (const g of groups(list as MyList)) {
    w.varint(g.items.length);
    for (const item of g.items) {
      w.uint32(((itemCode(item.id) << 2) | (item.importance ? IMPORTANCE.indexOf(item.importance) + 1 : 0)) >>> 0);
      if (item.note) notes.push([n, item.note]);
      n += 1;
    }
  }
  w.varint(notes.length);
  for (const [at, note] of notes) {
    w.varint(at);
    w.text(note);
  }
  return Uint8Array.from(w.bytes);
}

export function unpackList(bytes: Uint8Array): CodedList {
  const r = new Reader(bytes);
  const title = r.text(MAX_TITLE);
  const sections: string[] = [];
  for (let s = r.varint(1_000); s > 0; s -= 1) sections.push(r.text(MAX_TITLE));
  const items: CodedList['items'] = [];
  for (let g = -1; g < sections.length; g += 1) {
    for (let count = r.varint(MAX_ITEMS - items.length); count > 0; count -= 1) {
      const word = r.uint32();
      const importance = word & 3;
      items.push({ code: word >>> 2, section: g, ...(importance > 0 ? { importance: IMPORTANCE[importance - 1] } : {}) });
    }
  }
  for (let notes = r.varint(items.length); notes > 0; notes -= 1) {
    const at = r.varint(items.length - 1);
    const note = r.text(MAX_NOTE).trim();
    if (note) items[at]!.note = note;
  }
  if (r.left > 0) throw new RangeError('trailing bytes');
  return { title: title.trim(), sections: sections.map((s) => s.trim()), items };
}

/** The payload of a version-2 link: the packed list, deflated when that is shorter. */
export async function encodeList(list: Pick<MyList, 'title' | 'sections' | 'items'>): Promise<string> {
  const packed = packList(list);
  const withFlag = (flag: number, b: Uint8Array) => Uint8Array.from([flag, ...b]);
  const raw = withFlag(RAW, packed);
  if (!canShareLists()) return toBase64Url(raw);
  const deflated = withFlag(DEFLATED, await pipe(packed, new CompressionStream('deflate-raw')));
  return toBase64Url(deflated.length < raw.length ? deflated : raw);
}

/** The list a version-2 link carries, or undefined when it cannot be read (cut short, altered, or not ours). */
export async function decodeList(payload: string): Promise<CodedList | undefined> {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD || !/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  try {
    const bytes = fromBase64Url(payload);
    const body = bytes.subarray(1);
    if (bytes[0] === RAW) return unpackList(body);
    if (bytes[0] === DEFLATED && canShareLists()) return unpackList(await pipe(body.slice(), new DecompressionStream('deflate-raw'), MAX_UNPACKED));
    return undefined;
  } catch {
    return undefined;
  }
}
