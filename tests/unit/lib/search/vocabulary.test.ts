import { describe, expect, it } from 'vitest';
import {
  beginsWord,
  buildVocabulary,
  editDistance,
  replaceWords,
  queryWords,
  shardKey,
  suggestWord,
  wordsOf,
  type VocabularyShard,
} from '../../../../src/lib/search/vocabulary';

const pages = [
  { names: ['Street-level bureaucracy'], text: 'Street-level bureaucrats work in a bureaucracy; solidarity among workers.' },
  { names: ['Solidarity'], text: 'Solidarity, solidary action, and the bureaucracy of welfare. Deterritorialisation.' },
  { names: ['Deterritorialisation'], text: 'Deleuze and Guattari on deterritorialisation and solidarity; a hapax: zyzzogeton.' },
  { names: ['A reader of Deleuze'], text: 'Deterritorialization, spelt the American way, and solidarity; solidary once more.' },
];
const vocabulary = buildVocabulary(pages);
const shard = (word: string): VocabularyShard => vocabulary.get(shardKey(word)) ?? { words: [], pages: [] };

describe('the vocabulary', () => {
  it('keeps names and words on two pages or more, drops a word on one page and short words', () => {
    const all = [...vocabulary.values()].flatMap((s) => s.words);
    expect(all).toContain('bureaucracy');
    expect(all).toContain('solidarity');
    expect(all).toContain('deterritorialisation');
    expect(all).toContain('street'); // a title's word, on one page only
    expect(all).not.toContain('zyzzogeton'); // one page, no name
    expect(all).not.toContain('bureaucrats');
    expect(all).not.toContain('and');
  });
  it('counts pages, not occurrences, and shards by first letter in alphabetical order', () => {
    const s = shard('solidarity');
    expect(s.pages[s.words.indexOf('solidarity')]).toBe(4);
    expect(s.pages[s.words.indexOf('solidary')]).toBe(2);
    expect([...s.words].sort()).toEqual(s.words);
    expect(s.words.every((w) => w.startsWith('s'))).toBe(true);
    expect(shardKey('Élan')).toBe('e');
    expect(shardKey('1968')).toBe('_');
  });
  it('normalises words: lower case, no accents, split at hyphens', () => {
    expect(wordsOf('Street-level Félix')).toEqual(['street', 'level', 'felix']);
  });
});

describe('edit distance (Damerau)', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('solidarity', 'soildarity')).toBe(1);
    expect(editDistance('bureacracy', 'bureaucracy')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('suggestions', () => {
  it('finds what was meant', () => {
    expect(suggestWord('bureacracy', shard('bureacracy'))).toBe('bureaucracy');
    expect(suggestWord('solidarty', shard('solidarty'))).toBe('solidarity'); // solidary is as near, on fewer pages
    expect(suggestWord('deterritorialsation', shard('deterritorialsation'))).toBe('deterritorialisation');
    expect(suggestWord('Solidraity', shard('s'))).toBe('solidarity');
  });
  it('suggests nothing for a word of the vocabulary, a short word or a word too far', () => {
    expect(suggestWord('solidarity', shard('s'))).toBeUndefined();
    expect(suggestWord('soli', shard('s'))).toBeUndefined();
    expect(suggestWord('sxyzdarity', shard('s'))).toBeUndefined();
    expect(suggestWord('and', shard('a'))).toBeUndefined();
  });
  it('narrows a "did you mean" to near words on many pages', () => {
    expect(suggestWord('solidarty', shard('s'), { minPages: 3 })).toBe('solidarity');
    expect(suggestWord('solidarty', shard('s'), { minPages: 5 })).toBeUndefined();
    expect(suggestWord('bureacrcy', shard('b'))).toBe('bureaucracy');
    expect(suggestWord('bureacrcy', shard('b'), { maxEdits: 1 })).toBeUndefined();
  });
  it('tells a word still being typed from a misspelling', () => {
    expect(beginsWord('soli', shard('s'))).toBe(true);
    expect(beginsWord('Deterritorialis', shard('d'))).toBe(true);
    expect(beginsWord('solidarity', shard('s'))).toBe(true);
    expect(beginsWord('solidarty', shard('s'))).toBe(false);
    expect(beginsWord('zzz', shard('z'))).toBe(false);
  });
  it('replaces words of a query in place', () => {
    const q = 'Street-level bureacracy';
    expect(queryWords(q).map((w) => w.word)).toEqual(['Street', 'level', 'bureacracy']);
    expect(replaceWords(q, new Map([[13, 'bureaucracy']]))).toBe('Street-level bureaucracy');
    expect(queryWords('"bureacracy of welfare"')).toEqual([]);
  });
});
