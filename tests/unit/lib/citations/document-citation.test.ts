/**
 * How a document of the corpus is cited (src/lib/citations/document-citation.ts): its title,
 * its authors, its CSL record for each kind of text, and the "Cite this" block made from that
 * record, with the reader's access date left for the browser to fill in.
 */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../src/content/schemas/documents';
import { baseFields as base, manuscriptFields } from '../../../helpers/document-fixtures';
import {
  ACCESSED_SENTINEL,
  citationTitle,
  citedAuthors,
  citeThisFormats,
  conceptToCsl,
  documentToCsl,
  expandPageRange,
  harvardReference,
  hasOwnTitle,
  splitPersonalName,
} from '../../../../src/lib/citations/document-citation';

const pageUrl = 'https://atlas.example/documents/k/';
const question = 'Working better together: How do we build stronger relationships between social workers and people using services?';

const article = documentSchema.parse({
  ...base,
  title: 'Solidarity is not a dirty word',
  subtitle: 'exploring and locating solidarity.',
  authors: [{ name: 'Darren Hill' }, { name: 'Mark Bell' }, { name: 'Erika Laredo' }],
  issued: '2024',
  type: 'journal-article',
  container: 'Critical and Radical Social Work',
  volume: '12',
  issue: '3',
  pages: '355-71',
  doi: '10.1332/20498608Y2024D000000024',
  publisher: 'Policy Press',
});
const publishedManuscript = documentSchema.parse({
  ...manuscriptFields,
});
const unpublishedManuscript = documentSchema.parse({ ...base, title: 'Draft', authors: [{ name: 'Darren Hill' }], issued: null, type: 'author-manuscript' });
const blogPost = documentSchema.parse({
  ...base,
  title: 'Keeping the social in social work',
  authors: [],
  organisationAuthor: { name: 'National Centre for Excellence in Residential Child Care', basis: 'It publishes the post.' },
  issued: '2020-08-14',
  type: 'blog-post',
  container: 'NCERCC website',
  url: 'https://example.org/keeping-the-social',
});
const untitledEssay = documentSchema.parse({
  ...base,
  prompt: question,
  title: question,
  authors: [{ name: 'Omar Mohamed' }],
  issued: '2021',
  type: 'student-essay',
  container: 'World Social Work Day assignment competition',
  publisher: 'Social Workers Union (SWU)',
});

describe('names and pages', () => {
  it('splits "Given Family" names at the last space', () => {
    expect(splitPersonalName('Darren Hill')).toEqual({ family: 'Hill', given: 'Darren' });
    expect(splitPersonalName(' Mary Ann  Smith ')).toEqual({ family: 'Smith', given: 'Mary Ann' });
    expect(splitPersonalName('Plato')).toEqual({ family: 'Plato' });
  });

  it('writes both pages of a range in full, with an en dash', () => {
    expect(expandPageRange('969–79')).toBe('969–979');
    expect(expandPageRange('355-71')).toBe('355–371');
    expect(expandPageRange('1 - 14')).toBe('1–14');
    expect(expandPageRange('98-102')).toBe('98–102');
    expect(expandPageRange('e1234')).toBe('e1234');
  });
});

describe('the title a citation gives', () => {
  it('joins title and subtitle and drops the full stop that ends the printed title', () => {
    expect(citationTitle(article)).toBe('Solidarity is not a dirty word: exploring and locating solidarity');
    expect(citationTitle({ title: 'Beyond two metres apart', subtitle: 'Using social media.', prompt: question })).toBe(
      'Beyond two metres apart: Using social media',
    );
    expect(citationTitle({ title: 'A title.' })).toBe('A title');
  });

  it('describes an essay headed only by its question in square brackets, never passing the question off as its title (APA 7 §9.29: untitled works)', () => {
    expect(hasOwnTitle(untitledEssay)).toBe(false);
    expect(hasOwnTitle({ title: 'Beyond two metres apart', prompt: question })).toBe(true);
    expect(hasOwnTitle({ title: 'No question' })).toBe(true);
    expect(citationTitle(untitledEssay)).toBe(
      '[Untitled essay answering the question ‘Working better together: How do we build stronger relationships between social workers and people using services?’]',
    );
    expect(citationTitle({ title: 'Why care matters.', prompt: 'Why care matters.' })).toBe('[Untitled essay answering the question ‘Why care matters’]');
  });
});

