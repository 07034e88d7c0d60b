/**
 * Records every in-text citation of a document with the paragraph it stands in, after
 * paragraph ids are assigned, so that reference lists can link back to each citing passage
 * and the bibliography can count and list citations: the document fact `citations`
 * (document-facts.ts).
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { recordDocumentFact, type CitationOccurrence } from './document-facts.ts';

const isCitation = (el: Element): boolean => el.tagName === 'a' && Array.isArray(el.properties.className) && el.properties.className.includes('citation');

export function collectCitations(tree: Root): CitationOccurrence[] {
  const found: CitationOccurrence[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    if (!isCitation(node)) return;
    // The innermost enclosing element with an id: the paragraph, or a heading.
    const passage = [...ancestors]
      .reverse()
      .map((a) => (a.type === 'element' ? a.properties.id : undefined))
      .find((id): id is string => typeof id === 'string');
    found.push({ key: String(node.properties.dataCite), id: String(node.properties.id), passage });
    // The key has served: the page does not need it twice (the link's #ref-<key> says it).
    delete node.properties.dataCite;
  });
  return found;
}

export function rehypeCollectCitations() {
  return (tree: Root, file: VFile): void => {
    recordDocumentFact(file, 'citations', collectCitations(tree));
  };
}
