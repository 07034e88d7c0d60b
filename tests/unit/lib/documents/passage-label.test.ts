import { describe, expect, it } from 'vitest';
import { paragraphNumber, passageLabel } from '../../../../src/lib/documents/passage-label';

describe('passage labels', () => {
  it('name a paragraph by its number', () => {
    expect(passageLabel('p-12')).toBe('¶12');
    expect(passageLabel('p-3', 'unused')).toBe('¶3');
    expect(paragraphNumber('p-12')).toBe('12');
  });

  it('name another anchor by itself, or as the caller says', () => {
    expect(passageLabel('ref-lipsky2010')).toBe('ref-lipsky2010');
    expect(passageLabel('introduction', '4')).toBe('4');
    expect(passageLabel(undefined, '¶')).toBe('¶');
    expect(passageLabel(undefined)).toBe('');
    expect(paragraphNumber('ref-p-1')).toBeUndefined();
    expect(paragraphNumber(undefined)).toBeUndefined();
  });
});
