/** What the concepts ask of the records: a later edition of an origin's work carries its original date. */
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import type { OriginEntry } from '../../../../src/lib/concepts/origin';
import { missingOriginalDates, originalDateProblems } from '../../../../src/lib/checks/bibliography';
import { formatProblem } from '../../../../src/lib/checks/problems';

const book = (id: string, year: number, extra: Partial<CslItem> = {}): [string, CslItem] => [
  id,
  { id, type: 'book', title: id, issued: { 'date-parts': [[year]] }, ...extra },
];
const works = new Map<string, CslItem>([
  book('lipsky2010', 2010),
  book('fisher2009', 2009),
  book('withoriginal2010', 2010, { 'original-date': { 'date-parts': [[1980]] } }),
]);
const entry = (title: string, year: number, cited: string): OriginEntry => ({ name: 'A Person', role: 'coined', work: { title, year, cited }, works: [] });
const concepts = [
  { slug: 'a', origin: [entry('S', 1980, 'lipsky2010'), entry('F', 2009, 'fisher2009')] },
  { slug: 'b', origin: [entry('S', 1980, 'lipsky2010'), entry('W', 1980, 'withoriginal2010')] },
];

describe('missingOriginalDates', () => {
  it('lists each later edition cited without an original-date, once, with the concepts that need it', () => {
    expect(missingOriginalDates(concepts, works)).toEqual([{ key: 'lipsky2010', originalYear: 1980, issuedYear: 2010, concepts: ['a', 'b'] }]);
  });
});

describe('originalDateProblems', () => {
  it('names the record, the field and the value to add', () => {
    const [problem, ...rest] = originalDateProblems(concepts, works);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'src/content/bibliography/lipsky2010.json: original-date: missing: the record is the 2010 edition of a work that first appeared in 1980 (the origin of a, b); add "original-date": { "date-parts": [[1980]] } with an inference saying where the year comes from',
    );
    expect(problem!.concerns).toBe('src/content/concepts/a.mdx');
  });
});
