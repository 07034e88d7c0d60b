/** The rules a concept keeps with the rest of the content: definition, origin against the records, passages, relations, mentions. */
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import type { OriginEntry } from '../../../../src/lib/concepts/origin';
import { conceptLinkProblems, definitionProblems, originProblems, type ConceptFacts, type DocumentFacts } from '../../../../src/lib/checks/concepts';
import { formatProblem } from '../../../../src/lib/checks/problems';

const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('definitionProblems', () => {
  it('accepts 80 to 200 words and names the file and the count outside them', () => {
    expect(definitionProblems('x', words(80))).toEqual([]);
    expect(definitionProblems('x', words(200))).toEqual([]);
    expect(lines(definitionProblems('x', words(79)))).toEqual(['src/content/concepts/x.mdx: definition (the MDX body): has 79 words; write 80–200']);
    expect(lines(definitionProblems('x', words(201)))).toEqual(['src/content/concepts/x.mdx: definition (the MDX body): has 201 words; write 80–200']);
  });
});

const record = (id: string, year: number | undefined, extra: Partial<CslItem> = {}): [string, CslItem] => [
  id,
  {
    id,
    type: 'book',
    title: id,
    ...(id === 'frontiersnd' ? {} : { author: [{ family: 'Person', given: 'A.' }] }),
    ...(year === undefined ? {} : { issued: { 'date-parts': [[year]] } }),
    ...extra,
  },
];
const works = new Map<string, CslItem>([
  record('lipsky2010', 2010, { edition: 'Updated edn' }),
  record('withoriginal2010', 2010, { 'original-date': { 'date-parts': [[1980]] } }),
  record('frontiersnd', undefined, { type: 'article-journal', title: 'Facilitating Collective Psychosocial Resilience' }),
]);
const entry = (work: OriginEntry['work'], extra: Partial<OriginEntry> = {}): OriginEntry => ({ name: 'A Person', role: 'coined', work, works: [], ...extra });

describe('originProblems', () => {
  const file = 'src/content/concepts/x.mdx';
  it('finds nothing in an origin that agrees with its records', () => {
    expect(
      originProblems('x', [entry({ title: 'S', year: 1980, cited: 'lipsky2010' }), entry({ title: 'W', year: 1980, cited: 'withoriginal2010' })], works),
    ).toEqual([]);
  });

  it('names the file and field when the year disagrees with the record, and the record concerned', () => {
    const [disagrees] = originProblems('x', [entry({ title: 'W', year: 1979, cited: 'withoriginal2010' })], works);
    expect(formatProblem(disagrees!)).toBe(
      `${file}: origin[0].work.year: 1979 for A Person's "W", but the record withoriginal2010 gives the original date 1980; make them agree`,
    );
    expect(disagrees!.concerns).toBe('src/content/bibliography/withoriginal2010.json');
    expect(lines(originProblems('x', [entry({ title: 'S', year: 2012, cited: 'lipsky2010' })], works))).toEqual([
      `${file}: origin[0].work.year: 2012 is later than the edition the corpus cites (lipsky2010, 2010); give the year the work first appeared`,
    ]);
  });

  it('refuses a missing record and the cited edition listed again among other works', () => {
    expect(lines(originProblems('x', [entry({ title: 'S', year: 1980, cited: 'nope' })], works))).toEqual([
      `${file}: origin[0].work.cited: no bibliography record "nope"; add src/content/bibliography/nope.json or name a record that exists`,
    ]);
    expect(lines(originProblems('x', [entry({ title: 'S', year: 1980, cited: 'lipsky2010' }, { works: ['lipsky2010'] })], works))).toEqual([
      `${file}: origin[0].works: lipsky2010 is already the cited edition of the original work; list only other works in "works"`,
    ]);
  });

  it('refuses to credit a person with a work whose record names no author (the Frontiers paper)', () => {
    expect(
      lines(
        originProblems(
          'f',
          [entry({ title: 'Everyone for Themselves?', year: 2009, outsideCorpus: true }, { name: 'John Drury', works: ['frontiersnd'] })],
          works,
        ),
      ),
    ).toEqual([
      'src/content/concepts/f.mdx: origin[0].works[0]: frontiersnd names no author, so it cannot be credited to John Drury; list it under "unattributedWorks"',
    ]);
  });
});

