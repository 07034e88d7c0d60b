import { describe, expect, it } from 'vitest';
import { groupPagesHref, homeReadingList } from '../../../../src/lib/documents/reading-list-pages';

const groups = [
  { group: { id: 'research' }, docs: ['r1', 'r2', 'r3'] },
  { group: { id: 'essays' }, docs: ['e1'] },
];

describe('homeReadingList', () => {
  it('shows every text, with no group pages, while the corpus is within the threshold', () => {
    const home = homeReadingList(groups, { inline: 4, perGroup: 2 });
    expect(home.paged).toBe(false);
    expect(home.groups.map((g) => [g.group.id, g.docs, g.total, g.href])).toEqual([
      ['research', ['r1', 'r2', 'r3'], 3, undefined],
      ['essays', ['e1'], 1, undefined],
    ]);
  });
  it('beyond it, shows the first texts of each group and links to the group’s pages', () => {
    const home = homeReadingList(groups, { inline: 3, perGroup: 2 });
    expect(home.paged).toBe(true);
    expect(home.groups.map((g) => [g.group.id, g.docs, g.total, g.href])).toEqual([
      ['research', ['r1', 'r2'], 3, '/texts/research/'],
      ['essays', ['e1'], 1, '/texts/essays/'],
    ]);
  });
  it('names a group’s pages by its id', () => {
    expect(groupPagesHref('practice')).toBe('/texts/practice/');
  });
});
