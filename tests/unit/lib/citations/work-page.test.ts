import { describe, expect, it } from 'vitest';
import { citationCountText, citedByOptions, initialOf, initialsIndex, workPageRows } from '../../../../src/lib/citations/work-page';
import type { CitingDocument } from '../../../../src/lib/citations/bibliography';

const cite = (id: string, passage: string) => ({ id, passage, sentence: `Sentence of ${id}.` });
const a: CitingDocument = { id: 'a', title: 'A', citations: [cite('cite-x-1', 'p-1'), cite('cite-x-2', 'p-4')], listed: true };
const b: CitingDocument = { id: 'b', title: 'B', citations: [], listed: true };
const c: CitingDocument = { id: 'c', title: 'C', citations: [cite('cite-x-1', 'p-2')], listed: false };

describe('workPageRows', () => {
  it('lists the citations text by text, then the texts that only list the work', () => {
    expect(workPageRows([a, b, c]).map((r) => (r.kind === 'citation' ? `${r.document}:${r.citation.passage}` : `${r.document}:listed`))).toEqual([
      'a:p-1',
      'a:p-4',
      'c:p-2',
      'b:listed',
    ]);
    expect(workPageRows([])).toEqual([]);
    expect(workPageRows([a]).map((r) => (r.kind === 'citation' ? [r.n, r.of, r.citation.sentence] : []))).toEqual([
      [1, 2, 'Sentence of cite-x-1.'],
      [2, 2, 'Sentence of cite-x-2.'],
    ]);
  });
});

describe('citationCountText', () => {
  const entry = (...citedBy: CitingDocument[]) => ({ citedBy, citationCount: citedBy.reduce((n, d) => n + d.citations.length, 0) });
  it('says how often and in how many texts a work is cited, and where it is only listed', () => {
    expect(citationCountText(entry(a))).toBe('Cited twice');
    expect(citationCountText(entry(c))).toBe('Cited once');
    expect(citationCountText(entry(a, c))).toBe('Cited 3 times in 2 texts');
    expect(citationCountText(entry(a, b))).toBe('Cited twice; listed in one more');
    expect(citationCountText(entry(b))).toBe('Listed, not cited in the text');
    expect(citationCountText(entry(b, b))).toBe('Listed in 2 texts, not cited');
    expect(citationCountText(entry())).toBe('Not cited in the texts');
  });
});

describe('initialsIndex', () => {
  it('files works under the initial of their sort name, each initial at the page and work it starts', () => {
    expect(initialOf('lipsky')).toBe('L');
    expect(initialOf('éire')).toBe('#');
    const entries = ['ahmed', 'alexander', 'bailey', 'beck', 'bell', 'ferguson', '1984 group'].map((sortAuthor, i) => ({ key: `k${i}`, sortAuthor }));
    expect(initialsIndex(entries, 3)).toEqual([
      { initial: 'A', page: 1, key: 'k0' },
      { initial: 'B', page: 1, key: 'k2' },
      { initial: 'F', page: 2, key: 'k5' },
      { initial: '#', page: 3, key: 'k6' },
    ]);
  });
});

describe('citedByOptions', () => {
  it('counts the works each text cites or lists, keeping the texts in reading order', () => {
    const entries = [['a', 'b'], ['a'], []];
    expect(
      citedByOptions(entries, [
        { id: 'b', title: 'B' },
        { id: 'a', title: 'A' },
        { id: 'c', title: 'C' },
      ]),
    ).toEqual([
      { value: 'b', label: 'B', count: 1 },
      { value: 'a', label: 'A', count: 2 },
      { value: 'c', label: 'C', count: 0 },
    ]);
  });
});
