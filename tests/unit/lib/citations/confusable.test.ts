/**
 * Which works a style could confuse (src/lib/citations/confusable.ts): the keys a record could
 * collide on, and the groups formatted together because their records share one.
 */
import { describe, expect, it } from 'vitest';
import { confusableGroups, confusionKeys, inTextIdentity } from '../../../../src/lib/citations/confusable';

describe('confusionKeys', () => {
  it('names every creator by family or literal name, in every role, and the titles', () => {
    const keys = confusionKeys({
      id: 'x',
      title: 'The Absence of Society',
      author: [{ family: 'Bauman', given: 'Z.' }],
      editor: [{ family: 'Utting', given: 'D.' }],
      translator: [{ literal: 'Joseph Rowntree Foundation' }],
    });
    expect(keys.sort()).toEqual(['bauman', 'joseph rowntree foundation', 'the absence of society', 'utting']);
  });
  it('leaves out the "et al." marker, which names no one', () => {
    expect(confusionKeys({ title: 'T', author: [{ family: 'Fraser' }, { literal: 'et al.' }] })).toEqual(['fraser', 't']);
  });
  it('adds the periodical of a work without an author, which a style may cite it by', () => {
    expect(confusionKeys({ title: 'Cuts', 'container-title': 'The Guardian' }).sort()).toEqual(['cuts', 'the guardian']);
    expect(confusionKeys({ title: 'Cuts', 'container-title': 'The Guardian', author: [{ family: 'Toynbee' }] })).not.toContain('the guardian');
  });
  it('ignores case, so "Hill" and "hill" collide', () => {
    expect(confusionKeys({ author: [{ family: 'Hill' }] })).toEqual(confusionKeys({ author: [{ family: 'hill' }] }));
  });
});

describe('confusableGroups', () => {
  const keys = new Map([
    ['a', ['hill', 'laredo']],
    ['b', ['lipsky']],
    ['c', ['laredo', 'bell']],
    ['d', ['bell']],
    ['e', ['fraser']],
    ['f', ['lipsky']],
  ]);
  const groups = (items: string[]) => confusableGroups(items, (i) => keys.get(i)!);

  it('puts works that share a key, directly or through another work, in one group', () => {
    expect(groups(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual([['a', 'c', 'd'], ['b', 'f'], ['e']]);
  });
  it('keeps the given order inside a group and orders groups by their first work', () => {
    expect(groups(['f', 'd', 'e', 'b', 'a', 'c'])).toEqual([['f', 'b'], ['d', 'a', 'c'], ['e']]);
  });
  it('splits a chain when the work that joined it is absent', () => {
    expect(groups(['a', 'd'])).toEqual([['a'], ['d']]);
  });
  it('gives nothing for nothing', () => {
    expect(groups([])).toEqual([]);
  });
});

describe('inTextIdentity', () => {
  const essay = { id: 'a', type: 'webpage', title: 'Essay one', URL: 'https://example.org/a/', author: [{ family: 'Clarke', given: 'Holly' }] };
  it('is the same for records that differ only in key, address and (with an author) title', () => {
    expect(inTextIdentity(essay)).toBe(inTextIdentity({ ...essay, id: 'b', URL: 'https://example.org/b/', title: 'Essay two' }));
  });
  it('differs when anything a citation can show differs: a name, a date, or the title of a work without an author', () => {
    expect(inTextIdentity(essay)).not.toBe(inTextIdentity({ ...essay, author: [{ family: 'Clarke', given: 'Verity' }] }));
    expect(inTextIdentity(essay)).not.toBe(inTextIdentity({ ...essay, issued: { 'date-parts': [[2020]] } }));
    const untitled = { id: 'c', type: 'webpage', title: 'One' };
    expect(inTextIdentity(untitled)).not.toBe(inTextIdentity({ ...untitled, title: 'Two' }));
  });
});
