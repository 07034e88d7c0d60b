/** The schemas' shared helpers: unknown fields name themselves, and keys must name a file that exists. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contentRefs, knownIn, withKnownFields } from '../../../../src/content/schemas/shared';
import { cslItemSchema } from '../../../../src/content/schemas/bibliography';
import { documentSchema } from '../../../../src/content/schemas/documents';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('withKnownFields', () => {
  const schema = withKnownFields({ title: z.string(), year: z.number().optional() }, 'a thing', 'x.ts');

  it('accepts the known fields and gives them back typed', () => {
    const r = schema.safeParse({ title: 'T', year: 2020 });
    expect(r.success && r.data.title).toBe('T');
  });

  it('names each unknown field on its own path, with the other problems', () => {
    expect(issues(schema.safeParse({ title: 3, yaer: 2020, auther: 'A' }))).toEqual([
      'title: Invalid input: expected string, received number',
      'yaer: not a field of a thing: check its spelling (the fields are listed in x.ts)',
      'auther: not a field of a thing: check its spelling (the fields are listed in x.ts)',
    ]);
  });

  it('applies to the real schemas: a CSL record and a document', () => {
    expect(issues(cslItemSchema.safeParse({ id: 'x2020', type: 'book', title: 'X', publisher_place: 'Leeds' }))).toEqual([
      'publisher_place: not a field of a CSL-JSON record: check its spelling (the fields are listed in src/content/schemas/bibliography.ts)',
    ]);
    expect(issues(documentSchema.safeParse({ titel: 'x' }))).toContain(
      'titel: not a field of a document: check its spelling (the fields are listed in src/content/schemas/documents.ts)',
    );
  });
});

describe('knownIn and contentRefs', () => {
  const messages = (r: { error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message);
  it('accepts a key that names a file and names the file that is missing otherwise', () => {
    const work = knownIn(() => new Set(['lipsky2010']), 'work', 'src/content/bibliography', '.json');
    expect(work.safeParse('lipsky2010').success).toBe(true);
    expect(messages(work.safeParse('lipsky1980'))).toEqual(['unknown work "lipsky1980": no src/content/bibliography/lipsky1980.json']);
  });

  it('checks each kind of reference against its own collection', () => {
    const refs = contentRefs({ concepts: () => new Set(['solidarity']), works: () => new Set(['lipsky2010']), documents: () => new Set(['doc-a']) });
    expect([refs.concept.safeParse('solidarity'), refs.work.safeParse('lipsky2010'), refs.document.safeParse('doc-a')].map((r) => r.success)).toEqual([
      true,
      true,
      true,
    ]);
    expect(messages(refs.concept.safeParse('lipsky2010'))).toEqual(['unknown concept "lipsky2010": no src/content/concepts/lipsky2010.mdx']);
    expect(messages(refs.document.safeParse('solidarity'))).toEqual(['unknown document "solidarity": no src/content/documents/solidarity.mdx']);
  });
});

describe('organisationAuthor', () => {
  const doc = {
    title: 'T',
    issued: null,
    type: 'blog-post',
    summary: 'S',
    source: { file: 'sources/002_ec3275e224bb4d7d.txt' },
    order: 1,
    organisationAuthor: { name: 'National Centre for Excellence in Residential Child Care', basis: 'It publishes the post.' },
  };

  it('is accepted for a text whose source names no person', () => {
    expect(issues(documentSchema.safeParse({ ...doc, authors: [] }))).toEqual([]);
  });

  it('is refused beside named authors, naming the field: the guides’ rule applies only when no person is named', () => {
    expect(issues(documentSchema.safeParse({ ...doc, authors: [{ name: 'Ann Other' }] }))).toEqual([
      'organisationAuthor: only for a text whose source names no person as author: this one has authors',
    ]);
  });
});
