import { describe, expect, it } from 'vitest';
import {
  fittedZoom,
  LABEL_PX,
  LABEL_SIDES,
  labelBox,
  labelLines,
  labelNode,
  overlaps,
  placeLabels,
  REFERENCE_CANVAS,
  textEms,
  type LabelNode,
} from '../../../../src/lib/graph/labels';
import type { MapNode, MapOverview } from '../../../../src/lib/graph/layers';
import { canvasLabel } from '../../../../src/lib/graph/model';
import { mapLayers, splitGraph } from '../../../../src/lib/graph/split';
import { realGraph } from '../../../helpers/real-graph';
import { copiesOfTexts } from '../../../helpers/synthetic-graph';

const node = (id: string, x: number, y: number, importance = 1, label = 'Solidarity'): LabelNode => ({
  id,
  x,
  y,
  diameter: 20,
  lines: labelLines(label),
  importance,
  obstacle: true,
});

/** Every pair of labels the map may draw together (all of them: a label never moves), with their boxes. */
function overlappingPairs(nodes: readonly MapNode[], scale: number, textSize: number): string[] {
  const boxes = nodes.filter((n) => n.lz !== undefined).map((n) => ({ id: n.id, box: labelBox(labelNode(n, scale, textSize), n.lz!, n.ls ?? 'below') }));
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) pairs.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
  return pairs;
}

/** The labels drawn at the first view of a canvas (the map's own rule: fitted, never further out than the label zoom). */
function firstViewLabels(overview: MapOverview, canvas: { width: number; height: number }) {
  const zoom = Math.max(fittedZoom(overview.nodes, overview.scale, canvas), overview.labelZoom);
  return { zoom, shown: overview.nodes.filter((n) => n.lz !== undefined && n.lz <= zoom) };
}

describe('labelLines', () => {
  it('wraps a label into lines of about 20 characters at word breaks', () => {
    expect(labelLines('Support–time–relationship model')).toEqual(['Support–time–relationship', 'model']);
    expect(labelLines('Collective psychosocial resilience')).toEqual(['Collective', 'psychosocial', 'resilience']);
    expect(labelLines('Solidarity')).toEqual(['Solidarity']);
    expect(labelLines('')).toEqual([]);
  });
});

describe('textEms', () => {
  it('counts capitals and wide letters wider than narrow ones', () => {
    expect(textEms('MW')).toBeGreaterThan(textEms('il'));
    expect(textEms('Abc')).toBeGreaterThan(textEms('abc'));
  });
});

describe('labelBox', () => {
  it('puts the label below, above, right or left of its node, bigger the lower the zoom it appears from', () => {
    const n = node('a', 0, 0);
    const below = labelBox(n, 1);
    expect(below.y1).toBeGreaterThan(0);
    expect((below.x1 + below.x2) / 2).toBeCloseTo(0);
    expect(labelBox(n, 1, 'above').y2).toBeLessThan(0);
    expect(labelBox(n, 1, 'right').x1).toBeGreaterThan(0);
    expect(labelBox(n, 1, 'left').x2).toBeLessThan(0);
    const far = labelBox(n, 0.5);
    expect(far.x2 - far.x1).toBeGreaterThan(below.x2 - below.x1);
  });
});

describe('placeLabels', () => {
  it('gives the more important of two close nodes the first step, and the other a later step or another side', () => {
    const [minor, major] = [
      { ...node('minor', 0, 15, 1), obstacle: false },
      { ...node('major', 0, 0, 5), obstacle: false },
    ];
    const placed = placeLabels([minor, major], 1);
    expect(placed.get('major')).toEqual({ zoom: 1, side: 'below' });
    const at = placed.get('minor')!;
    expect(at).not.toEqual({ zoom: 1, side: 'below' });
    expect(overlaps(labelBox(major, 1, 'below'), labelBox(minor, at.zoom, at.side))).toBe(false);
  });

  it('keeps labels off the discs of the nodes marked as obstacles', () => {
    // A big node right below: "below" would cover it, so the label goes to another side.
    const nodes = [node('a', 0, 0, 5), { ...node('b', 0, 30, 1, 'x'), diameter: 30 }];
    const placed = placeLabels(nodes, 1);
    expect(placed.get('a')!.side).not.toBe('below');
  });

  it('leaves out a label with no room up to the largest zoom', () => {
    // Three nodes on one point and one step of zoom: room below and above (a label to the side would touch those).
    const nodes = ['a', 'b', 'c'].map((id, i) => ({ ...node(id, 0, 0, 5 - i), obstacle: false }));
    const placed = placeLabels(nodes, 1, 1);
    expect(placed).toEqual(
      new Map([
        ['a', { zoom: 1, side: 'below' }],
        ['b', { zoom: 1, side: 'above' }],
      ]),
    );
  });

  it('tries each side in order', () => {
    expect(LABEL_SIDES[0]).toBe('below');
  });
});

describe('the real map', () => {
  const { overview, chunks } = mapLayers(realGraph());

  it('has no two labels that overlap, at any zoom (a label is drawn at one size from its zoom on)', () => {
    const all = [...overview.nodes, ...[...chunks.values()].flatMap((c) => c.nodes)];
    expect(overlappingPairs(all, overview.scale, overview.textSize)).toEqual([]);
  });

  it('shows readable labels at the first view on a desktop canvas, the most mentioned concepts among them', () => {
    // The map's canvas on a 1280 px wide screen (GraphMap.astro) and the smallest desktop one.
    for (const canvas of [{ width: 850, height: 576 }, REFERENCE_CANVAS]) {
      const { zoom, shown } = firstViewLabels(overview, canvas);
      expect(shown.length).toBeGreaterThanOrEqual(15);
      // Each at LABEL_PX or more on screen: font size (LABEL_PX / lz, model px) × zoom.
      for (const n of shown) expect((LABEL_PX / n.lz!) * zoom).toBeGreaterThanOrEqual(LABEL_PX - 1e-9);
      const concepts = overview.nodes.filter((n) => n.kind === 'concept').sort((a, b) => b.size - a.size);
      const shownIds = new Set(shown.map((n) => n.id));
      expect(concepts.slice(0, 3).filter((c) => shownIds.has(c.id)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('labels the texts with short labels, and shows more labels as the reader zooms in', () => {
    for (const t of overview.nodes.filter((n) => n.kind === 'document')) expect(canvasLabel(t).length).toBeLessThanOrEqual(34);
    const counts = [1, 2, 4].map((k) => overview.nodes.filter((n) => n.lz !== undefined && n.lz <= overview.labelZoom * k).length);
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    expect(counts[2]).toBeGreaterThan(counts[1]!);
  });
});

describe('a map of 2,000 nodes in clusters', () => {
  it('places its labels without overlaps, over the first layer and every cluster', () => {
    const real = realGraph();
    const big = splitGraph(copiesOfTexts(real, 2000 - real.nodes.filter((n) => n.kind !== 'document').length));
    const all = [...big.overview.nodes, ...[...big.chunks.values()].flatMap((c) => c.nodes)];
    expect(all.length).toBeGreaterThan(1900);
    expect(overlappingPairs(all, big.overview.scale, big.overview.textSize)).toEqual([]);
  });
});
