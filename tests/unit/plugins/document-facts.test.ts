/**
 * The contract between the Markdown plugins and the pages: what a plugin records is what the
 * corpus loader reads back, after the JSON round trip Astro puts it through, and a missing or
 * malformed fact stops the build naming the document and the fact.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import {
  DOCUMENT_FACT_NAMES,
  DOCUMENT_FACTS_KEY,
  DocumentFactsError,
  readDocumentFacts,
  recordDocumentFact,
  type DocumentFacts,
} from '../../../src/plugins/document-facts';

const facts: DocumentFacts = {
  passageCount: 3,
  conceptMentions: [{ concept: 'mutual-aid', passage: 'p-2', sentence: 'Mutual aid came first.', text: 'Mutual aid' }],
  citations: [
    { key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-1', sentence: 'As Lipsky (2010) shows.' },
    { key: 'harvey2005', id: 'cite-harvey2005-1', passage: undefined, sentence: '' },
  ],
};

/** A file with every fact recorded, as the three plugins leave it. */
function recorded(): VFile {
  const file = new VFile({ path: 'src/content/documents/doc.mdx' });
  recordDocumentFact(file, 'passageCount', facts.passageCount);
  recordDocumentFact(file, 'conceptMentions', facts.conceptMentions);
  recordDocumentFact(file, 'citations', facts.citations);
  return file;
}

/** What render() hands back as remarkPluginFrontmatter: the frontmatter after JSON. */
const throughJson = (file: VFile): Record<string, unknown> => JSON.parse(JSON.stringify(file.data.astro?.frontmatter));

describe('recordDocumentFact and readDocumentFacts', () => {
  it('give back every fact as recorded, after the JSON round trip (an undefined passage included)', () => {
    expect(readDocumentFacts('doc', throughJson(recorded()))).toEqual(facts);
    const [, unplaced] = readDocumentFacts('doc', throughJson(recorded())).citations;
    expect(unplaced).toHaveProperty('passage', undefined);
  });

  it('keep the facts apart from the file’s own frontmatter', () => {
    const file = new VFile();
    file.data.astro = { frontmatter: { title: 'A title', citations: 'not a fact' } };
    recordDocumentFact(file, 'citations', facts.citations);
    expect(file.data.astro.frontmatter).toMatchObject({ title: 'A title', citations: 'not a fact' });
    expect(readDocumentFacts('doc', throughJson(file), ['citations'])).toEqual({ citations: facts.citations });
  });

  it('read only the facts asked for, for a pipeline with only some of the plugins', () => {
    const file = new VFile();
    recordDocumentFact(file, 'passageCount', 0);
    expect(readDocumentFacts('doc', throughJson(file), ['passageCount'])).toEqual({ passageCount: 0 });
  });

  it('name the document, each missing fact and the plugin that records it', () => {
    const file = new VFile();
    recordDocumentFact(file, 'passageCount', 4);
    const read = () => readDocumentFacts('src/content/documents/doc.mdx', throughJson(file));
    expect(read).toThrow(DocumentFactsError);
    expect(read).toThrow(
      'src/content/documents/doc.mdx: no conceptMentions (recorded by remark-concept-links; is it in astro.config.mjs?), ' +
        'no citations (recorded by rehype-collect-citations; is it in astro.config.mjs?)',
    );
  });

  it('name every fact when no plugin ran at all', () => {
    for (const frontmatter of [undefined, {}, { title: 'Only the file’s own frontmatter' }]) {
      expect(() => readDocumentFacts('doc', frontmatter)).toThrow(/^doc: no passageCount .*, no conceptMentions .*, no citations /);
    }
    expect(DOCUMENT_FACT_NAMES).toEqual(['passageCount', 'conceptMentions', 'citations']);
  });

  it('name the document and the place of a malformed fact', () => {
    const frontmatter = throughJson(recorded());
    const broken = { ...frontmatter, [DOCUMENT_FACTS_KEY]: { ...facts, passageCount: -1, citations: [{ key: 'lipsky2010' }] } };
    const read = () => readDocumentFacts('src/content/documents/doc.mdx', broken);
    expect(read).toThrow(DocumentFactsError);
    expect(read).toThrow(/^src\/content\/documents\/doc\.mdx: the facts the Markdown plugins recorded are malformed:\npassageCount: .*\ncitations\.0\.id: /);
  });
});
