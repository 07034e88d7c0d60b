/** Concept origins: the schema's checks and the wording of where the corpus stands (the checks against the bibliography: tests/unit/lib/checks/). */
import { describe, expect, it } from 'vitest';
import { conceptSchema } from '../../../../src/content/schemas/concepts';
import { contentRefs } from '../../../../src/content/schemas/shared';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import { corpusPlace, originLine, type OriginEntry } from '../../../../src/lib/concepts/origin';

const schema = conceptSchema(
  contentRefs({ concepts: () => new Set(['solidarity']), works: () => new Set(['lipsky2010', 'polanyi2001']), documents: () => new Set(['doc-a']) }),
);
const concept = (origin: unknown[]) => ({
  name: 'Street-level bureaucracy',
  domain: 'practice',
  summary: 'Front-line workers make policy through discretion.',
  origin,
  updated: '2026-11-23',
});
const lipsky = { name: 'Michael Lipsky', role: 'coined', work: { title: 'Street-Level Bureaucracy', year: 1980, cited: 'lipsky2010' } };
const issues = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the origin schema', () => {
  it('accepts an origin with the original work, its year and the edition the corpus cites', () => {
    const r = schema.safeParse(concept([{ ...lipsky, creditedIn: { document: 'doc-a', passage: 'p-16' } }]));
    expect(r.success && r.data.origin[0]).toEqual({ ...lipsky, works: [], creditedIn: { document: 'doc-a', passage: 'p-16' } });
  });

  it('accepts a work outside the corpus, or one that is a text on the site', () => {
    expect(issues(concept([{ ...lipsky, work: { title: 'The Rise of the Meritocracy', year: 1958, outsideCorpus: true } }]))).toEqual([]);
    expect(issues(concept([{ ...lipsky, work: { title: 'Solidarity is not a dirty word', year: 2024, document: 'doc-a' } }]))).toEqual([]);
  });

  it('rejects an origin without a work, naming the field', () => {
    expect(issues(concept([{ name: 'Michael Lipsky', role: 'coined', works: ['lipsky2010'] }]))).toContain(
      'origin.0.work: Invalid input: expected object, received undefined',
    );
  });

  it('rejects a missing or textual year, naming the field and what to write', () => {
    expect(issues(concept([{ ...lipsky, work: { title: 'Street-Level Bureaucracy', cited: 'lipsky2010' } }]))).toEqual([
      'origin.0.work.year: expected the year the work first appeared, as a number (e.g. 1980)',
    ]);
    expect(issues(concept([{ ...lipsky, work: { ...lipsky.work, year: '1980' } }]))).toEqual([
      'origin.0.work.year: expected the year the work first appeared, as a number (e.g. 1980)',
    ]);
    expect(issues(concept([{ ...lipsky, work: { ...lipsky.work, year: 198 } }]))).toEqual(['origin.0.work.year: expected a year from 1500 on']);
  });

  it('rejects a work that says nowhere whether the corpus has it', () => {
    expect(issues(concept([{ ...lipsky, work: { title: 'Street-Level Bureaucracy', year: 1980 } }]))).toEqual([
      'origin.0.work: say where the corpus has this work: "cited" (the bibliography key of the edition the texts cite), "document" (a text on this site) or "outsideCorpus: true"',
    ]);
  });

  it('rejects a work both cited and outside the corpus, naming the second field', () => {
    expect(issues(concept([{ ...lipsky, work: { ...lipsky.work, outsideCorpus: true } }]))).toEqual([
      'origin.0.work.outsideCorpus: give only one of cited, outsideCorpus: the edition the corpus cites, the text on this site, or outsideCorpus: true',
    ]);
  });

  it('rejects an unknown cited key, an outsideCorpus that is not true, a bad passage and a misspelt field', () => {
    expect(issues(concept([{ ...lipsky, work: { ...lipsky.work, cited: 'lipsky1980' } }]))).toEqual([
      'origin.0.work.cited: unknown work "lipsky1980": no src/content/bibliography/lipsky1980.json',
    ]);
    expect(issues(concept([{ ...lipsky, work: { title: 'X', year: 1958, outsideCorpus: false } }]))).toEqual([
      'origin.0.work.outsideCorpus: write outsideCorpus: true, or leave it out',
    ]);
    expect(issues(concept([{ ...lipsky, creditedIn: { document: 'doc-a', passage: '16' } }]))).toEqual([
      'origin.0.creditedIn.passage: expected a paragraph id like "p-12"',
    ]);
    expect(issues(concept([{ ...lipsky, work: { ...lipsky.work, yaer: 1980 } }])).join('\n')).toMatch(/origin\.0\.work: Unrecognized key: "yaer"/);
  });
});

