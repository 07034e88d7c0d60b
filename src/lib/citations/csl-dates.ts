/**
 * CSL dates, as the records hold them (`issued`, `accessed`, `original-date`):
 * `{ "date-parts": [[2020, 1, 28]] }`, with month and day where known. Read and written here
 * for every export and page that needs a year or a date as text; only citeproc formats them
 * for reading.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';

type CslDate = NonNullable<CslItem['issued']>;

/** A date written "2020-01-28" (or "2020-01", "2020") as a CSL date. */
export const isoToCslDate = (iso: string): CslDate => ({ 'date-parts': [iso.split('-').map(Number)] });

/** Year, month and day of a date, as far as known; undefined for a date given only as text, or none. */
export function datePartsOf(date: CslDate | undefined): number[] | undefined {
  const parts = date?.['date-parts']?.[0];
  return parts?.length ? parts : undefined;
}

/** The year of a date; undefined for a date given only as text, or none. */
export const yearOfDate = (date: CslDate | undefined): number | undefined => datePartsOf(date)?.[0];

/** "2020-01-28", "2020-01" or "2020", as far as the date's parts go; undefined without parts. */
export function cslDateToIso(date: CslDate | undefined): string | undefined {
  return datePartsOf(date)
    ?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('-');
}
