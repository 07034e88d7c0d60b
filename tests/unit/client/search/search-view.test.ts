import { describe, expect, it } from 'vitest';
import { resultsMessage } from '../../../../src/client/search/search-view';

describe('resultsMessage', () => {
  it('says how many results there are, for what', () => {
    expect(resultsMessage(12, 'solidarity', {})).toBe('12 results for solidarity');
    expect(resultsMessage(1, 'humpty', {})).toBe('1 result for humpty');
    expect(resultsMessage(0, 'xyz', {})).toBe('0 results for xyz');
  });

  it('names the chosen filters by their labels', () => {
    expect(resultsMessage(3, 'care', { kind: ['Concept'] })).toBe('3 results for care, filtered by Kind of page: Concept');
    expect(resultsMessage(8, '', { kind: ['Document', 'Reference'] })).toBe('8 results filtered by Kind of page: Document or Reference');
    expect(resultsMessage(2, 'care', { 'source type': ['Student essay'], year: ['2024'], kind: [] })).toBe(
      '2 results for care, filtered by Source type: Student essay; Year: 2024',
    );
    expect(resultsMessage(1, '', { 'first letter': ['A'] })).toBe('1 result filtered by first letter: A');
  });
});
