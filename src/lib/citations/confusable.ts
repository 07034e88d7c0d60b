/**
 * Which works a citation style could confuse, so that each can be formatted with only those
 * beside it. citeproc makes a work's citation and entry depend on the other works formatted
 * with it only where their names collide: a year suffix (2005a/2005b) or a second author
 * added where two citations would read the same, initials where two authors share a surname
 * (APA 7 §8.20). A work that shares no name (or title standing for one) with any other comes
 * out the same alone as in any list, so it can be formatted once and its text reused; works
 * that do share one are formatted together, as a group, and the group's text reused.
 *
 * The keys are deliberately broad (every name of every role, the titles, and for a work with
 * no author the periodical a style may cite it by): a key too many only makes a group larger
 * than needed, a key too few would change a citation.
 */

/** A CSL name, as far as a collision is concerned. */
interface NameLike {
  family?: unknown;
  literal?: unknown;
}

const isName = (v: unknown): v is NameLike => typeof v === 'object' && v !== null && ('family' in v || 'literal' in v);

/** The marker for names a source hides behind "et al." (style-data.ts): it names no one, so it joins no group. */
const ET_AL = /^et al\.?$/i;

const normal = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * What a style could confuse the record with: the family (or literal) name of every creator
 * in every role, its titles, and, for a record without an author, its container's title
 * (Cite Them Right cites an authorless newspaper article by the paper's name).
 */
export function confusionKeys(record: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set<string>();
  for (const value of Object.values(record)) {
    if (!Array.isArray(value)) continue;
    for (const name of value) {
      if (!isName(name)) continue;
      const text = typeof name.family === 'string' ? name.family : typeof name.literal === 'string' ? name.literal : '';
      if (text && !ET_AL.test(text.trim())) keys.add(normal(text));
    }
  }
  const titles = ['title', 'title-short', ...(Array.isArray(record.author) && record.author.length > 0 ? [] : ['container-title', 'container-title-short'])];
  for (const field of titles) {
    const t = record[field];
    if (typeof t === 'string' && t.trim()) keys.add(normal(t));
  }
  return [...keys];
}

/**
 * The items split into groups that share no key with each other: two items that share a key,
 * directly or through others, are in one group. Groups come in the order of their first item,
 * and each keeps its items in the given order (citeproc breaks ties in its sort by it).
 */
export function confusableGroups<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): T[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else {
        const [a, b] = [root(i), root(other)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  return [...groups.values()];
}

/**
 * What of a record an in-text citation can show: all of it but its key, its address and,
 * when it has an author (so the title is never cited), its title. Two records alike in
 * this are cited alike, alone or beside the same others.
 */
export function inTextIdentity(record: Readonly<Record<string, unknown>>): string {
  const { id: _id, URL: _url, title, ...rest } = record;
  const hasAuthor = Array.isArray(record.author) && record.author.length > 0;
  return JSON.stringify(hasAuthor ? rest : { ...rest, title });
}
