import { describe, expect, it } from 'vitest';
import {
  anchorAt,
  blockAnchors,
  excerpt,
  matchQuality,
  pageWords,
  resultPassageName,
  passages,
  passageUrl,
  strongest,
  type Anchor,
} from '../../../../src/client/search/passages';

// A document: title (h1 at 0), abstract heading (5), section heading (20), p-1 (21) with a
// citation link inside (30), p-2 (40), a section heading (60) and p-3 (61).
const anchors: Anchor[] = [
  { element: 'h1', id: 'document-title', text: 'Title', location: 0 },
  { element: 'h2', id: 'abstract-title', text: 'Abstract', location: 5 },
  { element: 'h2', id: 'introduction', text: 'Introduction', location: 20 },
  { element: 'p', id: 'p-1', location: 21 },
  { element: 'a', id: 'cite-x-1', text: 'X, 2001', location: 30 },
  { element: 'p', id: 'p-2', location: 40 },
  { element: 'h2', id: 'method', text: 'Method', location: 60 },
  { element: 'section', id: 'sec', location: 61 },
  { element: 'p', id: 'p-3', location: 61 },
];
const blocks = blockAnchors(anchors);

describe('anchorAt', () => {
  it('gives the paragraph holding a hit, not a citation link inside it', () => {
    expect(anchorAt(25, blocks)?.id).toBe('p-1');
    expect(anchorAt(35, blocks)?.id).toBe('p-1');
    expect(anchorAt(40, blocks)?.id).toBe('p-2');
    expect(anchorAt(59, blocks)?.id).toBe('p-2');
  });

  it('prefers a p-N paragraph to another anchor at the same position', () => {
    expect(anchorAt(61, blocks)?.id).toBe('p-3');
    expect(anchorAt(70, blocks)?.id).toBe('p-3');
  });

  it('gives the heading for a hit in a heading, and nothing before the first anchor', () => {
    expect(anchorAt(20, blocks)?.id).toBe('introduction');
    expect(anchorAt(60, blocks)?.id).toBe('method');
    expect(anchorAt(7, blocks)?.id).toBe('abstract-title');
    expect(anchorAt(3, [{ element: 'p', id: 'p-1', location: 10 }])).toBeUndefined();
  });
});

describe('passages', () => {
  const loc = (location: number, balanced_score = 1) => ({ location, balanced_score, weight: 1 });

  it('groups hits by paragraph, best first, with the section and the word range', () => {
    const ps = passages([loc(25), loc(45, 5), loc(50, 5), loc(35, 2)], anchors, 100);
    expect(ps.map((p) => p.anchor?.id)).toEqual(['p-2', 'p-1']);
    expect(ps[0]).toMatchObject({ start: 40, end: 60, locations: [45, 50], best: 45, score: 10 });
    expect(ps[0]!.heading?.id).toBe('introduction');
    expect(ps[1]).toMatchObject({ start: 21, end: 40, locations: [25, 35], best: 35 });
  });

  it('puts hits in running text before hits in the words of a heading', () => {
    // "Introduction" (one word at 20) is a heading hit with a big weight; p-1 has a plain hit.
    const ps = passages([{ location: 20, balanced_score: 50, weight: 7 }, loc(22, 1)], anchors, 100);
    expect(ps.map((p) => p.anchor?.id)).toEqual(['p-1', 'introduction']);
    expect(ps[1]).toMatchObject({ textHits: 0 });
  });

  it('weighs a hit by how rare its word is on the page', () => {
    // "the" is hit five times in p-2, "wasp" and "orchid" once each in p-1.
    const words = Array.from({ length: 100 }, () => 'x');
    for (const at of [41, 43, 45, 47, 49]) words[at] = 'The';
    words[25] = 'wasp';
    words[27] = 'orchid,';
    const hits = [25, 27, 41, 43, 45, 47, 49].map((l) => loc(l));
    expect(passages(hits, anchors, 100).map((p) => p.anchor?.id)).toEqual(['p-2', 'p-1']);
    const ps = passages(hits, anchors, 100, words);
    expect(ps.map((p) => p.anchor?.id)).toEqual(['p-1', 'p-2']);
    expect(ps[0]!.score).toBe(2);
    expect(ps[1]!.score).toBe(1);
  });

  it('weighs a hit by how much of its word the query spells out', () => {
    expect(matchQuality('wasp', 'wasp')).toBe(1);
    expect(matchQuality('themselves', 'the')).toBe(0.01);
    expect(matchQuality('individualisation', 'individualise')).toBeCloseTo((12 / 17) ** 2);
    expect(matchQuality('organisations', 'organisation')).toBeCloseTo((12 / 13) ** 2);
    // "the" matched inside "theoretical" in p-2, "wasp" in p-1.
    const words = Array.from({ length: 100 }, () => 'x');
    words[25] = 'wasp';
    words[45] = 'theoretical';
    const hits = [loc(25), loc(45)];
    expect(passages(hits, anchors, 100, words, ['the', 'wasp']).map((p) => p.anchor?.id)).toEqual(['p-1', 'p-2']);
  });

  it('leaves out hits in the page title', () => {
    expect(passages([loc(0), loc(1)], anchors, 100)).toEqual([]);
  });

  it('runs the last passage to the end of the page', () => {
    expect(passages([loc(90)], anchors, 100)[0]).toMatchObject({ start: 61, end: 100 });
  });
});