const greatTransformation = { title: 'The Great Transformation', year: 1944, cited: 'polanyi2001' };
const concept = (slug: string, extra: Partial<ConceptFacts> = {}): ConceptFacts => ({
  slug,
  name: slug,
  body: words(100),
  origin: [],
  relations: [],
  ...extra,
});
const concepts: ConceptFacts[] = [
  concept('double-movement', { origin: [entry(greatTransformation)] }),
  concept('triple-movement', {
    origin: [entry({ title: 'Fortunes of Feminism', year: 2013, cited: 'fraser2013' }, { creditedIn: { document: 'doc-a', passage: 'p-3' } })],
    relations: [{ target: 'double-movement', evidence: { document: 'doc-a', passage: 'p-3' } }],
  }),
  concept('absent', { absentBecause: 'background to triple movement' }),
];
const documents: DocumentFacts[] = [
  { id: 'doc-a', passageCount: 10, mentions: [{ concept: 'triple-movement' }, { concept: 'double-movement' }] },
  { id: 'doc-b', passageCount: 4, mentions: [{ concept: 'double-movement' }] },
];
const withRelation = (relation: ConceptFacts['relations'][number]) => [concepts[0]!, { ...concepts[1]!, relations: [relation] }, concepts[2]!];

describe('conceptLinkProblems', () => {
  it('finds nothing when every passage exists and every concept is named or explained', () => {
    expect(conceptLinkProblems(concepts, documents)).toEqual([]);
  });

  it('names the file and field of a relation whose passage does not exist, and the document concerned', () => {
    const [problem, ...rest] = conceptLinkProblems(withRelation({ target: 'double-movement', evidence: { document: 'doc-b', passage: 'p-9' } }), documents);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'src/content/concepts/triple-movement.mdx: relations[0].evidence.passage: "doc-b" has no passage p-9 (it has p-1 to p-4)',
    );
    expect(problem!.concerns).toBe('src/content/documents/doc-b.mdx');
  });

  it('refuses an origin credited to a passage that does not exist, and an unknown document', () => {
    const bad = [{ ...concepts[0]!, origin: [entry(greatTransformation, { creditedIn: { document: 'doc-b', passage: 'p-9' } })] }, concepts[1]!, concepts[2]!];
    expect(lines(conceptLinkProblems(bad, documents))).toEqual([
      'src/content/concepts/double-movement.mdx: origin[0].creditedIn.passage: "doc-b" has no passage p-9 (it has p-1 to p-4)',
    ]);
    expect(lines(conceptLinkProblems(withRelation({ target: 'double-movement', evidence: { document: 'doc-z', passage: 'p-1' } }), documents))).toEqual([
      'src/content/concepts/triple-movement.mdx: relations[0].evidence.document: unknown document "doc-z"; no src/content/documents/doc-z.mdx',
    ]);
  });

  it('refuses a passage id that is not written the way pages write it, saying how to write it', () => {
    expect(lines(conceptLinkProblems(withRelation({ target: 'double-movement', evidence: { document: 'doc-a', passage: 'p-03' } }), documents))).toEqual([
      'src/content/concepts/triple-movement.mdx: relations[0].evidence.passage: "p-03" is not a paragraph id; write p-3',
    ]);
  });

  it('refuses an unknown target and a relation to itself', () => {
    expect(lines(conceptLinkProblems(withRelation({ target: 'nope', evidence: { document: 'doc-a', passage: 'p-1' } }), documents))).toEqual([
      'src/content/concepts/triple-movement.mdx: relations[0].target: unknown concept "nope"; no src/content/concepts/nope.mdx',
    ]);
    expect(lines(conceptLinkProblems(withRelation({ target: 'triple-movement', evidence: { document: 'doc-a', passage: 'p-1' } }), documents))).toEqual([
      'src/content/concepts/triple-movement.mdx: relations[0].target: a concept cannot relate to itself',
    ]);
  });

  it('refuses a concept that no document mentions unless it says why', () => {
    const { absentBecause: _reason, ...absent } = concepts[2]!;
    expect(lines(conceptLinkProblems([concepts[0]!, concepts[1]!, absent], documents))).toEqual([
      'src/content/concepts/absent.mdx: aliases: no document mentions "absent" by name or alias; add an alias that the texts use, or say why it is on the map in "absentBecause"',
    ]);
  });
});
