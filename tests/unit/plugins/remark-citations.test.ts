/** The in-text citation plugins on small inputs: linking, numbering, the unknown-key error, and collection. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkCitations, UnknownCitationKeyError } from '../../../src/plugins/remark-citations';
import { remarkParagraphIds } from '../../../src/plugins/remark-paragraph-ids';
import { rehypeCollectCitations } from '../../../src/plugins/rehype-collect-citations';
import { readDocumentFacts } from '../../../src/plugins/document-facts';

const known = new Set(['lipsky2010', 'harvey2005']);

function run(markdown: string, path = '/x/src/content/documents/doc.mdx') {
  const file = new VFile({ value: markdown, path });
  const processor = unified()
    .use(remarkParse)
    .use(remarkParagraphIds)
    .use(remarkCitations, { knownKeys: () => known })
    .use(remarkRehype)
    .use(rehypeCollectCitations)
    .use(rehypeStringify);
  // Without the passages' number links (remark-paragraph-ids.ts), which are not under test here.
  const html = String(processor.processSync(file)).replace(/<a href="#p-\d+" class="pn"[^>]*><\/a>/g, '');
  // Read as the corpus loader reads it, through the facts contract.
  const { citations } = readDocumentFacts(path, file.data.astro?.frontmatter, ['citations']);
  return { html, citations };
}

describe('remarkCitations', () => {
  it('links the author’s own wording to the reference entry, numbering each citation of a work', () => {
    const { html } = run('As [Lipsky (2010)](cite:lipsky2010) and [Harvey, 2005](cite:harvey2005) say; again ([Lipsky, 2010](cite:lipsky2010)).');
    expect(html).toBe(
      '<p id="p-1">As <a href="#ref-lipsky2010" id="cite-lipsky2010-1" class="citation">Lipsky (2010)</a> and ' +
        '<a href="#ref-harvey2005" id="cite-harvey2005-1" class="citation">Harvey, 2005</a> say; again (' +
        '<a href="#ref-lipsky2010" id="cite-lipsky2010-2" class="citation">Lipsky, 2010</a>).</p>',
    );
  });

  it('leaves ordinary links alone', () => {
    expect(run('See [the site](https://example.org).').html).toBe('<p id="p-1">See <a href="https://example.org">the site</a>.</p>');
  });

  it('stops on an unknown key, naming the file, line, column and key', () => {
    expect(() => run('First.\n\nThen [Nobody, 1999](cite:nobody1999).')).toThrow(UnknownCitationKeyError);
    expect(() => run('First.\n\nThen [Nobody, 1999](cite:nobody1999).')).toThrow('/x/src/content/documents/doc.mdx:3:6: unknown citation key "nobody1999"');
  });
});

describe('rehypeCollectCitations', () => {
  it('records each citation with its link id, the passage it stands in and its sentence, in order', () => {
    const { citations } = run('# Heading [Harvey, 2005](cite:harvey2005)\n\nText ([Lipsky, 2010](cite:lipsky2010)).\n\n> Quoted [Lipsky](cite:lipsky2010).');
    expect(citations).toEqual([
      // Headings get their ids from Astro's own heading-id step, which this small pipeline leaves out.
      { key: 'harvey2005', id: 'cite-harvey2005-1', passage: undefined, sentence: '' },
      { key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-1', sentence: 'Text (Lipsky, 2010).' },
      { key: 'lipsky2010', id: 'cite-lipsky2010-2', passage: 'p-2', sentence: 'Quoted Lipsky.' },
    ]);
  });

  it('gives each citation the sentence it stands in, across the passage’s inline markup', () => {
    const { citations } = run('First *words*. As [Hill et al. (2018)](cite:harvey2005) argue, **it** holds ([Lipsky, 2010](cite:lipsky2010)). Last.');
    expect(citations.map((c) => c.sentence)).toEqual([
      'As Hill et al. (2018) argue, it holds (Lipsky, 2010).',
      'As Hill et al. (2018) argue, it holds (Lipsky, 2010).',
    ]);
  });

  it('finds none in a text without citations', () => {
    expect(run('Plain text.').citations).toEqual([]);
  });
});
