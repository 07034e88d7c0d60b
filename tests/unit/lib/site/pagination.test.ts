import { describe, expect, it } from 'vitest';
import { groupConsecutive, pageHref, pageNumbers, pageOfIndex } from '../../../../src/lib/site/pagination';

describe('pageHref and pageOfIndex', () => {
  it('put the first page at the list’s own address and the others under it, as paginate() does', () => {
    expect(pageHref('/bibliography/', 1)).toBe('/bibliography/');
    expect(pageHref('/bibliography/', 3)).toBe('/bibliography/3/');
  });
  it('find the page of an item', () => {
    expect([0, 199, 200, 401].map((i) => pageOfIndex(i, 200))).toEqual([1, 1, 2, 3]);
  });
});

describe('pageNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('shows the ends and the current neighbourhood of a long one, with gaps', () => {
    expect(pageNumbers(1, 50)).toEqual([1, 2, 3, '…', 50]);
    expect(pageNumbers(25, 50)).toEqual([1, '…', 23, 24, 25, 26, 27, '…', 50]);
    expect(pageNumbers(50, 50)).toEqual([1, '…', 48, 49, 50]);
    // A gap of one page shows that page instead.
    expect(pageNumbers(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, '…', 12]);
  });
});

describe('groupConsecutive', () => {
  it('groups runs of the same key, in order, a key coming back starting a new group', () => {
    const rows = [
      { doc: 'a', n: 1 },
      { doc: 'a', n: 2 },
      { doc: 'b', n: 3 },
      { doc: 'a', n: 4 },
    ];
    expect(groupConsecutive(rows, (r) => r.doc).map((g) => [g.key, g.rows.map((r) => r.n)])).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
      ['a', [4]],
    ]);
    expect(groupConsecutive([], (r: { doc: string }) => r.doc)).toEqual([]);
  });
});
