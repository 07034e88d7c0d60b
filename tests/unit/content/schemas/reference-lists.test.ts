/** A printed reference list: entries in the source's order, and a duplicate print that points back to the first. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { referenceListSchema } from '../../../../src/content/schemas/reference-lists';

const schema = referenceListSchema({ work: z.string(), document: z.string() });
const list = (entries: object[]) => ({ document: 'doc-a', source: 'sources/002_ec3275e224bb4d7d.txt', heading: 'References', entries });
const issues = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('referenceListSchema', () => {
  const harvey = { key: 'harvey2005', line: 10, printed: 'Harvey, D. (2005) A brief history of neoliberalism.' };
  const lipsky = { key: 'lipsky2010', line: 12, printed: 'Lipsky, M. (2010) Street-level bureaucracy.' };

  it('accepts entries in the source order, two on one line, and a duplicate print of an earlier entry', () => {
    expect(issues(list([harvey, { ...lipsky, line: 10 }, lipsky, { ...harvey, line: 14, duplicateOf: 10 }]))).toEqual([]);
  });

  it('refuses an entry printed before the one listed ahead of it, naming the entry', () => {
    expect(issues(list([lipsky, harvey]))).toEqual([
      "entries.1.line: line 10 comes before the previous entry's line 12: keep the entries in the source's order",
    ]);
  });

  it('refuses a duplicate that points at no earlier print of the same work', () => {
    const expected = (line: number) => [
      `entries.2.duplicateOf: no earlier entry of harvey2005 is printed on line ${line}: give the line of the first print of the same work`,
    ];
    expect(issues(list([harvey, lipsky, { ...harvey, line: 14, duplicateOf: 12 }]))).toEqual(expected(12));
    expect(issues(list([harvey, lipsky, { ...harvey, line: 14, duplicateOf: 11 }]))).toEqual(expected(11));
  });
});
