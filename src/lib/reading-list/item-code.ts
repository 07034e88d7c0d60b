/**
 * Short, stable codes for the things a list can hold, so that a shared link carries four
 * bytes an item instead of its id. A code is a hash of the id alone (FNV-1a, cut to 30 bits),
 * so it never changes as the corpus grows and old links keep resolving; the browser makes
 * codes itself, and reads them back through a lookup the build writes as small static files,
 * one per code prefix (256 at most), so that a receiver fetches only the few it needs and no
 * file grows beyond a few kilobytes with thousands of texts. Two ids with one code fail the
 * build (`itemCodeTable`): with 30 bits, a corpus of 5,000 ids has about a 1% chance of one.
 */

/** 30 bits: two of a 32-bit word are left for the item's importance. */
export const CODE_BITS = 30;

/** The code of an id (`document:<slug>`, `concept:<slug>`, `work:<key>`). */
export function itemCode(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // XOR-folded to 30 bits, as FNV's authors advise for shorter hashes.
  return ((h >>> CODE_BITS) ^ h) & ((1 << CODE_BITS) - 1);
}

/** The lookup file a code is in: its top eight bits, as two hex digits. */
export function codeShard(code: number): string {
  return (code >>> (CODE_BITS - 8)).toString(16).padStart(2, '0');
}

/** The lookup file's address. */
export const shardUrl = (shard: string): string => `/my-list/items/${shard}.json`;

/** What the lookup tells of an item: enough to show it, link to it and add it to a list. */
export interface CodedItem {
  id: string;
  label: string;
  /** The Harvard reference (list.ts's ReferenceSegment runs), with "[date accessed]" for the browser to fill. */
  reference: { text: string; italic?: true; href?: string }[];
}

/**
 * Every id by its code, in lookup files by prefix; throws, naming both ids, when two share a
 * code, since a link could then open the wrong text.
 */
export function itemCodeTable(items: readonly CodedItem[]): Map<string, Record<string, CodedItem>> {
  const byCode = new Map<number, CodedItem>();
  for (const item of items) {
    const code = itemCode(item.id);
    const other = byCode.get(code);
    if (other && other.id !== item.id) {
      throw new Error(
        `"${other.id}" and "${item.id}" have the same share-link code (${code}): give one of them another key or slug, or extend src/lib/reading-list/item-code.ts`,
      );
    }
    byCode.set(code, item);
  }
  const shards = new Map<string, Record<string, CodedItem>>();
  for (const [code, item] of [...byCode].sort((a, b) => a[0] - b[0])) {
    const shard = codeShard(code);
    const table = shards.get(shard) ?? {};
    table[String(code)] = item;
    shards.set(shard, table);
  }
  return shards;
}
