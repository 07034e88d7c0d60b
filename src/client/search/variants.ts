/**
 * British and American spellings of the same word, so that a search for either finds both.
 *
 * Pagefind stems words but does not know that "organisation" and "organization" are one
 * word, so the query is expanded before searching: every -ise/-ize word (and its forms:
 * -ised, -ising, -isation, -iser, …) and every -lyse/-lyze word (analyse, paralyse,
 * catalyse) gets its other spelling, and each spelling of the query is searched. The
 * results are merged by page afterwards (see merge.ts).
 *
 * Pure functions, no DOM: unit-tested in tests/unit/client/search/variants.test.ts.
 */

/** Endings after -is-/-iz- (and -lys-/-lyz-) that make a verb form or its noun. */
const FULL_ENDINGS = ['e', 'es', 'ed', 'ing', 'er', 'ers', 'ation', 'ations', 'ational', 'ationally', 'able'];
const LYSE_ENDINGS = ['e', 'es', 'ed', 'ing', 'er', 'ers'];

/**
 * Every beginning of an ending ("a", "at", "ati", … for "ation"), so that a word still
 * being typed ("organiza", "deterritorialis") also finds the other spelling.
 */
const PARTIAL_ENDINGS = new Set(FULL_ENDINGS.flatMap((e) => Array.from({ length: e.length }, (_, i) => e.slice(0, i))));

/**
 * Words spelt -ise that are not the -ise/-ize suffix (there is no "advize" or "otherwize"),
 * given in their -ise form; their inflections are covered through the stem.
 */
const NOT_IZE = new Set([
  'advise',
  'anise',
  'apprise',
  'arise',
  'bruise',
  'chastise',
  'circumcise',
  'clockwise',
  'comprise',
  'compromise',
  'concise',
  'cruise',
  'demise',
  'despise',
  'devise',
  'disguise',
  'enterprise',
  'excise',
  'exercise',
  'expertise',
  'franchise',
  'guise',
  'improvise',
  'incise',
  'likewise',
  'merchandise',
  'mortise',
  'noise',
  'otherwise',
  'paradise',
  'poise',
  'porpoise',
  'praise',
  'precise',
  'premise',
  'promise',
  'raise',
  'reprise',
  'revise',
  'rise',
  'supervise',
  'surmise',
  'surprise',
  'televise',
  'tortoise',
  'treatise',
  'turquoise',
  'valise',
  'wise',
]);

const LYSE = /^(\p{Ll}+l)y([sz])(\p{Ll}*)$/u;

/** Whether a word ends in a complete -ise/-ize (-lyse/-lyze) ending, not one still being typed. */
export function hasCompleteEnding(word: string): boolean {
  const w = word.toLocaleLowerCase('en');
  const lyse = LYSE.exec(w);
  if (lyse && LYSE_ENDINGS.includes(lyse[3] ?? '')) return true;
  const m = /i[sz](\p{Ll}*)$/u.exec(w);
  return m !== null && FULL_ENDINGS.includes(m[1] ?? '') && otherSpelling(w) !== undefined;
}

/**
 * The other spelling of one lower-case run of letters, or undefined when it has none.
 * A stem of at least three letters is needed for a complete ending ("realise"), and of
 * at least five for a word still being typed ("organis"), which keeps short words such
 * as "this", "his" or "Lewis" out.
 */
export function otherSpelling(word: string): string | undefined {
  const lyse = LYSE.exec(word);
  if (lyse) {
    const [, stem = '', s = '', ending = ''] = lyse;
    if (stem.length >= 3 && (ending === '' || LYSE_ENDINGS.includes(ending))) return `${stem}y${s === 's' ? 'z' : 's'}${ending}`;
  }
  // Try every "is"/"iz" in the word, shortest stem first: "organisations" is
  // organ + is + ations, "criticise" critic + is + e.
  for (let at = word.indexOf('i'); at !== -1; at = word.indexOf('i', at + 1)) {
    const s = word[at + 1];
    if (s !== 's' && s !== 'z') continue;
    const stem = word.slice(0, at);
    const ending = word.slice(at + 2);
    const complete = FULL_ENDINGS.includes(ending);
    if (!complete && !PARTIAL_ENDINGS.has(ending)) continue;
    if (stem.length < (complete ? 3 : 5)) continue;
    // A bare "-sis" is a noun (crisis, analysis, emphasis), not an -ise verb being typed.
    if (!complete && stem.endsWith('s')) continue;
    if (NOT_IZE.has(`${stem}ise`)) continue;
    return `${stem}i${s === 's' ? 'z' : 's'}${ending}`;
  }
  return undefined;
}

