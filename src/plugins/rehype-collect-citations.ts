/**
 * Records every in-text citation of a document with the paragraph it stands in and the
 * sentence around it, after paragraph ids are assigned, so that reference lists can link
 * back to each citing passage and each work's page can list its citing sentences: the
 * document fact `citations` (document-facts.ts).
 */
import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { citingSentence } from '../lib/citations/citing-sentence.ts';
import { recordDocumentFact, type CitationOccurrence } from './document-facts.ts';

/** The plain text of `root`, and where in it each of `marks` starts and ends. */
function textWithSpans(root: Element, marks: ReadonlySet<Element>): { text: string; spans: Map<Element, [number, number]> } {
  let text = '';
  const spans = new Map<Element, [number, number]>();
  const walk = (node: ElementContent) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    const start = text.length;
    node.children.forEach(walk);
    if (marks.has(node)) spans.set(node, [start, text.length]);
  };
  root.children.forEach(walk);
  return { text, spans };
}

const isCitation = (el: Element): boolean => el.tagName === 'a' && Array.isArray(el.properties.className) && el.properties.className.includes('citation');

export function collectCitations(tree: Root): CitationOccurrence[] {
  const found: { link: Element; key: string; id: string; passage: Element | undefined }[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    if (!isCitation(node)) return;
    // The innermost enclosing element with an id: the paragraph, or a heading.
    const passage = [...ancestors].reverse().find((a): a is Element => a.type === 'element' && typeof a.properties.id === 'string');
    found.push({ link: node, key: String(node.properties.dataCite), id: String(node.properties.id), passage });
    // The key has served: the page does not need it twice (the link's #ref-<key> says it).
    delete node.properties.dataCite;
  });
  // Each passage's text once, with where each of its citations stands in it.
  const texts = new Map<Element, ReturnType<typeof textWithSpans>>();
  for (const passage of new Set(found.map((c) => c.passage))) {
    if (passage) texts.set(passage, textWithSpans(passage, new Set(found.filter((c) => c.passage === passage).map((c) => c.link))));
  }
  return found.map(({ link, key, id, passage }) => {
    const inPassage = passage && texts.get(passage);
    const span = inPassage?.spans.get(link);
    const sentence = inPassage && span ? citingSentence(inPassage.text, ...span) : '';
    return { key, id, passage: passage ? String(passage.properties.id) : undefined, sentence };
  });
}

export function rehypeCollectCitations() {
  return (tree: Root, file: VFile): void => {
    recordDocumentFact(file, 'citations', collectCitations(tree));
  };
}