describe('whom a citation names', () => {
  it('names the persons the source names, family name first', () => {
    expect(citedAuthors(publishedManuscript)).toEqual([
      { family: 'Hill', given: 'Darren' },
      { family: 'Laredo', given: 'Erika' },
    ]);
  });

  it('names the organisation responsible when the source names no person, as one literal name', () => {
    expect(citedAuthors(blogPost)).toEqual([{ literal: 'National Centre for Excellence in Residential Child Care' }]);
    expect(citedAuthors({ authors: [] })).toEqual([]);
  });
});

describe('documentToCsl: the record a reader should cite', () => {
  it('cites a journal article as published, by its DOI', () => {
    expect(documentToCsl('hill2024', article, pageUrl)).toEqual({
      id: 'hill2024',
      type: 'article-journal',
      title: 'Solidarity is not a dirty word: exploring and locating solidarity',
      author: [
        { family: 'Hill', given: 'Darren' },
        { family: 'Bell', given: 'Mark' },
        { family: 'Laredo', given: 'Erika' },
      ],
      issued: { 'date-parts': [[2024]] },
      'container-title': 'Critical and Radical Social Work',
      volume: '12',
      issue: '3',
      page: '355–371',
      DOI: '10.1332/20498608Y2024D000000024',
      publisher: 'Policy Press',
    });
  });

  it('gives a journal article without a DOI the address of its page here', () => {
    const { doi: _doi, ...withoutDoi } = article;
    const record = documentToCsl('x', withoutDoi, pageUrl);
    expect(record.URL).toBe(pageUrl);
    expect(record.DOI).toBeUndefined();
  });

  it('cites an authors’ manuscript as its published version, with that version’s date and pages', () => {
    expect(documentToCsl('hill2020', publishedManuscript, pageUrl)).toEqual({
      id: 'hill2020',
      type: 'article-journal',
      title: 'The personal is political: reframing kindness',
      author: [
        { family: 'Hill', given: 'Darren' },
        { family: 'Laredo', given: 'Erika' },
      ],
      issued: { 'date-parts': [[2020]] },
      'container-title': 'European Journal of Social Work',
      volume: '23',
      issue: '6',
      page: '969–979',
      DOI: '10.1080/13691457.2020.1805587',
    });
  });

  it('cites a manuscript with no published version as a manuscript at its page here, with the access date', () => {
    expect(documentToCsl('draft', unpublishedManuscript, pageUrl)).toEqual({
      id: 'draft',
      type: 'manuscript',
      title: 'Draft',
      author: [{ family: 'Hill', given: 'Darren' }],
      URL: pageUrl,
      accessed: ACCESSED_SENTINEL,
    });
  });

  it('cites a blog post at its own address, with its full date and the access date', () => {
    expect(documentToCsl('ncercc', blogPost, pageUrl)).toEqual({
      id: 'ncercc',
      type: 'post-weblog',
      title: 'Keeping the social in social work',
      author: [{ literal: 'National Centre for Excellence in Residential Child Care' }],
      issued: { 'date-parts': [[2020, 8, 14]] },
      'container-title': 'NCERCC website',
      URL: 'https://example.org/keeping-the-social',
      accessed: ACCESSED_SENTINEL,
    });
  });

  it('cites a student essay as a web page here, under its bracketed description', () => {
    expect(documentToCsl('essay-omar-mohamed', untitledEssay, pageUrl)).toEqual({
      id: 'essay-omar-mohamed',
      type: 'webpage',
      title:
        '[Untitled essay answering the question ‘Working better together: How do we build stronger relationships between social workers and people using services?’]',
      author: [{ family: 'Mohamed', given: 'Omar' }],
      issued: { 'date-parts': [[2021]] },
      'container-title': 'World Social Work Day assignment competition',
      publisher: 'Social Workers Union (SWU)',
      URL: pageUrl,
      accessed: ACCESSED_SENTINEL,
    });
  });

  it('leaves out the author and date a source does not give', () => {
    const record = documentToCsl('anon', documentSchema.parse({ ...base, title: 'Anonymous', authors: [], issued: null, type: 'blog-post' }), pageUrl);
    expect(record).not.toHaveProperty('author');
    expect(record).not.toHaveProperty('issued');
  });
});

describe('conceptToCsl: a concept page cited as a web page of the site', () => {
  it('is dated by its last revision and authored by the site', () => {
    expect(conceptToCsl('mutual-aid', { name: 'Mutual aid', updated: '2026-11-23' }, 'https://atlas.example/concepts/mutual-aid/')).toEqual({
      id: 'concept-mutual-aid',
      type: 'webpage',
      title: 'Mutual aid',
      author: [{ literal: 'Solidarity Atlas' }],
      'container-title': 'Solidarity Atlas',
      issued: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://atlas.example/concepts/mutual-aid/',
      accessed: ACCESSED_SENTINEL,
    });
  });
});

