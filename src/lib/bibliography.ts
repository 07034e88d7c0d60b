/** Looking up bibliography records by key, and a document's references as records. */
import type { CslItem } from '../content/bibliography-schema.ts';
import type { ReferenceListData } from './reference-list.ts';

export function worksByKey(entries: readonly { id: string; data: CslItem }[]): Map<string, CslItem> {
  return new Map(entries.map((e) => [e.id, { ...e.data, id: e.id }]));
}

/** Distinct works a document cites or lists (printed list first, in order; then unlisted and in-text only). */
export function documentWorkKeys(list: ReferenceListData | undefined, citedKeys: readonly string[]): string[] {
  const keys = [...(list?.entries.map((e) => e.key) ?? []), ...(list?.unlisted.map((u) => u.key) ?? []), ...citedKeys];
  return [...new Set(keys)];
}

export function pick(works: ReadonlyMap<string, CslItem>, keys: readonly string[]): CslItem[] {
  return keys.map((k) => {
    const w = works.get(k);
    if (!w) throw new Error(`no bibliography record for "${k}"`);
    return w;
  });
}