describe('strongest', () => {
  const p = (score: number, textHits = 1) => ({ anchor: undefined, heading: undefined, start: 0, end: 1, locations: [], best: 0, score, textHits });
  it('keeps the best passage and those close to it, up to the maximum', () => {
    expect(strongest([p(10), p(5), p(2), p(4)], 3).map((x) => x.score)).toEqual([10, 5]);
    expect(strongest([p(10), p(9), p(8), p(7)], 2).map((x) => x.score)).toEqual([10, 9]);
    expect(strongest([p(1, 0)], 3)).toHaveLength(1);
    expect(strongest([p(10), p(9, 0)], 3)).toHaveLength(1);
    expect(strongest([], 3)).toEqual([]);
  });
});

describe('excerpt', () => {
  const words = pageWords(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));

  it('cuts around the hit inside the passage, marks hits and escapes HTML', () => {
    const text = ['a', '<b>', 'c&d', 'hit', 'e', 'f'];
    expect(excerpt(text, new Set([3]), 3, 0, 6, 10)).toBe('a &lt;b&gt; c&amp;d <mark>hit</mark> e f');
  });

  it('says where the passage goes on', () => {
    const out = excerpt(words, new Set([50]), 50, 40, 60, 6);
    expect(out).toBe('… w48 w49 <mark>w50</mark> w51 w52 w53 …');
    expect(excerpt(words, new Set([41]), 41, 40, 60, 6)).toBe('w40 <mark>w41</mark> w42 w43 w44 w45 …');
    expect(excerpt(words, new Set([59]), 59, 40, 60, 6)).toBe('… w54 w55 w56 w57 w58 <mark>w59</mark>');
  });
});

describe('links and labels', () => {
  it('links to the paragraph, section or bibliography work', () => {
    expect(passageUrl('/documents/x/', { element: 'p', id: 'p-12', location: 3 })).toBe('/documents/x/#p-12');
    expect(passageUrl('/bibliography/', { element: 'h2', id: 'deleuze1972', location: 3 })).toBe('/bibliography/#deleuze1972');
    expect(passageUrl('/concepts/y/', { element: 'h1', id: 'concept-title', location: 0 })).toBe('/concepts/y/');
    expect(passageUrl('/concepts/y/', undefined)).toBe('/concepts/y/');
  });

  it('names paragraphs by number and other blocks by their heading', () => {
    expect(resultPassageName({ anchor: { element: 'p', id: 'p-7', location: 1 }, heading: undefined })).toBe('¶7');
    expect(resultPassageName({ anchor: { element: 'h2', id: 'smith2001', text: 'Smith (2001)', location: 1 }, heading: undefined })).toBe('Smith (2001)');
    expect(resultPassageName({ anchor: undefined, heading: undefined })).toBe('Start of the page');
    const long = { element: 'h3', id: 'x', text: 'word '.repeat(40), location: 1 };
    expect(resultPassageName({ anchor: long, heading: long }, 30)).toBe('word word word word word word…');
  });
});
