/** Table-of-contents tree from a flat list of headings. */
interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}
interface TocEntry extends HeadingLike {
  children: HeadingLike[];
}

/**
 * Nest `sub`-level headings under the preceding `top`-level heading. Headings outside the
 * two levels are left out; a sub-heading before any top heading becomes a top entry so
 * that nothing reachable is dropped.
 */
export function nestHeadings(headings: readonly HeadingLike[], top = 2, sub = 3): TocEntry[] {
  const out: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === top || (h.depth === sub && out.length === 0)) out.push({ ...h, children: [] });
    else if (h.depth === sub) out.at(-1)!.children.push(h);
  }
  return out;
}
