import { describe, expect, it } from 'vitest';
import {
  CLOSE_BELOW_ZOOM,
  OPEN_AT_ZOOM,
  clustersForView,
  drawnGraph,
  filteredGroup,
  grow,
  readTextIndex,
  zoomedIn,
  type MapOverview,
  type TextChunk,
} from '../../../../src/lib/graph/layers';

const node = (id: string, kind: 'concept' | 'document', extra: object = {}) => ({ id, kind, label: id, url: '/', size: 1, x: 0, y: 0, ...extra });
const overview: Pick<MapOverview, 'nodes' | 'edges'> = {
  nodes: [node('concept:a', 'concept'), node('texts:essays:a', 'document', { texts: 2, file: '/graph/texts/essays-a.json', group: 'essays' })],
  edges: [{ id: 'appears-in:a:texts:essays:a', source: 'concept:a', target: 'texts:essays:a', kind: 'appears-in', label: 'appears in', weight: 3, texts: 2 }],
};
const chunk: TextChunk = {
  cluster: 'texts:essays:a',
  nodes: [node('document:one', 'document', { group: 'essays' }), node('document:two', 'document', { group: 'essays' })],
  appearances: [
    ['a', 'one', 2, ['p-1', 'p-3']],
    ['a', 'two', 1, ['p-2']],
  ],
};

describe('drawnGraph', () => {
  it('draws a cluster until it is open and its file loaded, then its texts and their edges instead', () => {
    const closed = drawnGraph(overview, new Map(), new Set(['texts:essays:a']));
    expect(closed.nodes.map((n) => n.id)).toEqual(['concept:a', 'texts:essays:a']);
    const open = drawnGraph(overview, new Map([[chunk.cluster, chunk]]), new Set(['texts:essays:a']));
    expect(open.nodes.map((n) => n.id)).toEqual(['concept:a', 'document:one', 'document:two']);
    expect(open.edges).toEqual([
      {
        id: 'appears-in:a:one',
        source: 'concept:a',
        target: 'document:one',
        kind: 'appears-in',
        label: 'appears in',
        weight: 2,
        passages: [
          { document: 'one', passage: 'p-1', url: '/documents/one/#p-1' },
          { document: 'one', passage: 'p-3', url: '/documents/one/#p-3' },
        ],
      },
      expect.objectContaining({ id: 'appears-in:a:two', weight: 1 }),
    ]);
    // Loaded but not open: still the cluster.
    expect(drawnGraph(overview, new Map([[chunk.cluster, chunk]]), new Set()).nodes).toHaveLength(2);
  });
});

describe('zoomedIn', () => {
  it('opens at OPEN_AT_ZOOM times the first zoom and closes below CLOSE_BELOW_ZOOM times it, not in between', () => {
    expect(zoomedIn(false, 0.5 * OPEN_AT_ZOOM, 0.5)).toBe(true);
    expect(zoomedIn(false, 0.5 * OPEN_AT_ZOOM * 0.95, 0.5)).toBe(false);
    const between = 0.5 * ((OPEN_AT_ZOOM + CLOSE_BELOW_ZOOM) / 2);
    expect(zoomedIn(true, between, 0.5)).toBe(true);
    expect(zoomedIn(false, between, 0.5)).toBe(false);
    expect(zoomedIn(true, 0.5 * CLOSE_BELOW_ZOOM * 0.95, 0.5)).toBe(false);
  });
});

describe('clustersForView', () => {
  const clusters = [
    { id: 'edge', x: 120, y: 50, texts: 10 },
    { id: 'in', x: 50, y: 50, texts: 10 },
    { id: 'near', x: 180, y: 50, texts: 10 },
    { id: 'far', x: 400, y: 50, texts: 10 },
  ];
  const view = { x1: 0, y1: 0, x2: 100, y2: 100 };

  it('zoomed in, opens the clusters in view or within a quarter of it', () => {
    expect(clustersForView(clusters, view, true, new Set())).toEqual({ open: ['in', 'edge'], close: [] });
    expect(clustersForView(clusters, view, true, new Set(['in']))).toEqual({ open: ['edge'], close: [] });
  });
  it('opens no more texts by the zoom than the limit, nearest the middle of the view first', () => {
    expect(clustersForView(clusters, view, true, new Set(), 15)).toEqual({ open: ['in'], close: [] });
    expect(clustersForView(clusters, view, true, new Set(['near']), 25)).toEqual({ open: ['in'], close: [] });
  });
  it('closes what the zoom opened once the view is a whole view away, or the reader zooms out', () => {
    expect(clustersForView(clusters, view, true, new Set(['near', 'far']))).toEqual({ open: ['in', 'edge'], close: ['far'] });
    expect(clustersForView(clusters, view, false, new Set(['in', 'far']))).toEqual({ open: [], close: ['in', 'far'] });
  });
  it('grows a box by a share of its size on each side', () => {
    expect(grow(view, 0.5)).toEqual({ x1: -50, y1: -50, x2: 150, y2: 150 });
  });
});

describe('the text filter and the text index', () => {
  it('reads a group from the filter value', () => {
    expect(filteredGroup('group:essays')).toBe('essays');
    expect(filteredGroup('document:one')).toBeUndefined();
    expect(filteredGroup('')).toBeUndefined();
  });
  it('reads the index of texts into a lookup by node id', () => {
    expect(readTextIndex({ clusters: ['texts:a', 'texts:b'], texts: [['document:one', 'One', 1]] })).toEqual(
      new Map([['document:one', { label: 'One', cluster: 'texts:b' }]]),
    );
  });
});
