/**
 * A concept's origin as the reader sees it: who coined or shaped it, in which original work
 * and year, and where the corpus stands to that work (it cites that edition, a later one, has
 * the work as one of its texts, or cites nothing of it). A student who copies "Lipsky (2010)"
 * as the date of the idea writes the wrong year, so the original year is always shown and a
 * later edition is named as such. Checks against the bibliography records live here too, so
 * that the build, the pages and the tests share one reading.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { yearOfDate } from '../citations/csl-dates.ts';

export interface OriginWork {
  title: string;
  year: number;
  cited?: string | undefined;
  document?: string | undefined;
  outsideCorpus?: true | undefined;
  note?: string | undefined;
}

export interface OriginEntry {
  name: string;
  role: 'coined' | 'shaped';
  work: OriginWork;
  works: readonly string[];
  creditedIn?: { document: string; passage: string } | undefined;
}

/** "Updated edn" → "updated edition", "2nd edn" → "2nd edition"; what the record's `edition` says, in words. */
function editionWords(edition: CslItem['edition']): string | undefined {
  if (edition === undefined || edition === '') return undefined;
  const text = String(edition).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
    return `${n}${suffix} edition`;
  }
  const base = text.replace(/\s*\b(edn|edition|ed)\.?$/i, '').trim();
  return `${base.charAt(0).toLowerCase()}${base.slice(1)} edition`;
}

type CorpusPlace =
  | { kind: 'cited'; key: string; edition: 'original' | 'later' | 'undated'; citedYear?: number; sentence: string }
  | { kind: 'document'; slug: string; sentence: string }
  | { kind: 'outside'; sentence: string };

/**
 * Where the corpus stands to the original work, with the sentence the page shows:
 * "The corpus cites the 2010 updated edition." or "Outside the corpus: …".
 * `otherWorks` is how many other works of the person the corpus cites.
 */
export function corpusPlace(work: OriginWork, records: ReadonlyMap<string, CslItem>, otherWorks = 0): CorpusPlace {
  if (work.cited) {
    const record = records.get(work.cited);
    const citedYear = record ? yearOfDate(record.issued) : undefined;
    if (citedYear === undefined) return { kind: 'cited', key: work.cited, edition: 'undated', sentence: 'The corpus cites an undated edition of it.' };
    if (citedYear === work.year) return { kind: 'cited', key: work.cited, edition: 'original', citedYear, sentence: 'The corpus cites it.' };
    const edition = editionWords(record?.edition);
    return {
      kind: 'cited',
      key: work.cited,
      edition: 'later',
      citedYear,
      sentence: `The corpus cites the ${citedYear} ${edition ?? 'edition'}, not the original of ${work.year}.`,
    };
  }
  if (work.document) return { kind: 'document', slug: work.document, sentence: 'It is one of the texts on this site.' };
  const others = otherWorks === 0 ? 'the texts on this site cite nothing of it' : `the texts on this site cite ${otherWorks === 1 ? 'another work' : 'other works'} of theirs instead`;
  return { kind: 'outside', sentence: `Outside the corpus: ${others}.` };
}

/** One line for the map: "Street-Level Bureaucracy (1980); the corpus cites the 2010 updated edition." */
export function originLine(o: OriginEntry, records: ReadonlyMap<string, CslItem>): string {
  const place = corpusPlace(o.work, records, o.works.length).sentence;
  const credit = o.creditedIn ? '' : ' Credited from outside the corpus.';
  return `${o.work.title} (${o.work.year}). ${place}${credit}`;
}

/**
 * Problems between a concept's origin and the bibliography, each naming the file and field:
 * a cited edition dated before the original, a record whose `original-date` disagrees with
 * the year given, the cited edition listed twice, a work with no named author credited to a
 * person.
 */
export function originProblems(file: string, origin: readonly OriginEntry[], records: ReadonlyMap<string, CslItem>): string[] {
  const problems: string[] = [];
  origin.forEach((o, i) => {
    const at = `${file}: origin[${i}]`;
    if (o.work.cited) {
      const record = records.get(o.work.cited);
      if (!record) {
        problems.push(`${at}.work.cited: no bibliography record "${o.work.cited}"`);
        return;
      }
      const issued = yearOfDate(record.issued);
      const original = yearOfDate(record['original-date']);
      if (original !== undefined && original !== o.work.year)
        problems.push(`${at}.work.year: ${o.work.year} for ${o.name}'s "${o.work.title}", but the record ${o.work.cited} gives the original date ${original}; make them agree`);
      else if (issued !== undefined && issued < o.work.year)
        problems.push(`${at}.work.year: ${o.work.year} is later than the edition the corpus cites (${o.work.cited}, ${issued}); give the year the work first appeared`);
      if (o.works.includes(o.work.cited)) problems.push(`${at}.works: ${o.work.cited} is already the cited edition of the original work; list only other works in "works"`);
    }
    // A record with no named author cannot be credited to a person: that would claim more
    // than the source shows (list it under unattributedWorks instead).
    const keys = [...(o.work.cited ? [['work.cited', o.work.cited] as const] : []), ...o.works.map((k, j) => [`works[${j}]`, k] as const)];
    for (const [field, key] of keys) {
      const record = records.get(key);
      if (record && !record.author?.length && !record.editor?.length)
        problems.push(`${at}.${field}: ${key} names no author, so it cannot be credited to ${o.name}; list it under "unattributedWorks"`);
    }
  });
  return problems;
}

/**
 * Records the corpus cites as a later edition of an origin's original work and that do not
 * yet carry that year as CSL `original-date`: what a bibliography record should gain.
 */
export function missingOriginalDates(
  concepts: readonly { slug: string; origin: readonly OriginEntry[] }[],
  records: ReadonlyMap<string, CslItem>,
): { key: string; originalYear: number; issuedYear: number; concepts: string[] }[] {
  const out = new Map<string, { key: string; originalYear: number; issuedYear: number; concepts: string[] }>();
  for (const c of concepts)
    for (const o of c.origin) {
      const key = o.work.cited;
      const record = key ? records.get(key) : undefined;
      if (!key || !record || record['original-date']) continue;
      const issued = yearOfDate(record.issued);
      if (issued === undefined || issued <= o.work.year) continue;
      const seen = out.get(key) ?? { key, originalYear: o.work.year, issuedYear: issued, concepts: [] };
      if (!seen.concepts.includes(c.slug)) seen.concepts.push(c.slug);
      out.set(key, seen);
    }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}
