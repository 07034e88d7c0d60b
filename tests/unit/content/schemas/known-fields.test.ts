/** Unknown fields in content name themselves, together with any other problem in the file. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { withKnownFields } from '../../../../src/content/schemas/known-fields';
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
