/**
 * A whole curated list as RIS, BibTeX and CSL-JSON, and as a Harvard list, read back with
 * parsers that are not the writers (@customcommander/ris, @retorquere/bibtex-parser, the CSL-JSON
 * schema): every item is there, under its own key, with its section, importance and note.
 * What Zotero makes of the same files is tested on the built site (tests/site/reading-lists.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import Ajv from 'ajv';
import { documentSchema } from '../../../../src/content/schemas/documents';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import { readingListSchema } from '../../../../src/content/schemas/reading-lists';
import { resolveSections, type ItemSources } from '../../../../src/lib/reading-lists/items';
import { listToBibtex, listToCslJson, listToRis } from '../../../../src/lib/reading-lists/exports';
import { harvardListText, listReferences } from '../../../../src/lib/reading-lists/harvard';
import { listDownload } from '../../../../src/lib/reading-lists/downloads';
import { manuscriptFields, baseFields } from '../../../helpers/document-fixtures';
import { z } from 'astro/zod';

const work = (key: string) => ({ ...(JSON.parse(readFileSync(join(process.cwd(), 'src/content/bibliography', `${key}.json`), 'utf8')) as CslItem), id: key });
const origin = 'https://atlas.example';
const sources: ItemSources = {
  documents: new Map([
    ['the-personal-is-political', documentSchema.parse(manuscriptFields)],
    [
      'a-blog-post',
      documentSchema.parse({
        ...baseFields,
        title: 'A citizens’ association',
        authors: [{ name: 'Christian Kerr' }],
        issued: '2020-08-14',
        type: 'blog-post',
        container: 'Medium',
      }),
    ],
  ]),
  works: new Map([
    ['lipsky2010', work('lipsky2010')],
    ['kropotkin1902', work('kropotkin1902')],
  ]),
  concepts: new Map([['solidarity', { name: 'Solidarity', updated: '2026-11-23' }]]),
  origin,
};
const any = z.string();
const schema = readingListSchema({ concept: any, work: any, document: any });
const list = schema.parse({
  title: 'Solidarity; and {practice}',
  module: 'M',
  audience: 'A',
  author: 'Editors',
  revised: '2026-11-28',
  introduction: 'First paragraph,\nwrapped.\n\nSecond *paragraph*.',
  sections: [
    {
      title: 'Week 1: care, control; and kindness',
      items: [
        { document: 'the-personal-is-political', importance: 'essential', note: 'Read it *whole*: 50% & more_' },
        { passage: { document: 'the-personal-is-political', paragraph: 'p-28' }, importance: 'recommended', note: 'Nappies and food.' },
      ],
    },
    {
      title: 'Week 2',
      items: [
        { work: 'lipsky2010', importance: 'further' },
        { work: 'kropotkin1902', importance: 'recommended', note: 'Free online.' },
        { concept: 'solidarity', importance: 'essential' },
        { document: 'a-blog-post', importance: 'recommended' },
      ],
    },
  ],
});
const sections = resolveSections(list, sources);
const identity = { title: list.title, url: `${origin}/lists/l/`, origin };
const ids = ['the-personal-is-political', 'the-personal-is-political-p-28', 'lipsky2010', 'kropotkin1902', 'concept-solidarity', 'a-blog-post'];

describe('resolving a list', () => {
  it('gives each item its record, its page here and its DOI or address', () => {
    const items = sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(ids);
    expect(items.map((i) => i.href)).toEqual([
      '/documents/the-personal-is-political/',
      '/documents/the-personal-is-political/#p-28',
      '/bibliography/lipsky2010/',
      '/bibliography/kropotkin1902/',
      '/concepts/solidarity/',
      '/documents/a-blog-post/',
    ]);
    expect(items[0]!.external).toEqual({ href: 'https://doi.org/10.1080/13691457.2020.1805587', label: 'DOI' });
    expect(items[2]!.external).toBeUndefined();
    expect(items[3]!.external?.label).toBe('URL');
    // A web text cited at its page here has no address elsewhere to give.
    expect(items[5]!.external).toBeUndefined();
    // A passage shares its text's record, so that the style does not tell them apart as 2020a and 2020b.
    expect(items[1]!.record).toStrictEqual(items[0]!.record);
    expect(items[1]!.passage).toEqual({ label: '¶28', pinpoint: 'para. 28' });
  });
});

describe('the Harvard list', () => {
  it('formats each record once, with the site’s Harvard style, and fills web pages with "[date accessed]"', () => {
    const refs = listReferences(sections, 'text');
    expect(refs.get('the-personal-is-political')).toMatch(/^Hill, D\. and Laredo, E\. \(2020\) ‘The personal is political/);
    expect(refs.get('the-personal-is-political')).not.toMatch(/2020a/);
    expect(refs.get('a-blog-post')).toContain('(Accessed: [date accessed])');
    expect([...refs.values()].join('\n')).not.toContain('1900');
  });

  it('as text: header, paragraphs unwrapped, sections in order, each item with importance, note and links', () => {
    const text = harvardListText(
      { ...identity, module: 'M', audience: 'A', author: 'Editors', revised: '28 November 2026', introduction: list.introduction },
      sections,
      origin,
    );
    expect(text).toContain('First paragraph, wrapped.\n\nSecond paragraph.');
    expect(text.indexOf('1. Week 1')).toBeLessThan(text.indexOf('2. Week 2'));
    expect(text).toMatch(
      /1\.2 \[Recommended\] Hill, D\. and Laredo, E\. \(2020\)[^\n]* Read para\. 28\.\n {4}Nappies and food\.\n {4}Read here: https:\/\/atlas\.example\/documents\/the-personal-is-political\/#p-28; DOI: https:\/\/doi\.org\//,
    );
    expect(text).toContain('2.1 [Further reading] Lipsky, M.');
  });
});

describe('the exports of a whole list', () => {
  it('RIS: one record per item under its own key, the importance and section as keywords, everything in the note', () => {
    const records = readRis(listToRis(identity, sections))!;
    expect(records).toHaveLength(ids.length);
    const first = records[0]!;
    expect(first.KW).toEqual(['Importance: essential', 'Reading list section: Week 1: care, control; and kindness']);
    const n1 = (first.N1 as string[])[0]!;
    expect(n1).toContain('Reading list: Solidarity; and {practice} (https://atlas.example/lists/l/), section 1, item 1');
    expect(n1).toContain('Note: Read it whole: 50% & more_');
    expect((records[1]!.N1 as string[])[0]).toContain('Passage: ¶28 (para. 28)');
    expect((records[1]!.N1 as string[])[0]).toContain('Read here: https://atlas.example/documents/the-personal-is-political/#p-28');
    expect(records.map((r) => (r.TI as string[])[0])).toContain('Mutual aid: a factor of evolution');
  });

  it('BibTeX: every key once, keywords without the commas and semicolons Zotero would split at, the note escaped', () => {
    const bib = listToBibtex(identity, sections);
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.key)).toEqual(ids);
    const first = parsed.entries[0]!;
    expect(first.fields.keywords).toEqual(['Importance: essential', 'Reading list section: Week 1: care – control – and kindness']);
    expect(first.fields.note).toContain('Reading list section: Week 1: care, control; and kindness');
    expect(first.fields.note).toContain('Read it whole: 50% & more_');
    expect(bib).toContain('50\\% \\& more\\_');
    expect(bib).toContain('Solidarity; and \\{practice\\}');
  });

  it('CSL-JSON: valid against the CSL-JSON schema, each item under its key, the list’s facts as lines of the note (Zotero’s Extra)', () => {
    const data = JSON.parse(listToCslJson(identity, sections)) as Record<string, unknown>[];
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(process.cwd(), 'src/csl/csl-data.json'), 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.map((d) => d.id)).toEqual(ids);
    expect(String(data[2]!.note).split('\n')).toEqual([
      // Lipsky's later edition keeps its original date for Zotero, first.
      'original-date: 1980',
      'Reading list: Solidarity; and {practice} (https://atlas.example/lists/l/), section 2, item 1',
      'Reading list section: Week 2',
      'Importance: further',
      'Read here: https://atlas.example/bibliography/lipsky2010/',
    ]);
    expect(data.every((d) => !('accessed' in d))).toBe(true);
  });

  it('a download that cannot be made says which list, which format and what failed', () => {
    const broken = [{ ...sections[0]!, items: [{ ...sections[0]!.items[0]!, record: undefined as unknown as CslItem }] }];
    expect(() =>
      listDownload('txt', 'start-here', { ...identity, module: 'M', audience: 'A', author: 'E', revised: 'r', introduction: 'i' }, broken, origin),
    ).toThrow(/^src\/content\/reading-lists\/start-here\.yaml: the Harvard list download \(\/lists\/start-here\.txt\) could not be made: /);
  });
});
