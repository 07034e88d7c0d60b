/**
 * Pages of a long list, as Astro's paginate() makes them for a `[...page]` route: the first
 * page at the list's own address, the next ones at `<base>2/`, `<base>3/`… These helpers
 * name those addresses (for links made outside paginate's own `page.url`), choose which
 * page numbers a pager shows, and group a page's rows under their heading again.
 */

/** The address of page `n` of a list whose first page is `base` (ending in "/"). */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}${n}/`);

/** The page holding item `index` (0-based) of a list cut into pages of `pageSize`. */
export const pageOfIndex = (index: number, pageSize: number): number => Math.floor(index / pageSize) + 1;

/**
 * The page numbers a pager shows: all of them up to 9 pages; beyond, the first, the last and
 * the two either side of the current one, with a gap ('…') where numbers are left out.
 */
export function pageNumbers(current: number, last: number): (number | '…')[] {
  if (last <= 9) return Array.from({ length: last }, (_, i) => i + 1);
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  const out: (number | '…')[] = [];
  for (const n of shown) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous > 1) out.push(n - previous === 2 ? n - 1 : '…');
    out.push(n);
  }
  return out;
}

/** Consecutive rows with the same group key, in order: a page's rows under their document again. */
export function groupConsecutive<T, K>(rows: readonly T[], keyOf: (row: T) => K): { key: K; rows: T[] }[] {
  const groups: { key: K; rows: T[] }[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const last = groups.at(-1);
    if (last && last.key === key) last.rows.push(row);
    else groups.push({ key, rows: [row] });
  }
  return groups;
}
