/**
 * Records every in-text citation of a document with the paragraph it stands in, after
 * paragraph ids are assigned, so that reference lists can link back to each citing passage
 * and the bibliography can count and list citations. Astro exposes the result as
 * `remarkPluginFrontmatter.citations` from `render()`.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';

export interface CitationOccurrence {
  key: string;
  /** id of the citation link itself, e.g. "cite-lipsky2010-2". */
  id: string;
  /** id of the enclosing paragraph ("p-12") or heading; undefined if none. */
  passage: string | undefined;
}

const isCitation = (el: Element): boolean =>
  el.tagName === 'a' && Array.isArray(el.properties.className) && el.properties.className.includes('citation');

export function collectCitations(tree: Root): CitationOccurrence[] {
  const found: CitationOccurrence[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    if (!isCitation(node)) return;
    const passage = [...ancestors]
      .reverse()
      .find((a): a is Element => a.type === 'element' && typeof a.properties.id === 'string');
    found.push({ key: String(node.properties.dataCite), id: String(node.properties.id), passage: passage?.properties.id as string | undefined });
    // The key has served: the page does not need it twice (the link's #ref-<key> says it).
    delete node.properties.dataCite;
  });
  return found;
}

export function rehypeCollectCitations() {
  return (tree: Root, file: VFile): void => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter ??= {};
    astro.frontmatter.citations = collectCitations(tree);
  };
}
