/**
 * The real theory map, built from the content on disk as the corpus loader builds it
 * (src/corpus/load.ts), without a site build: for unit tests that check the map itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchema } from '../../src/content/schemas/documents';
import { DOCUMENTS_DIR } from '../../src/lib/content/files';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { readContent } from '../../src/lib/content/read-content';
import { displayYear, listLabel } from '../../src/lib/documents/display';
import { buildConceptGraph, type ConceptGraph, type DocumentInput } from '../../src/lib/graph/concept-graph';

let built: ConceptGraph | undefined;

export function realGraph(): ConceptGraph {
  if (built) return built;
  const { content } = readContent();
  const read = content.documents.map((d) => ({
    d,
    data: documentSchema.parse(splitFrontmatter(readFileSync(join(DOCUMENTS_DIR, `${d.id}.mdx`), 'utf8')).data),
  }));
  // In the loader's order: the layout depends on it.
  const documents: DocumentInput[] = read
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ d, data }) => {
      return {
        id: d.id,
        label: listLabel(data).name,
        title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
        type: data.type,
        year: displayYear(data).text,
        passageCount: d.passageCount,
        // The plugins record whole mentions; the checks' type names only what they read.
        mentions: d.mentions as DocumentInput['mentions'],
      };
    });
  const concepts = [...content.concepts].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  built = buildConceptGraph(concepts, documents, { records: content.works });
  return built;
}
