/**
 * The site's lookup from share-link codes to items (src/pages/my-list/items/[shard].json.ts):
 * what a shared list's codes stand for, and which saved items the site no longer has. Each
 * lookup file is fetched once a page. Its entries are read through the same checks as the
 * stored list, as a file on the network is not trusted either.
 */
import { codeShard, itemCode, shardUrl } from '../../lib/reading-list/item-code';
import { parseSavedList, type SavedItem } from '../../lib/reading-list/list';

/** Each code of a file, or undefined when the file could not be fetched (offline): then nothing can be said of its codes. */
const files = new Map<string, Promise<Map<number, SavedItem> | undefined>>();

function shard(name: string): Promise<Map<number, SavedItem> | undefined> {
  let file = files.get(name);
  if (!file) {
    file = fetch(shardUrl(name))
      .then(async (r) => {
        // No file: the build had no item with such a code.
        if (r.status === 404) return new Map<number, SavedItem>();
        if (!r.ok) throw new Error(String(r.status));
        const table = (await r.json()) as Record<string, unknown>;
        const out = new Map<number, SavedItem>();
        for (const [code, entry] of Object.entries(table)) {
          const item = parseSavedList(JSON.stringify([{ ...(entry as object), added: new Date(0).toISOString(), read: false }])).items[0];
          if (item && itemCode(item.id) === Number(code)) out.set(Number(code), item);
        }
        return out;
      })
      .catch(() => {
        files.delete(name);
        return undefined;
      });
    files.set(name, file);
  }
  return file;
}

/** What each code stands for: the item, null when the site has none with that code, undefined when that could not be checked. */
export async function lookUpCodes(codes: readonly number[]): Promise<Map<number, SavedItem | null | undefined>> {
  const names = [...new Set(codes.map(codeShard))];
  const tables = new Map(await Promise.all(names.map(async (n) => [n, await shard(n)] as const)));
  return new Map(codes.map((c) => [c, tables.get(codeShard(c)) === undefined ? undefined : (tables.get(codeShard(c))!.get(c) ?? null)]));
}

/** The ids the site's build does not have (checked against its lookup); ids that could not be checked are not among them. */
export async function goneIds(ids: readonly string[]): Promise<Set<string>> {
  const found = await lookUpCodes(ids.map(itemCode));
  return new Set(ids.filter((id) => found.get(itemCode(id)) === null || (found.get(itemCode(id)) && found.get(itemCode(id))!.id !== id)));
}
