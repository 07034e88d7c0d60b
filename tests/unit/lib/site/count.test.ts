import { describe, expect, it } from 'vitest';
import { countOf } from '../../../../src/lib/site/count';

describe('countOf', () => {
  it('puts the noun in the singular for one, and in the plural otherwise', () => {
    expect(countOf(1, 'concept')).toBe('1 concept');
    expect(countOf(0, 'concept')).toBe('0 concepts');
    expect(countOf(2, 'mention')).toBe('2 mentions');
  });
  it('takes an irregular plural, and groups thousands as UK readers do', () => {
    expect(countOf(1, 'thesis', 'theses')).toBe('1 thesis');
    expect(countOf(1204, 'passage')).toBe('1,204 passages');
  });
});
