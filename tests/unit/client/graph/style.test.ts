import { describe, expect, it } from 'vitest';
import { CONCEPT_DOMAINS } from '../../../../src/content/schemas/concepts';
import { RELATION_TYPES } from '../../../../src/lib/concepts/relation-types';
import { contrast, DOMAIN_COLOURS, EDGE_KIND_ORDER, EDGE_KINDS, NODE_KINDS, PAGE_BACKGROUND, type Paired } from '../../../../src/lib/graph/palette';
import { DEFAULT_PAGE_COLOURS, graphStylesheet } from '../../../../src/client/graph/style';
import { readFileSync } from 'node:fs';

describe('palette', () => {
  it('has a colour for every domain and a style for every relation type', () => {
    for (const d of CONCEPT_DOMAINS) expect(DOMAIN_COLOURS[d], d).toBeDefined();
    for (const t of Object.keys(RELATION_TYPES)) expect(EDGE_KINDS[t as keyof typeof EDGE_KINDS], t).toBeDefined();
    expect([...EDGE_KIND_ORDER].sort()).toEqual(Object.keys(EDGE_KINDS).sort());
  });

  it('tells every relation type apart by colour, line or arrow', () => {
    const looks = Object.keys(RELATION_TYPES).map((t) => {
      const s = EDGE_KINDS[t as keyof typeof EDGE_KINDS];
      return `${s.colour.light}|${s.line}|${s.arrow}`;
    });
    expect(new Set(looks).size).toBe(looks.length);
    const colours = Object.keys(RELATION_TYPES).map((t) => EDGE_KINDS[t as keyof typeof EDGE_KINDS].colour.light);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('keeps 3:1 contrast with the page background in light and dark', () => {
    const all: [string, Paired][] = [
      ...Object.entries(DOMAIN_COLOURS),
      ...Object.entries(NODE_KINDS).map(([k, v]): [string, Paired] => [k, v.colour]),
      ...Object.entries(EDGE_KINDS)
        .filter(([k]) => k !== 'appears-in')
        .map(([k, v]): [string, Paired] => [k, v.colour]),
    ];
    for (const [name, c] of all) {
      expect(contrast(c.light, PAGE_BACKGROUND.light), `${name} light`).toBeGreaterThanOrEqual(3);
      expect(contrast(c.dark, PAGE_BACKGROUND.dark), `${name} dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses the same backgrounds as the site CSS', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--bg: ${PAGE_BACKGROUND.light};`);
    expect(css).toContain(`--bg: ${PAGE_BACKGROUND.dark};`);
  });
});

describe('graphStylesheet', () => {
  it('styles every node kind, domain and edge kind, plus the interaction states', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const sheet = graphStylesheet(scheme, DEFAULT_PAGE_COLOURS[scheme]);
      const selectors = sheet.map((b) => b.selector);
      for (const k of Object.keys(NODE_KINDS)) expect(selectors).toContain(`node[kind = "${k}"]`);
      for (const d of CONCEPT_DOMAINS) expect(selectors).toContain(`node[kind = "concept"][domain = "${d}"]`);
      for (const k of Object.keys(EDGE_KINDS)) expect(selectors).toContain(`edge[kind = "${k}"]`);
      for (const s of ['.hidden', 'node.faded', 'edge.faded', 'node.highlighted', 'edge.highlighted', 'node.selected']) expect(selectors).toContain(s);
      const critiques = sheet.find((b) => b.selector === 'edge[kind = "critiques"]')!;
      expect('style' in critiques && critiques.style).toMatchObject({ 'line-color': EDGE_KINDS.critiques.colour[scheme], 'target-arrow-shape': 'tee' });
    }
  });

  const styleOf = (selector: string) => {
    const block = graphStylesheet('light', DEFAULT_PAGE_COLOURS.light).find((b) => b.selector === selector);
    return (block && 'style' in block ? block.style : {}) as Record<string, unknown>;
  };

  it('gives edge labels their look only where they are shown, on highlighted relations', () => {
    // Every property on the plain edge rules is style work for every edge of the map.
    for (const k of Object.keys(EDGE_KINDS)) {
      for (const selector of ['edge', `edge[kind = "${k}"]`]) {
        expect(
          Object.keys(styleOf(selector)).filter((p) => p === 'label' || p.startsWith('text-') || p.startsWith('font-')),
          selector,
        ).toEqual([]);
      }
    }
    expect(styleOf('edge.highlighted[kind != "appears-in"]')).toMatchObject({ label: 'data(label)', 'text-rotation': 'autorotate', 'font-size': 9 });
  });

  it('draws arrowed and contrasting relations as curves, the faint links to texts and thinkers straight and without arrows', () => {
    for (const [k, s] of Object.entries(EDGE_KINDS)) {
      const style = styleOf(`edge[kind = "${k}"]`);
      if (s.arrow === 'none') expect(style['target-arrow-shape'], k).toBeUndefined();
      else expect(style, k).toMatchObject({ 'target-arrow-shape': s.arrow, 'target-arrow-color': s.colour.light });
      // Unset, the curve is Cytoscape's default: 'haystack', straight and cheap.
      expect(style['curve-style'], k).toBe(s.arrow !== 'none' || k === 'contrasts-with' ? 'bezier' : undefined);
    }
  });
});