const placeholder = (format: string) => `<span class="accessed" data-accessed="${format}">[date accessed]</span>`;

describe('citeThisFormats: the "Cite this" block', () => {
  it('formats a blog post in both styles, with a placeholder where the access date goes', () => {
    const formats = citeThisFormats(documentToCsl('ncercc', blogPost, pageUrl));
    expect(formats.harvard).toBe(
      'National Centre for Excellence in Residential Child Care (2020) ‘Keeping the social in social work’, <i>NCERCC website</i>, 14 August. ' +
        `Available at: <a href="https://example.org/keeping-the-social">https://example.org/keeping-the-social</a> (Accessed: ${placeholder('day-month-year')}).`,
    );
    expect(formats.apa).toBe(
      // APA sets the name of the blog in title case.
      'National Centre for Excellence in Residential Child Care. (2020, August 14). Keeping the social in social work. <i>NCERCC Website</i>. ' +
        '<a href="https://example.org/keeping-the-social">https://example.org/keeping-the-social</a>',
    );
  });

  it('puts the placeholder in the exports too, in the form each export writes dates, and keeps the sentinel in the download templates', () => {
    const formats = citeThisFormats(documentToCsl('ncercc', blogPost, pageUrl));
    expect(formats.bibtex).toContain(`\turldate = {${placeholder('iso')}},\n`);
    expect(formats.ris).toContain(`\nY2  - ${placeholder('ris')}\n`);
    expect(formats.bibtexText).toContain('\turldate = {1900-01-01},\n');
    expect(formats.risText).toContain('\nY2  - 1900/01/01/\n');
    for (const html of [formats.harvard, formats.apa, formats.bibtex, formats.ris]) expect(html).not.toMatch(/1900/);
  });

  it('uses APA’s American date for a retrieval date', () => {
    expect(citeThisFormats(documentToCsl('draft', unpublishedManuscript, pageUrl)).apa).toBe(
      `Hill, D. (n.d.). <i>Draft</i>. Retrieved ${placeholder('month-day-year')}, from <a href="${pageUrl}">${pageUrl}</a>`,
    );
  });

  it('formats a journal article by its DOI, with no access date anywhere', () => {
    const formats = citeThisFormats(documentToCsl('hill2024', article, pageUrl));
    const doi = 'https://doi.org/10.1332/20498608Y2024D000000024';
    expect(formats.harvard).toBe(
      'Hill, D., Bell, M. and Laredo, E. (2024) ‘Solidarity is not a dirty word: exploring and locating solidarity’, <i>Critical and Radical Social Work</i>, 12(3), pp. 355–371. ' +
        `Available at: <a href="${doi}">${doi}</a>.`,
    );
    expect(formats.apa).toBe(
      'Hill, D., Bell, M., &#38; Laredo, E. (2024). Solidarity is not a dirty word: Exploring and locating solidarity. <i>Critical and Radical Social Work</i>, <i>12</i>(3), 355–371. ' +
        `<a href="${doi}">${doi}</a>`,
    );
    expect(Object.values(formats).join('\n')).not.toContain('accessed');
    expect(formats.risText).toContain('\nSP  - 355\n');
    expect(formats.risText).toContain('\nEP  - 371\n');
  });

  it('escapes the exports for HTML and leaves the download templates as they are', () => {
    const record = { ...documentToCsl('care', blogPost, pageUrl), title: 'Care <and> control' };
    const formats = citeThisFormats(record);
    expect(formats.bibtex).toContain('\ttitle = {Care &lt;and&gt; control},\n');
    expect(formats.ris).toContain('\nTI  - Care &lt;and&gt; control\n');
    expect(formats.bibtexText).toContain('\ttitle = {Care <and> control},\n');
    expect(formats.risText).toContain('\nTI  - Care <and> control\n');
  });

  it('gives the reading list the same Harvard reference as the block', () => {
    const record = documentToCsl('essay-omar-mohamed', untitledEssay, pageUrl);
    expect(harvardReference(record)).toBe(citeThisFormats(record).harvard);
    expect(harvardReference(record)).toBe(
      'Mohamed, O. (2021) <i>[Untitled essay answering the question ‘Working better together: How do we build stronger relationships between social workers and people using services?’]</i>, ' +
        `<i>World Social Work Day assignment competition</i>. Social Workers Union (SWU). Available at: <a href="${pageUrl}">${pageUrl}</a> (Accessed: ${placeholder('day-month-year')}).`,
    );
  });
});
