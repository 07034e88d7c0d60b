/**
 * How the home page's reading list holds a growing corpus: every text, by group, while the
 * corpus is small; beyond a threshold (lib/site/hub-limits.ts), each group shows its first
 * few texts and links to its own pages, /texts/<group>/ (…/2/), which list them all.
 */

/** The first page of a group's own reading list. */
export const groupPagesHref = (groupId: string): string => `/texts/${groupId}/`;

export interface HomeGroup<G, T> {
  group: G;
  /** The texts the home page shows. */
  docs: T[];
  /** How many texts the group holds. */
  total: number;
  /** The group's own pages, where the home page does not show all of its texts. */
  href: string | undefined;
}

/**
 * The home page's groups: all their texts while the corpus holds at most `inline`; beyond,
 * the first `perGroup` of each, and a link to the group's pages.
 */
export function homeReadingList<G extends { id: string }, T>(
  groups: readonly { group: G; docs: readonly T[] }[],
  limits: { inline: number; perGroup: number },
): { paged: boolean; groups: HomeGroup<G, T>[] } {
  const paged = groups.reduce((n, g) => n + g.docs.length, 0) > limits.inline;
  return {
    paged,
    groups: groups.map(({ group, docs }) => {
      const shown = paged ? docs.slice(0, limits.perGroup) : [...docs];
      return { group, docs: shown, total: docs.length, href: paged ? groupPagesHref(group.id) : undefined };
    }),
  };
}
