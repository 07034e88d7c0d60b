/**
 * Frontmatter of made-up documents for unit tests, as an MDX file would hold it (parse it with
 * documentSchema). Shared so that the tests of citing a text and of its page metadata read the
 * same record.
 */
export const baseFields = { summary: 'S', source: { file: 'sources/002_ec3275e224bb4d7d.txt' }, order: 1 };

/** The authors' manuscript of an article published since, as the 2020 text is. */
export const manuscriptFields = {
  ...baseFields,
  title: 'The personal is political',
  subtitle: 'reframing kindness.',
  authors: [{ name: 'Darren Hill' }, { name: 'Erika Laredo' }],
  issued: null,
  type: 'author-manuscript',
  publishedVersion: {
    container: 'European Journal of Social Work',
    issued: '2020',
    volume: '23',
    issue: '6',
    pages: '969–79',
    doi: '10.1080/13691457.2020.1805587',
    basis: 'From the 2024 reference list.',
  },
};
