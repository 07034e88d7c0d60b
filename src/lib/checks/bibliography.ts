/**
 * What the concepts ask of the bibliography records: a record the corpus cites as a later
 * edition of an origin's original work carries that work's year as CSL `original-date`, so
 * that citations and the pages can give the year the idea first appeared.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { OriginEntry } from '../concepts/origin.ts';
import { yearOfDate } from '../citations/csl-dates.ts';
import { conceptFile, workFile, type ContentProblem } from './problems.ts';

export interface MissingOriginalDate {
  key: string;
  originalYear: number;
  issuedYear: number;
  /** The concepts whose origin cites the record. */
  concepts: string[];
}

/** Records cited as a later edition of an origin's original work that lack `original-date`. */
export function missingOriginalDates(
  concepts: readonly { slug: string; origin: readonly OriginEntry[] }[],
  works: ReadonlyMap<string, CslItem>,
): MissingOriginalDate[] {
  const out = new Map<string, MissingOriginalDate>();
  for (const c of concepts)
    for (const o of c.origin) {
      const key = o.work.cited;
      const record = key ? works.get(key) : undefined;
      if (!key || !record || record['original-date']) continue;
      const issued = yearOfDate(record.issued);
      if (issued === undefined || issued <= o.work.year) continue;
      const seen = out.get(key) ?? { key, originalYear: o.work.year, issuedYear: issued, concepts: [] };
      if (!seen.concepts.includes(c.slug)) seen.concepts.push(c.slug);
      out.set(key, seen);
    }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function originalDateProblems(
  concepts: readonly { slug: string; origin: readonly OriginEntry[] }[],
  works: ReadonlyMap<string, CslItem>,
): ContentProblem[] {
  return missingOriginalDates(concepts, works).map((m) => ({
    file: workFile(m.key),
    field: 'original-date',
    message: `missing: the record is the ${m.issuedYear} edition of a work that first appeared in ${m.originalYear} (the origin of ${m.concepts.join(', ')})`,
    hint: `add "original-date": { "date-parts": [[${m.originalYear}]] } with an inference saying where the year comes from`,
    concerns: conceptFile(m.concepts[0]!),
  }));
}