const record = (id: string, year: number | undefined, extra: Partial<CslItem> = {}): [string, CslItem] => [
  id,
  { id, type: 'book', title: id, ...(id === 'frontiersnd' ? {} : person), ...(year === undefined ? {} : { issued: { 'date-parts': [[year]] } }), ...extra },
];
const person = { author: [{ family: 'Person', given: 'A.' }] };
const records = new Map<string, CslItem>([
  record('lipsky2010', 2010, { edition: 'Updated edn' }),
  record('polanyi2001', 2001),
  record('fisher2009', 2009),
  record('third2005', 2005, { edition: '3' }),
  record('withoriginal2010', 2010, { 'original-date': { 'date-parts': [[1980]] } }),
  record('undated', undefined),
  record('frontiersnd', undefined, { type: 'article-journal', title: 'Facilitating Collective Psychosocial Resilience' }),
]);
const entry = (work: OriginEntry['work'], extra: Partial<OriginEntry> = {}): OriginEntry => ({ name: 'A Person', role: 'coined', work, works: [], ...extra });

describe('corpusPlace', () => {
  it('names a later edition with its year and the edition statement, and the original year', () => {
    expect(corpusPlace({ title: 'Street-Level Bureaucracy', year: 1980, cited: 'lipsky2010' }, records).sentence).toBe(
      'The corpus cites the 2010 updated edition, not the original of 1980.',
    );
    expect(corpusPlace({ title: 'The Great Transformation', year: 1944, cited: 'polanyi2001' }, records).sentence).toBe(
      'The corpus cites the 2001 edition, not the original of 1944.',
    );
    expect(corpusPlace({ title: 'T', year: 1990, cited: 'third2005' }, records).sentence).toBe(
      'The corpus cites the 2005 3rd edition, not the original of 1990.',
    );
  });

  it('says when the corpus cites the original itself, or an undated edition', () => {
    expect(corpusPlace({ title: 'Capitalist Realism', year: 2009, cited: 'fisher2009' }, records)).toMatchObject({
      kind: 'cited',
      edition: 'original',
      sentence: 'The corpus cites it.',
    });
    expect(corpusPlace({ title: 'U', year: 2000, cited: 'undated' }, records).sentence).toBe('The corpus cites an undated edition of it.');
  });

  it('says when the work is outside the corpus, and whether other works of the person are cited', () => {
    expect(corpusPlace({ title: 'M', year: 1958, outsideCorpus: true }, records).sentence).toBe(
      'Outside the corpus: the texts on this site cite nothing of it.',
    );
    expect(corpusPlace({ title: 'D', year: 1989, outsideCorpus: true }, records, 1).sentence).toBe(
      'Outside the corpus: the texts on this site cite another work of theirs instead.',
    );
    expect(corpusPlace({ title: 'S', year: 2024, document: 'doc-a' }, records)).toEqual({
      kind: 'document',
      slug: 'doc-a',
      sentence: 'It is one of the texts on this site.',
    });
  });

  it('gives the map one line with the credit marked when no text makes it', () => {
    expect(
      originLine(entry({ title: 'Street-Level Bureaucracy', year: 1980, cited: 'lipsky2010' }, { creditedIn: { document: 'd', passage: 'p-1' } }), records),
    ).toBe('Street-Level Bureaucracy (1980). The corpus cites the 2010 updated edition, not the original of 1980.');
    expect(originLine(entry({ title: 'M', year: 1958, outsideCorpus: true }), records)).toBe(
      'M (1958). Outside the corpus: the texts on this site cite nothing of it. Credited from outside the corpus.',
    );
  });
});
