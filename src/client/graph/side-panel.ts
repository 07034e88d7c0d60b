/**
 * The map's side panel: what the selected node is, a link to its page, its relations and
 * where it appears, each other node a button that selects it, and evidence as links to the
 * passages. Drawn with DOM calls from the graph data (no HTML strings).
 */
import { describeKind, relationsOf, shortTitle, type GraphIndex, type GraphNode, type Relation } from '../../lib/graph/model';
import type { MapEdge, MapNode } from '../../lib/graph/layers';
import { isConceptRelation } from '../../lib/graph/edge-kinds';
import { passageLabel } from '../../lib/documents/passage-label';
import { el } from '../dom';

const OPEN_LINK_TEXT: Record<GraphNode['kind'], string> = {
  concept: 'Open the concept page',
  document: 'Read the text',
  thinker: 'Their work in the bibliography',
};

export interface SidePanelOptions {
  title: HTMLElement;
  body: HTMLElement;
  /** The graph drawn now (it changes as clusters of texts open and close). */
  index: () => GraphIndex;
  /** A node's button in the panel was pressed: select that node (true if it could be). */
  choose: (id: string) => boolean;
  /** "Clear selection" was pressed. */
  clear: () => void;
  /** "Show these texts" was pressed on a cluster of texts. */
  open: (id: string) => void;
}

/** "3 mentions", or for an edge to an aggregate of texts "in 12 texts, 30 mentions". */
const mentionCount = (e: MapEdge) =>
  `${e.texts !== undefined ? `in ${e.texts} ${e.texts === 1 ? 'text' : 'texts'}, ` : ''}${e.weight} ${e.weight === 1 ? 'mention' : 'mentions'}`;

export function sidePanel({ title, body, index: currentIndex, choose, clear, open }: SidePanelOptions) {
  let index = currentIndex();
  const nodeButton = (n: GraphNode) => el('button', { type: 'button', class: 'node-link', 'data-node': n.id }, n.label);

  const passageLinks = (passages: { document: string; passage: string; url: string }[], withDocument: boolean) =>
    passages.flatMap((p, i) => {
      const doc = shortTitle(index.node.get(`document:${p.document}`)?.label ?? p.document);
      const text = withDocument ? `${doc}, ${passageLabel(p.passage)}` : passageLabel(p.passage);
      const a = el('a', { href: p.url, 'aria-label': withDocument ? text : `${doc}, passage ${p.passage.slice(2)}` }, text);
      return i === 0 ? [a] : [', ', a];
    });

  const relationItem = (r: Relation) => {
    const li = el('li', {}, el('span', { class: 'rel' }, r.label), ' ', nodeButton(r.other));
    if (isConceptRelation(r.edge.kind) && r.edge.passages?.length) {
      li.append(el('span', { class: 'evidence' }, 'Evidence: ', ...passageLinks(r.edge.passages, true)));
      if (r.edge.note) li.append(el('span', { class: 'note' }, r.edge.note));
    } else if (r.edge.origin && r.edge.note) {
      // Coined or shaped by: the original work and year, and where the corpus has it.
      li.append(el('span', { class: 'note' }, r.edge.note));
    }
    return li;
  };

  /** Shows a node's details, or with none, what the panel is for. */
  function show(n: MapNode | undefined) {
    index = currentIndex();
    body.replaceChildren();
    if (!n) {
      title.textContent = 'Details';
      body.append(el('p', { class: 'panel-empty' }, 'Choose a concept, text or thinker on the map, or find one by name, to see its links here.'));
      return;
    }
    title.textContent = n.label;
    const kind = el(
      'p',
      { class: 'panel-kind' },
      describeKind(n).replace(/^./, (c) => c.toUpperCase()),
    );
    if (n.kind === 'concept' && typeof n.mentions === 'number') kind.append(` · ${n.mentions} ${n.mentions === 1 ? 'mention' : 'mentions'}`);
    body.append(kind);
    if (n.summary) body.append(el('p', { class: 'panel-summary' }, n.summary));
    if (n.file) {
      body.append(
        el('p', {}, el('button', { type: 'button', 'data-panel-expand': n.id }, `Show these ${n.texts ?? ''} texts`)),
        el('p', {}, el('a', { href: n.url }, 'Their group on the reading list')),
      );
    } else {
      body.append(
        el(
          'p',
          { class: 'panel-open' },
          el('a', { href: n.url, 'data-panel-open': '' }, `${OPEN_LINK_TEXT[n.kind]}`, el('span', { class: 'visually-hidden' }, `: ${n.label}`)),
        ),
      );
    }

    const all = relationsOf(index, n.id);
    const relations = all.filter((r) => r.edge.kind !== 'appears-in');
    const appearances = all.filter((r) => r.edge.kind === 'appears-in').sort((a, b) => b.edge.weight - a.edge.weight);
    if (relations.length) {
      body.append(el('h3', {}, n.kind === 'thinker' ? 'Concepts' : 'Relations'), el('ul', { class: 'panel-list' }, ...relations.map(relationItem)));
    }
    if (appearances.length) {
      body.append(
        el('h3', {}, n.kind === 'document' ? (n.texts !== undefined ? 'Concepts in these texts' : 'Concepts in this text') : 'Where it appears'),
        el(
          'ul',
          { class: 'panel-list' },
          ...appearances.map((r) => {
            const li = el('li', {}, nodeButton(r.other), ` ${mentionCount(r.edge)}`);
            if (r.edge.passages?.length) li.append(el('span', { class: 'evidence' }, 'Passages: ', ...passageLinks(r.edge.passages, false)));
            return li;
          }),
        ),
      );
    }
    if (!relations.length && !appearances.length) body.append(el('p', {}, 'No links on the map yet.'));
    body.append(el('p', {}, el('button', { type: 'button', class: 'panel-clear', 'data-panel-clear': '' }, 'Clear selection')));
  }

  body.addEventListener('click', (ev) => {
    const target = ev.target as Element;
    const button = target.closest<HTMLButtonElement>('button[data-node]');
    const expand = target.closest<HTMLButtonElement>('button[data-panel-expand]');
    if (button) {
      if (choose(button.dataset.node ?? '')) title.focus();
    } else if (expand) open(expand.dataset.panelExpand ?? '');
    else if (target.closest('[data-panel-clear]')) clear();
  });

  return { show };
}
