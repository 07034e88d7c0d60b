/**
 * The site's Markdown plugins run inside Sätteri (src/plugins/satteri-adapter.ts), as the build
 * runs them, and give what they give under unified, as the quick checks run them: the same
 * HTML and the same document facts.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { hastFromRehype, mdastFromRemark } from '../../../src/plugins/satteri-adapter';
import { remarkParagraphIds } from '../../../src/plugins/remark-paragraph-ids';
import { remarkCitations } from '../../../src/plugins/remark-citations';
import { remarkConceptLinks } from '../../../src/plugins/remark-concept-links';
import { rehypeCollectCitations } from '../../../src/plugins/rehype-collect-citations';
import { readDocumentFacts } from '../../../src/plugins/document-facts';

const concepts = () => [
  { slug: 'solidarity', names: ['solidarity'] },
  { slug: 'street-level-bureaucracy', names: ['street-level bureaucracy'] },
];
const knownKeys = () => new Set(['lipsky2010', 'hill2019']);

const SAMPLE = `# Solidarity in practice

Solidarity is a practice, as [Lipsky (2010)](cite:lipsky2010) shows of street-level bureaucracy. It is *not* charity.

- a tight item on solidarity
- another, citing [Hill and Laredo, 2019](cite:hill2019)

> A quoted paragraph on solidarity.

1. A loose item.

2. Another loose item, with solidarity [(Lipsky, 2010)](cite:lipsky2010).

| Term | Meaning |
| --- | --- |
| solidarity | standing together |
`;

const remark = () => [remarkParagraphIds(), remarkCitations({ knownKeys }), remarkConceptLinks({ concepts })];

async function withSatteri(markdown: string) {
  const { html, data } = await markdownToHtml(markdown, {
    features: { gfm: true, smartPunctuation: false },
    fileURL: new URL('file:///site/src/content/documents/sample.mdx'),
    mdastPlugins: [mdastFromRemark('site', remark())],
    hastPlugins: [hastFromRehype('site', [rehypeCollectCitations()])],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { html: html.trim(), facts: readDocumentFacts('sample', data.astro?.frontmatter) };
}

async function withUnified(markdown: string) {
  const file = new VFile({ path: '/site/src/content/documents/sample.mdx', value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParagraphIds)
    .use(remarkCitations, { knownKeys })
    .use(remarkConceptLinks, { concepts })
    .use(remarkRehype)
    .use(rehypeCollectCitations)
    .use(rehypeStringify);
  const html = String(await processor.process(file));
  return { html: html.trim(), facts: readDocumentFacts('sample', (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter) };
}

describe('the Markdown plugins inside Sätteri', () => {
  it('number the passages, link the citations and the concepts, and record the facts, as under unified', async () => {
    const [satteri, reference] = await Promise.all([withSatteri(SAMPLE), withUnified(SAMPLE)]);
    expect(satteri.facts).toEqual(reference.facts);
    expect(satteri.html.replace(/\n/g, '')).toBe(reference.html.replace(/\n/g, ''));
  });

  it('record what a document needs: its passages, its citations with their sentences, its concept mentions', async () => {
    const { html, facts } = await withSatteri(SAMPLE);
    expect(html).toContain('<p id="p-1"><a href="#p-1" class="pn" aria-hidden="true" tabindex="-1"></a>');
    expect(html).toContain('<a href="#ref-lipsky2010" id="cite-lipsky2010-1" class="citation">Lipsky (2010)</a>');
    expect(html).toContain('<a href="/concepts/solidarity/" class="concept-link">Solidarity</a>');
    expect(facts.citations.map((c) => [c.key, c.passage])).toEqual([
      ['lipsky2010', 'p-1'],
      ['hill2019', 'p-3'],
      ['lipsky2010', 'p-6'],
    ]);
    expect(facts.conceptMentions.map((m) => m.concept)).toContain('street-level-bureaucracy');
  });

  it('stop the build at an unknown citation key, naming the file', async () => {
    await expect(withSatteri('Intro.\n\nSee [X](cite:nobody2000).\n')).rejects.toThrow(/sample\.mdx:3:5: unknown citation key "nobody2000"/);
  });
});
