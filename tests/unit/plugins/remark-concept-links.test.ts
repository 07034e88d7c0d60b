import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { buildConceptMatcher, sentenceAround } from '../../../src/lib/concepts/matcher';
import { remarkConceptLinks } from '../../../src/plugins/remark-concept-links';
import { readDocumentFacts } from '../../../src/plugins/document-facts';
import { remarkParagraphIds } from '../../../src/plugins/remark-paragraph-ids';

const concepts = [
  { slug: 'social-work', names: ['social work'] },
  { slug: 'radical-social-work', names: ['radical social work'] },
  { slug: 'deterritorialisation', names: ['deterritorialisation', 'deterritorialization'] },
  { slug: 'street-level-bureaucracy', names: ['street-level bureaucracy', 'street-level bureaucrats'] },
  { slug: 'hyper-normalisation', names: ['hyper-normalisation'] },
  { slug: 'the-personal-is-political', names: ['the personal is political'] },
  { slug: 'individualisation', names: ['individualisation'] },
];

describe('buildConceptMatcher', () => {
  const m = buildConceptMatcher(concepts);
  const found = (text: string) => m.find(text).map((x) => `${x.slug}:${x.text}`);

  it('prefers the longest name where names overlap', () => {
    expect(found('Radical social work is social work.')).toEqual(['radical-social-work:Radical social work', 'social-work:social work']);
  });
  it('is tolerant of case, -ise/-ize, hyphens, spaces and plurals', () => {
    expect(found('DETERRITORIALIZATION and deterritorialisation')).toEqual([
      'deterritorialisation:DETERRITORIALIZATION',
      'deterritorialisation:deterritorialisation',
    ]);
    expect(found('street level bureaucrats; Street-Level Bureaucracy')).toEqual([
      'street-level-bureaucracy:street level bureaucrats',
      'street-level-bureaucracy:Street-Level Bureaucracy',
    ]);
    expect(found('hypernormalisation, hyper–normalization')).toEqual(['hyper-normalisation:hypernormalisation', 'hyper-normalisation:hyper–normalization']);
    expect(found('individualizations')).toEqual(['individualisation:individualizations']);
  });
  it('matches whole words only', () => {
    expect(found('antisocial workers, socialworkplace')).toEqual([]);
  });
  it("skips a name inside one of its concept's notMentions phrases, and only there", () => {
    const p = buildConceptMatcher([
      { slug: 'participation', names: ['participation'], notMentions: ['human participation'] },
      { slug: 'human-rights', names: ['human'] },
    ]);
    const hits = (text: string) => p.find(text).map((x) => `${x.slug}:${x.text}`);
    expect(hits('the cornerstones of human participation, and Human–Participations')).toEqual(['human-rights:human', 'human-rights:Human']);
    expect(hits('meaningful participation, not human participation')).toEqual(['participation:participation', 'human-rights:human']);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the position', () => {
    const text = 'First one. The second (Lipsky, 2010) is here. Third!';
    expect(sentenceAround(text, text.indexOf('second'))).toBe('The second (Lipsky, 2010) is here.');
    expect(sentenceAround(text, 0)).toBe('First one.');
  });
});

function run(md: string, path = '/x/src/content/documents/doc.mdx') {
  const file = new VFile({ path, value: md });
  const processor = unified()
    .use(remarkParse)
    .use(remarkParagraphIds)
    .use(remarkConceptLinks, { concepts: () => concepts })
    .use(remarkRehype)
    .use(rehypeStringify);
  // Without the passages' number links (remark-paragraph-ids.ts), which are not under test here.
  const html = String(processor.processSync(file)).replace(/<a href="#p-\d+" class="pn"[^>]*><\/a>/g, '');
  // Read as the corpus loader reads it, through the facts contract.
  const { conceptMentions: mentions } = readDocumentFacts(path, file.data.astro?.frontmatter, ['conceptMentions']);
  return { html, mentions };
}

describe('remarkConceptLinks', () => {
  it('links the first mention in each section only, never in headings, links or code', () => {
    const { html } = run(
      '## Radical social work\n\nRadical social work matters. More radical social work.\n\nSee [radical social work](https://x.org) and `radical social work`.\n\n## Next\n\nAgain radical social work.',
    );
    expect(html).toContain('<h2>Radical social work</h2>');
    expect(html.match(/href="\/concepts\/radical-social-work\/"/g)).toHaveLength(2);
    expect(html).toContain(
      '<p id="p-1"><a href="/concepts/radical-social-work/" class="concept-link">Radical social work</a> matters. More radical social work.</p>',
    );
    expect(html).toContain('<a href="https://x.org">radical social work</a>');
    expect(html).toContain('<code>radical social work</code>');
    expect(html).toContain('Again <a href="/concepts/radical-social-work/"');
  });
  it('keeps the text exactly, links the longer name and not the shorter one inside it', () => {
    const { html } = run('Their radical social work, not social work alone.');
    expect(html.replace(/<[^>]+>/g, '')).toBe('Their radical social work, not social work alone.\n'.trim());
    expect(html).toContain('href="/concepts/radical-social-work/"');
    expect(html).toContain('href="/concepts/social-work/"');
  });
  it('records every mention with its passage and sentence', () => {
    const { mentions } = run('Intro.\n\nWe use deterritorialisation here. Deterritorialization again!\n\n> the personal is political');
    expect(mentions).toEqual([
      { concept: 'deterritorialisation', passage: 'p-2', sentence: 'We use deterritorialisation here.', text: 'deterritorialisation' },
      { concept: 'deterritorialisation', passage: 'p-2', sentence: 'Deterritorialization again!', text: 'Deterritorialization' },
      { concept: 'the-personal-is-political', passage: 'p-3', sentence: 'the personal is political', text: 'the personal is political' },
    ]);
  });
  it('does not link a concept page to itself', () => {
    const { html } = run('Deterritorialisation and radical social work.', '/x/src/content/concepts/deterritorialisation.mdx');
    expect(html).not.toContain('href="/concepts/deterritorialisation/"');
    expect(html).toContain('href="/concepts/radical-social-work/"');
  });
});
