/** Page metadata for Zotero: which tags each kind of text gets (what Zotero does with them: docs/zotero-metadata.md). */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../src/content/schemas/documents';
import { baseFields as base, manuscriptFields } from '../../../helpers/document-fixtures';
import { dublinCoreTags, highwireTags, zoteroExtra } from '../../../../src/lib/documents/metadata';
import { citedAuthors, documentToCsl } from '../../../../src/lib/citations/document-citation';
import { formatReference } from '../../../../src/lib/citations/format';

const url = 'https://atlas.example.ac.uk/documents/x/';
const tagsOf = (tags: { name: string; content: string }[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

const ncercc = documentSchema.parse({
  ...base,
  title: 'Keeping the social',
  authors: [],
  organisationAuthor: { name: 'National Centre for Excellence in Residential Child Care', basis: 'It publishes the post.' },
  issued: null,
  type: 'blog-post',
  container: 'NCERCC website',
  publisher: 'National Centre for Excellence in Residential Child Care (NCERCC)',
});
const manuscript = documentSchema.parse({
  ...manuscriptFields,
  abstract: 'This paper develops…',
});
const essay = documentSchema.parse({
  ...base,
  title: 'Beyond two metres apart',
  authors: [{ name: 'Holly Clarke' }],
  issued: null,
  type: 'student-essay',
  container: 'World Social Work Day assignment competition',
  publisher: 'Social Workers Union (SWU)',
});

describe('an organisation as author (the guides’ rule when the source names no person)', () => {
  it('is cited as one literal name, never split into given and family names', () => {
    expect(citedAuthors(ncercc)).toEqual([{ literal: 'National Centre for Excellence in Residential Child Care' }]);
    // Cite Them Right: an organisation as author stands where the author's name stands.
    expect(formatReference(documentToCsl('k', ncercc, url), 'harvard', 'text')).toMatch(
      /^National Centre for Excellence in Residential Child Care \(no date\) ‘Keeping the social’/,
    );
  });

  it('is given to Zotero with a trailing comma, which Zotero keeps as a one-field name', () => {
    expect(tagsOf(highwireTags(ncercc, url), 'citation_author')).toEqual(['National Centre for Excellence in Residential Child Care,']);
    expect(tagsOf(dublinCoreTags(ncercc, url), 'DC.creator')).toEqual(['National Centre for Excellence in Residential Child Care,']);
  });
});

describe('item types and fields for Zotero', () => {
  it('makes only journal articles (and the manuscript, as its published article) journal articles', () => {
    expect(tagsOf(highwireTags(manuscript, url), 'citation_journal_title')).toEqual(['European Journal of Social Work']);
    expect(tagsOf(highwireTags(ncercc, url), 'citation_journal_title')).toEqual([]);
    expect(tagsOf(highwireTags(essay, url), 'citation_journal_title')).toEqual([]);
    expect(tagsOf(dublinCoreTags(ncercc, url), 'z.itemType')).toEqual(['blogPost']);
    expect(tagsOf(dublinCoreTags(essay, url), 'z.itemType')).toEqual(['webpage']);
  });

  it('gives the authors’ abstract only where there is one, and the title without its printed full stop', () => {
    expect(tagsOf(highwireTags(manuscript, url), 'citation_abstract')).toEqual(['This paper develops…']);
    expect(tagsOf(highwireTags(essay, url), 'citation_abstract')).toEqual([]);
    expect(tagsOf(highwireTags(manuscript, url), 'citation_title')).toEqual(['The personal is political: reframing kindness']);
  });

  it('writes in Extra what Zotero has no field for: the manuscript’s status and a publisher', () => {
    expect(zoteroExtra(manuscript)).toBe(
      'Accepted manuscript: the authors’ undated manuscript of the article published in European Journal of Social Work, 23(6), pp. 969–79 (2020), saved as the published article, which is how it is cited. From the 2024 reference list.',
    );
    expect(zoteroExtra(essay)).toBe('Publisher: Social Workers Union (SWU)');
    expect(tagsOf(dublinCoreTags(essay, url), 'DC.description')).toEqual(['Publisher: Social Workers Union (SWU)']);
  });

  it('never gives a DOI as DC.identifier (Zotero would read 10.1080/13691457… as an ISSN too)', () => {
    expect(tagsOf(dublinCoreTags(manuscript, url), 'DC.identifier')).toEqual([url]);
  });
});
