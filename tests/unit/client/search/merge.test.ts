import { describe, expect, it } from 'vitest';
import { containsPhrase, mergeRuns, normaliseForPhrase, rank, tier, wordCount, type Run } from '../../../../src/client/search/merge';

type Hit = { id: string; score: number; tag: string };
const run = (query: string, exact: boolean, hits: [string, number][]): Run<Hit> => ({
  query,
  exact,
  hits: hits.map(([id, score]) => ({ id, score, tag: `${query}:${id}` })),
});

describe('mergeRuns', () => {
  it('merges the spellings by page: best score wins, one entry per page', () => {
    const merged = mergeRuns([
      run('organisation', false, [
        ['a', 3],
        ['b', 1],
      ]),
      run('organization', false, [
        ['b', 5],
        ['c', 2],
      ]),
    ]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['b', 5],
      ['a', 3],
      ['c', 2],
    ]);
    expect(merged.find((m) => m.id === 'b')!.hit.tag).toBe('organization:b');
    expect(merged.find((m) => m.id === 'b')!.query).toBe('organization');
    expect(merged.every((m) => !m.phrase)).toBe(true);
  });

  it('marks pages found by an exact-phrase search and loads their data from that hit', () => {
    const merged = mergeRuns([
      run('the wasp', false, [
        ['a', 4],
        ['b', 2],
      ]),
      run('"the wasp"', true, [['b', 1]]),
    ]);
    const b = merged.find((m) => m.id === 'b')!;
    expect(b.phrase).toBe(true);
    expect(b.score).toBe(2); // the plain score ranks; exact scores are not comparable
    expect(b.hit.tag).toBe('"the wasp":b');
    expect(merged.find((m) => m.id === 'a')!.phrase).toBe(false);
  });

  it('keeps a page found only by the exact search', () => {
    const merged = mergeRuns([run('x y', false, []), run('"x y"', true, [['z', 1]])]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: 'z', phrase: true, score: 1 });
  });

  it('keeps the first-seen order for equal scores', () => {
    expect(
      mergeRuns([
        run('q', false, [
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ]),
      ]).map((m) => m.id),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('tiers and rank', () => {
  it('orders phrase matches: in the title, in a document, elsewhere, then the rest', () => {
    expect(tier({ phrase: true }, { titleHasPhrase: true, kind: 'Concept' }, true)).toBe(3);
    expect(tier({ phrase: true }, { kind: 'Document' }, true)).toBe(2);
    expect(tier({ phrase: true }, { kind: 'Concept' }, true)).toBe(1);
    expect(tier({ phrase: false }, { kind: 'Document', titleHasPhrase: true }, true)).toBe(0);
    expect(tier({ phrase: true }, { kind: 'Document' }, false)).toBe(0);
  });

  it('puts the document holding a phrase above a short concept page quoting it', () => {
    const pages = [
      { id: 'concept', score: 9, phrase: true },
      { id: 'other', score: 8, phrase: false },
      { id: 'doc', score: 2, phrase: true },
    ];
    const kinds: Record<string, string> = { concept: 'Concept', other: 'Document', doc: 'Document' };
    expect(rank(pages, (id) => ({ kind: kinds[id] }), true).map((p) => p.id)).toEqual(['doc', 'concept', 'other']);
    // One-word queries keep Pagefind's order.
    expect(rank(pages, (id) => ({ kind: kinds[id] }), false).map((p) => p.id)).toEqual(['concept', 'other', 'doc']);
  });

  it('puts a page titled with the phrase first', () => {
    const pages = [
      { id: 'doc', score: 9, phrase: true },
      { id: 'concept', score: 3, phrase: true },
    ];
    const facts = (id: string) => (id === 'concept' ? { kind: 'Concept', titleHasPhrase: true } : { kind: 'Document' });
    expect(rank(pages, facts, true).map((p) => p.id)).toEqual(['concept', 'doc']);
  });
});

describe('phrases', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normaliseForPhrase('  Mutual  Aid: “Kropotkin’s” Café ')).toBe('mutual aid kropotkins cafe');
  });

  it('finds a phrase on word boundaries, in any spelling', () => {
    expect(containsPhrase('Mutual aid', ['mutual aid'])).toBe(true);
    expect(containsPhrase('Mutual aid societies', ['"mutual aid"'])).toBe(true);
    expect(containsPhrase('Immutual aide', ['mutual aid'])).toBe(false);
    expect(containsPhrase('Organization theory', ['organisation theory', 'organization theory'])).toBe(true);
  });

  it('counts words', () => {
    expect(wordCount('"the wasp and the orchid"')).toBe(5);
    expect(wordCount(' solidarity ')).toBe(1);
    expect(wordCount('')).toBe(0);
  });
});
