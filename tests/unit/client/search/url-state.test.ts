import { describe, expect, it } from 'vitest';
import { resultsMessage, sameState, stateFromSearch, stateToSearch } from '../../../../src/client/search/url-state';

describe('search state in the URL', () => {
  it('reads the query and the filters', () => {
    expect(stateFromSearch('?q=solidarity&kind=Document&concept=Mutual+aid')).toEqual({
      q: 'solidarity',
      filters: { kind: ['Document'], concept: ['Mutual aid'] },
    });
    expect(stateFromSearch('?source=Student+essay&source=Practice+writing&author=Holly+Clarke&year=2024')).toEqual({
      q: '',
      filters: { 'source type': ['Student essay', 'Practice writing'], author: ['Holly Clarke'], year: ['2024'] },
    });
    expect(stateFromSearch('')).toEqual({ q: '', filters: {} });
  });

  it('writes a stable URL: q first, filters in a fixed order, values sorted', () => {
    expect(stateToSearch({ q: ' solidarity ', filters: { concept: ['Mutual aid'], kind: ['Document'] } })).toBe('?q=solidarity&kind=Document&concept=Mutual+aid');
    expect(stateToSearch({ q: '', filters: { 'source type': ['Student essay', 'Author manuscript'] } })).toBe('?source=Author+manuscript&source=Student+essay');
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
    expect(stateToSearch({ q: '"the wasp"', filters: { kind: [] } })).toBe('?q=%22the+wasp%22');
  });

  it('round-trips', () => {
    const s = { q: 'humpty dumpty', filters: { kind: ['Concept', 'Document'], year: ['n.d.'] } };
    expect(sameState(stateFromSearch(stateToSearch(s)), s)).toBe(true);
  });
});

describe('resultsMessage', () => {
  it('says how many results there are, for what', () => {
    expect(resultsMessage(12, 'solidarity', {})).toBe('12 results for solidarity');
    expect(resultsMessage(1, 'humpty', {})).toBe('1 result for humpty');
    expect(resultsMessage(0, 'xyz', {})).toBe('0 results for xyz');
    expect(resultsMessage(3, 'care', { kind: ['Concept'] }, { kind: 'Kind of page' })).toBe('3 results for care, filtered by Kind of page: Concept');
    expect(resultsMessage(8, '', { kind: ['Document', 'Reference'] })).toBe('8 results filtered by kind: Document or Reference');
  });
});
