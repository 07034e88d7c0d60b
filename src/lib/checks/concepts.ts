/**
 * The rules a concept must keep with the rest of the content, which its schema cannot see:
 * the definition's length (the MDX body), the origin against the bibliography records, every
 * passage it points at present in its document, relations only to other concepts, and a
 * name or alias that the texts use (or a reason to be on the map anyway).
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { OriginEntry } from '../concepts/origin.ts';
import { yearOfDate } from '../citations/csl-dates.ts';
import { countWords } from '../documents/display.ts';
import { conceptFile, documentFile, workFile, type ContentProblem } from './problems.ts';

export interface PassageRef {
  document: string;
  passage: string;
}

export interface ConceptFacts {
  slug: string;
  name: string;
  /** The definition: the MDX body. */
  body: string;
  origin: readonly OriginEntry[];
  relations: readonly { target: string; evidence: PassageRef }[];
  absentBecause?: string | undefined;
}

export interface DocumentFacts {
  id: string;
  /** Number of numbered passages (p-1 … p-N) in the document. */
  passageCount: number;
  /** The concepts the text mentions by name or alias, once per mention. */
  mentions: readonly { concept: string }[];
}

export const DEFINITION_WORDS = { min: 80, max: 200 } as const;

export function definitionProblems(slug: string, body: string): ContentProblem[] {
  const words = countWords(body);
  if (words >= DEFINITION_WORDS.min && words <= DEFINITION_WORDS.max) return [];
  return [
    {
      file: conceptFile(slug),
      field: 'definition (the MDX body)',
      message: `has ${words} words`,
      hint: `write ${DEFINITION_WORDS.min}–${DEFINITION_WORDS.max}`,
    },
  ];
}

/**
 * Problems between a concept's origin and the bibliography: a cited edition dated before the
 * original, a record whose `original-date` disagrees with the year given, the cited edition
 * listed twice, a work with no named author credited to a person.
 */
export function originProblems(slug: string, origin: readonly OriginEntry[], works: ReadonlyMap<string, CslItem>): ContentProblem[] {
  const file = conceptFile(slug);
  const problems: ContentProblem[] = [];
  origin.forEach((o, i) => {
    const at = `origin[${i}]`;
    if (o.work.cited) {
      const record = works.get(o.work.cited);
      if (!record) {
        problems.push({
          file,
          field: `${at}.work.cited`,
          message: `no bibliography record "${o.work.cited}"`,
          hint: `add ${workFile(o.work.cited)} or name a record that exists`,
        });
        return;
      }
      const issued = yearOfDate(record.issued);
      const original = yearOfDate(record['original-date']);
      const concerns = workFile(o.work.cited);
      if (original !== undefined && original !== o.work.year)
        problems.push({
          file,
          field: `${at}.work.year`,
          message: `${o.work.year} for ${o.name}'s "${o.work.title}", but the record ${o.work.cited} gives the original date ${original}`,
          hint: 'make them agree',
          concerns,
        });
      else if (issued !== undefined && issued < o.work.year)
        problems.push({
          file,
          field: `${at}.work.year`,
          message: `${o.work.year} is later than the edition the corpus cites (${o.work.cited}, ${issued})`,
          hint: 'give the year the work first appeared',
          concerns,
        });
      if (o.works.includes(o.work.cited))
        problems.push({
          file,
          field: `${at}.works`,
          message: `${o.work.cited} is already the cited edition of the original work`,
          hint: 'list only other works in "works"',
        });
    }
    // A record with no named author cannot be credited to a person: that would claim more
    // than the source shows (list it under unattributedWorks instead).
    const keys = [...(o.work.cited ? [['work.cited', o.work.cited] as const] : []), ...o.works.map((k, j) => [`works[${j}]`, k] as const)];
    for (const [field, key] of keys) {
      const record = works.get(key);
      if (record && !record.author?.length && !record.editor?.length)
        problems.push({
          file,
          field: `${at}.${field}`,
          message: `${key} names no author, so it cannot be credited to ${o.name}`,
          hint: 'list it under "unattributedWorks"',
          concerns: workFile(key),
        });
    }
  });
  return problems;
}

/**
 * What the theory map needs of the concepts: every passage they point at (a relation's
 * evidence, an origin's credit) present in its document, relations only to other concepts,
 * and every concept named in some text or explained in `absentBecause`.
 */
export function conceptLinkProblems(concepts: readonly ConceptFacts[], documents: readonly DocumentFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const docs = new Map(documents.map((d) => [d.id, d]));
  const slugs = new Set(concepts.map((c) => c.slug));
  const mentioned = new Set(documents.flatMap((d) => d.mentions.map((m) => m.concept)));
  for (const c of concepts) {
    const file = conceptFile(c.slug);
    const checkPassage = (field: string, ref: PassageRef) => {
      const doc = docs.get(ref.document);
      if (!doc) {
        problems.push({ file, field: `${field}.document`, message: `unknown document "${ref.document}"`, hint: `no ${documentFile(ref.document)}` });
        return;
      }
      const n = Number(ref.passage.slice(2));
      if (ref.passage !== `p-${n}`) problems.push({ file, field: `${field}.passage`, message: `"${ref.passage}" is not a paragraph id`, hint: `write p-${n}` });
      else if (!(n >= 1 && n <= doc.passageCount))
        problems.push({
          file,
          field: `${field}.passage`,
          message: `"${ref.document}" has no passage ${ref.passage} (it has p-1 to p-${doc.passageCount})`,
          concerns: documentFile(ref.document),
        });
    };
    c.origin.forEach((o, i) => {
      if (o.creditedIn) checkPassage(`origin[${i}].creditedIn`, o.creditedIn);
    });
    c.relations.forEach((r, i) => {
      if (!slugs.has(r.target))
        problems.push({ file, field: `relations[${i}].target`, message: `unknown concept "${r.target}"`, hint: `no ${conceptFile(r.target)}` });
      if (r.target === c.slug) problems.push({ file, field: `relations[${i}].target`, message: 'a concept cannot relate to itself' });
      checkPassage(`relations[${i}].evidence`, r.evidence);
    });
    if (!mentioned.has(c.slug) && !c.absentBecause)
      problems.push({
        file,
        field: 'aliases',
        message: `no document mentions "${c.name}" by name or alias`,
        hint: 'add an alias that the texts use, or say why it is on the map in "absentBecause"',
      });
  }
  return problems;
}
