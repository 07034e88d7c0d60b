import { describe, expect, it } from 'vitest';
import { oldWorkAnchorTarget } from '../../../../src/client/bibliography/old-anchor';

describe('oldWorkAnchorTarget', () => {
  const onPage = (id: string) => ['lipsky2010', 'main'].includes(id);
  it('sends a work key the page does not hold to the work’s own page', () => {
    expect(oldWorkAnchorTarget('#hill2018a', onPage)).toBe('/bibliography/hill2018a/');
  });
  it('leaves ids on the page, empty hashes and anything that is not a key alone', () => {
    expect(oldWorkAnchorTarget('#lipsky2010', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#main', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#Not a key', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#../x', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#%E0%A4%A', onPage)).toBeUndefined();
  });
});