/** The other spelling of a query word (letters kept, other characters untouched), if any. */
export function wordVariant(word: string): string | undefined {
  let changed = false;
  const swapped = word.toLocaleLowerCase('en').replace(/\p{Ll}+/gu, (run) => {
    const other = otherSpelling(run);
    if (other === undefined) return run;
    changed = true;
    return other;
  });
  return changed ? swapped : undefined;
}

/** At most this many spellings of one query are searched. */
export const MAX_QUERIES = 8;

/**
 * The spellings of a query to search: the query as typed first, then the query with every
 * variable word in its other spelling, then mixtures (a text may quote the other
 * spelling), up to MAX_QUERIES. A quoted query (Pagefind's exact-phrase search) stays quoted.
 */
export function expandQuery(query: string): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (!trimmed) return [];
  const quoted = /^".+"$/.test(trimmed);
  const body = quoted ? trimmed.slice(1, -1) : trimmed;
  const words = body.split(' ');
  const alternatives = words.map((w) => {
    const other = wordVariant(w);
    return other === undefined ? [w] : [w, other];
  });
  const variable = alternatives.map((a, i) => (a.length > 1 ? i : -1)).filter((i) => i >= 0);
  const wrap = (ws: string[]) => (quoted ? `"${ws.join(' ')}"` : ws.join(' '));
  const out = [trimmed];
  if (variable.length === 0) return out;
  const pick = (swap: ReadonlySet<number>) => wrap(alternatives.map((a, i) => (swap.has(i) ? a[1]! : a[0]!)));
  out.push(pick(new Set(variable)));
  // Mixtures: every subset of the variable words (by increasing size), capped.
  const n = variable.length;
  for (let size = 1; size < n && out.length < MAX_QUERIES; size++) {
    for (let mask = 1; mask < 1 << Math.min(n, 16) && out.length < MAX_QUERIES; mask++) {
      if (popcount(mask) !== size) continue;
      out.push(pick(new Set(variable.filter((_, i) => mask & (1 << i)))));
    }
  }
  return [...new Set(out)];
}

/**
 * Both spellings of every variable word of a query that is complete ("organisation",
 * not "organisa"), lower-cased: the words whose presence in the index is worth checking.
 */
export function variableWords(query: string): string[] {
  const out: string[] = [];
  for (const w of query.replace(/"/g, ' ').split(/\s+/).filter(Boolean)) {
    const other = wordVariant(w);
    if (other === undefined) continue;
    const lower = w.toLocaleLowerCase('en');
    if ([...lower.matchAll(/\p{Ll}+/gu)].some((m) => hasCompleteEnding(m[0]))) out.push(lower, other);
  }
  return [...new Set(out)];
}

/**
 * Drops the spellings that use a word the index does not have. Pagefind answers a word it
 * does not know with pages holding a shorter word ("analyze" finds "an"), so searching a
 * spelling the texts never use would add noise, not results. When no spelling is left the
 * query is kept as typed.
 */
export function pruneSpellings(spellings: readonly string[], missing: ReadonlySet<string>): string[] {
  const kept = spellings.filter(
    (s) =>
      !s
        .replace(/"/g, ' ')
        .split(/\s+/)
        .some((w) => missing.has(w.toLocaleLowerCase('en'))),
  );
  return kept.length ? kept : spellings.slice(0, 1);
}

function popcount(n: number): number {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
}
